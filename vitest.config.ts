import { defineConfig } from 'vitest/config'

// Vitest gets its own config so unit tests do not run the content build or Tailwind from vite.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
