import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { flowMarkdown } from './scripts/flow-markdown/plugins.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.js';

const here = import.meta.dirname;

/**
 * Chunks are named after what a host (and package.json `sideEffects`) needs to tell apart: the
 * chunk the launcher shares with the conversation (Lit) is `shared-*`, the rest keep their
 * module's name (`conversation-*`, `payment-failed-*`, `time-*`).
 */
function chunkFileName(chunk: { moduleIds: string[] }): string {
  const holdsLit = chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]lit-element[\\/]/.test(id));
  return holdsLit ? 'chunks/shared-[hash].js' : 'chunks/[name]-[hash].js';
}

/**
 * `npm run build`: the one file a host loads (dist/wallet-support.js, with lazy chunks beside it)
 * and the DOM-free `./diagnose` export. `npm run demo`: serves demo/ (root given on the CLI).
 */
export default defineConfig({
  server: { host: '127.0.0.1', fs: { allow: [here] } },
  preview: { host: '127.0.0.1' },
  plugins: [flowMarkdown(), minifyCssTemplates()],
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
      output: {
        chunkFileNames: chunkFileName,
        // Vite keeps whitespace in ES library builds so downstream bundlers can read /*#__PURE__*/
        // annotations; but this file is also what a page loads as is, so every byte counts.
        minify: true,
      },
    },
  },
});
