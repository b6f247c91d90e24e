import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where staff keys and her requests go is fixed here, at build time, never by the page's address.
const api = process.env.MORD_API_URL ?? 'http://127.0.0.1:8787';
if (!/^https?:\/\/[^/?#]+$/.test(api))
  throw new Error(`MORD_API_URL is an origin (scheme://host[:port]): ${api}`);

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@mord/source'] },
  define: { __MORD_API__: JSON.stringify(api) },
  build: { outDir: 'dist', emptyOutDir: true },
});
