import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * `npm run build`: the one file a host loads (dist/wallet-support.js, with lazy chunks beside it)
 * and the DOM-free `./diagnose` export. `npm run demo`: serves demo/ (root given on the CLI).
 */
export default defineConfig({
  server: { host: '127.0.0.1', fs: { allow: [here] } },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: {
        'wallet-support': resolve(here, 'src/index.ts'),
        diagnose: resolve(here, 'src/diagnose/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
