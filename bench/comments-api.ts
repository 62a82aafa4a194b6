import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon, { type Result } from 'autocannon'
import { createCommentStore } from '../server/comment-store.ts'
import { type DatabaseOptions, openDatabase } from '../server/database.ts'
import { createFixture, startServer } from '../server/test-server.ts'
import { commentsPath } from '../src/comments/comment-schema.ts'

/**
 * How fast the comments API answers on this machine: the real server (own process, loopback only, on a temp database
 * and fixture dist) under autocannon, plus the raw cost of one durable insert with synchronous=FULL vs NORMAL, which is
 * what decided the database's default. Run: `npx tsx bench/comments-api.ts` (BENCH_SECONDS, default 10, per run).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = 10
const seededComments = 200

type Row = { name: string; requestsPerSecond: number; p50: number; p99: number; note: string }

const fromAutocannon = (name: string, result: Result): Row => {
  const failures = result.errors + result.timeouts + result.non2xx
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    note: `${result.requests.total} requests${failures > 0 ? `, ${failures} FAILED` : ''}`,
  }
}

/** Sequential inserts straight into SQLite: the per-comment cost of the fsync that FULL adds. */
async function measureInserts(dir: string, synchronous: NonNullable<DatabaseOptions['synchronous']>): Promise<Row> {
  const file = join(dir, `inserts-${synchronous}.sqlite`)
  const db = openDatabase(file, { synchronous })
  const store = createCommentStore(db)
  const latencies: number[] = []
  const until = performance.now() + Math.min(seconds, 3) * 1000
  while (performance.now() < until) {
    const start = performance.now()
    store.add({
      slug: 'some-slug',
      name: 'Bench',
      body: `Insert ${latencies.length}`,
      status: 'visible',
      clientAddress: '127.0.0.1',
      createdAt: new Date(),
    })
    latencies.push(performance.now() - start)
  }
  db.close()
  await rm(file, { force: true })
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  const total = latencies.reduce((sum, ms) => sum + ms, 0)
  return {
    name: `store.add, synchronous=${synchronous}`,
    requestsPerSecond: (latencies.length / total) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    note: `${latencies.length} inserts, one at a time`,
  }
}

function printTable(rows: Row[]) {
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', '']
  const lines = rows.map((row) => [
    row.name,
    Math.round(row.requestsPerSecond).toLocaleString('en'),
    row.p50.toFixed(row.p50 < 10 ? 2 : 0),
    row.p99.toFixed(row.p99 < 10 ? 2 : 0),
    row.note,
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]?.length ?? 0)))
  for (const line of [header, ...lines]) {
    console.log(
      line
        .map((cell, column) =>
          column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
  }
}

async function main() {
  const fixture = await createFixture()
  const seed = openDatabase(fixture.dbFile)
  const seedStore = createCommentStore(seed)
  for (let n = 0; n < seededComments; n++) {
    const body = `Seeded comment ${n}: ${'lorem ipsum '.repeat(20)}`
    seedStore.add({
      slug: 'some-slug',
      name: 'Seed',
      body,
      status: 'visible',
      clientAddress: '127.0.0.1',
      createdAt: new Date(),
    })
  }
  seed.close()

  // Loopback only, and a rate limit no benchmark can reach: what is measured is the work, not the refusals.
  const server = await startServer(fixture, { HOST: '127.0.0.1', COMMENTS_RATE_LIMIT: '1000000000' })
  const rows: Row[] = []
  try {
    console.log(`Benchmarking ${server.origin} for ${seconds} s per run, ${connections} connections…`)
    const get = await autocannon({
      url: `${server.origin}${commentsPath('some-slug')}?limit=50`,
      connections,
      duration: seconds,
    })
    rows.push(fromAutocannon(`GET 50 of ${seededComments} comments`, get))

    let sent = 0
    const post = await autocannon({
      url: `${server.origin}${commentsPath('prerendered-slug')}`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          // A unique body per request, or all but the first would be refused as duplicates (409).
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ name: 'Bench', body: `Benchmark comment ${++sent}: ${'lorem ipsum '.repeat(20)}` }),
          }),
        },
      ],
    })
    rows.push(fromAutocannon('POST one comment (synchronous=FULL)', post))
  } finally {
    await server.stop()
  }

  rows.push(await measureInserts(fixture.root, 'FULL'))
  rows.push(await measureInserts(fixture.root, 'NORMAL'))
  await fixture.remove()
  console.log()
  printTable(rows)
}

await main()
