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
  plugins: [contentPlugin({ contentDir: 'content/articles' }), apiDevPlugin(), react(), tailwindcss()],
  build: {
    // Every supported browser understands modern syntax; no legacy transforms bloating the first view.
    target: 'es2022',
  },
}))
