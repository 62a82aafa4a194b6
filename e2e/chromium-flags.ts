/**
 * Flags for every Chromium the project starts (Playwright tests and the benchmarks): no background traffic, which this
 * machine's closed network refuses and which would pollute measurements, and no sandbox when running as root, where
 * Chromium refuses to start with one.
 */
export const chromiumFlags = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
