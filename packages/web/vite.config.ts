import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.js';

export default defineConfig({
  plugins: [react(), precompress()],
  // The domain's labels come straight from its TypeScript sources.
  resolve: { conditions: ['source'] },
  // No source maps: the public gets the app, not its sources.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' } },
});
