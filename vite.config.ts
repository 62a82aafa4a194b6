import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { contentPlugin } from './scripts/content/vite-plugin-content.ts'
import { apiDevPlugin } from './server/vite-api-plugin.ts'

export default defineConfig({
  // SITE_URL (the public origin, see src/site-url.ts) is the one setting the browser bundle needs from the environment.
  envPrefix: ['VITE_', 'SITE_URL'],
  plugins: [contentPlugin({ contentDir: 'content/articles' }), apiDevPlugin(), react(), tailwindcss()],
  build: {
    // Every supported browser understands modern syntax; no legacy transforms bloating the first view.
    target: 'es2022',
  },
})
