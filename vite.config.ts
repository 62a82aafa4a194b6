import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { contentPlugin } from './scripts/content/vite-plugin-content.ts'
import { apiDevPlugin } from './server/vite-api-plugin.ts'
import { parseSiteUrl } from './src/site-url.ts'

export default defineConfig(({ mode }) => ({
  define: {
    // SITE_URL (the public origin, see src/site-url.ts) is the one setting the browser bundle needs from the
    // environment. It is validated here, once, so a bad value fails the build, and the browser gets the normalised
    // origin ('' when unset) rather than re-validating the raw value on every page load.
    'import.meta.env.SITE_ORIGIN': JSON.stringify(
      parseSiteUrl(loadEnv(mode, process.cwd(), 'SITE_URL').SITE_URL) ?? '',
    ),
  },
  plugins: [
    // WARTA_CONTENT_DIR builds another folder of articles (the benchmarks' synthetic catalogues); unset in normal use.
    contentPlugin({ contentDir: process.env.WARTA_CONTENT_DIR ?? 'content/articles' }),
    apiDevPlugin(),
    react(),
    tailwindcss(),
  ],
  build: {
    // Every supported browser understands modern syntax; no legacy transforms bloating the first view.
    target: 'es2022',
    // Every supported browser preloads modules by itself; the polyfill's check ran in the entry's first task, a few
    // milliseconds of every page load's longest task (bench/README.md, fourteenth session).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically goes into one chunk. Without this group Rolldown moves the modules
          // that lazily loaded chunks share with the entry (React, the router, valibot, the messages) into extra chunks
          // that every first view loads anyway: five requests instead of two and ~2 kB more gzip
          // (rolldown/rolldown#10731). Lazy chunks (comments, settings, help, quote links) stay separate.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
}))
