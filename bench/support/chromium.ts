import { type Browser, type CDPSession, chromium } from '@playwright/test'
import { chromiumFlags } from '../../e2e/chromium-flags.ts'

/** Debian's Chromium unless told otherwise; Playwright's own download is never used (and never installed). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })

export type ProfileName = 'mobile' | 'none'
export type Profile = {
  name: ProfileName
  description: string
  cpuSlowdown: number
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null
}

/** The profiles: "mobile" is 4× CPU slowdown on slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up). */
export const profiles: Record<ProfileName, Profile> = {
  mobile: {
    name: 'mobile',
    description: '4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up',
    cpuSlowdown: 4,
    network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  none: { name: 'none', description: 'no throttling', cpuSlowdown: 1, network: null },
}

/** Same phone-sized viewport for both profiles, so the LCP element is the same one and only the throttling differs. */
export const viewport = { width: 412, height: 823 }

export async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network })
}

export type ByteCategory = 'document' | 'script' | 'style' | 'font' | 'data' | 'other'
export const byteCategories: readonly ByteCategory[] = ['document', 'script', 'style', 'font', 'data', 'other']

export type RequestRecord = {
  requestId: string
  url: string
  /** CDP's resource type (Document, Script, Stylesheet, Fetch, …). */
  type: string
  category: ByteCategory
  status: number | null
  /** Bytes on the wire (headers and body, as encoded): CDP's `loadingFinished.encodedDataLength`. */
  encodedBytes: number | null
  fromCache: boolean
  failed: boolean
  /** Which part of the run it belongs to (first view, next post, …). */
  phase: string
}

export function categoryOf(url: string, type: string): ByteCategory {
  const pathname = new URL(url).pathname
  if (pathname.startsWith('/data/') || pathname.startsWith('/api/')) return 'data'
  switch (type) {
    case 'Document':
      return 'document'
    case 'Script':
      return 'script'
    case 'Stylesheet':
      return 'style'
    case 'Font':
      return 'font'
    default:
      return 'other'
  }
}

/** Every request a page makes, from CDP's Network domain, tagged with the phase that was current when it started. */
export class NetworkLog {
  readonly records = new Map<string, RequestRecord>()
  phase = 'first view'
  private readonly pending = new Set<string>()
  private lastActivity = Date.now()

  constructor(cdp: CDPSession) {
    const done = (requestId: string) => {
      this.pending.delete(requestId)
      this.lastActivity = Date.now()
    }
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.startsWith('data:')) return
      this.pending.add(event.requestId)
      this.lastActivity = Date.now()
      const existing = this.records.get(event.requestId)
      this.records.set(event.requestId, {
        requestId: event.requestId,
        url: event.request.url,
        type: event.type ?? 'Other',
        category: categoryOf(event.request.url, event.type ?? 'Other'),
        status: null,
        encodedBytes: null,
        fromCache: false,
        failed: false,
        phase: existing?.phase ?? this.phase,
      })
    })
    cdp.on('Network.responseReceived', (event) => {
      const record = this.records.get(event.requestId)
      if (!record) return
      record.type = event.type
      record.category = categoryOf(record.url, event.type)
      record.status = event.response.status
      record.fromCache ||= Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache)
    })
    cdp.on('Network.requestServedFromCache', (event) => {
      const record = this.records.get(event.requestId)
      if (record) record.fromCache = true
    })
    cdp.on('Network.loadingFinished', (event) => {
      const record = this.records.get(event.requestId)
      if (record) record.encodedBytes = event.encodedDataLength
      done(event.requestId)
    })
    cdp.on('Network.loadingFailed', (event) => {
      const record = this.records.get(event.requestId)
      if (record) record.failed = true
      done(event.requestId)
    })
  }

  /**
   * Resolves once no request has been in flight for `quietMs` (the page has hydrated, prefetched and settled), or
   * after `timeoutMs` whatever the state. Our own bookkeeping, so it sees exactly the requests that get counted.
   */
  async quiet(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (this.pending.size === 0 && Date.now() - this.lastActivity >= quietMs) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  inPhase(phase: string): RequestRecord[] {
    return [...this.records.values()].filter((record) => record.phase === phase)
  }
}

export type Bytes = Record<ByteCategory, number> & { total: number }

export function bytesByCategory(records: readonly RequestRecord[], sizeOf: (record: RequestRecord) => number): Bytes {
  const bytes: Bytes = { document: 0, script: 0, style: 0, font: 0, data: 0, other: 0, total: 0 }
  for (const record of records) {
    const size = sizeOf(record)
    bytes[record.category] += size
    bytes.total += size
  }
  return bytes
}
