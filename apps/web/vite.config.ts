import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web front end, built into dist/web and served by the gateway:
 *   index.html         → the staff console (React + Ant Design), served at / and any non-API path
 *   public/index.html  → the citizens' pages (React + native controls, no antd), at /public/…
 * `npm run build:web` builds both; `npx vite --config apps/web/vite.config.ts` serves them in
 * development with the API paths proxied to a running gateway (or to the services directly).
 *
 * Vite 8 compiles TSX itself (oxc), so no React plugin is needed.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  base: '/',
  // `public/` is the citizens' page folder here, not Vite's copy-as-is folder
  publicDir: 'static',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    // the gateway serves /assets/* as hashed, immutable files
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in a browser bundle
      checks: { moduleLevelDirective: false },
      input: {
        console: fileURLToPath(new URL('index.html', import.meta.url)),
        citizen: fileURLToPath(new URL('public/index.html', import.meta.url)),
      },
      output: {
        // React on its own, shared by both pages and cached across deployments that only change our code
        codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/api', '/intake', '/casework', '/notification', '/reporting'].map((prefix) => [prefix, { target: gateway, changeOrigin: false }])),
  },
});
