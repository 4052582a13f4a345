import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { flowMarkdown } from './scripts/flow-markdown/plugins.mjs';
import { splitTextsByLanguage } from './scripts/flow-markdown/split-by-language.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.js';

const here = import.meta.dirname;

/**
 * Chunks are named after what a host (and package.json `sideEffects`) needs to tell apart: the
 * chunk the launcher shares with the conversation (Lit) is `shared-*`, the rest keep their
 * module's name (`conversation-*`, `payment-failed-*`, `time-*`).
 */
function chunkFileName(chunk: { moduleIds: string[] }): string {
  const holdsLit = chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]lit-element[\\/]/.test(id));
  if (holdsLit) return 'chunks/shared-[hash].js';
  // One language's words of one scope (docs/decisions/0008): texts-engine-en-*, texts-payment-failed-zh-CN-*.
  const texts = chunk.moduleIds.map((id) => /wallet-support-texts\/([a-z-]+)\/([a-zA-Z-]+)$/.exec(id)).find(Boolean);
  return texts ? `chunks/texts-${texts[1]}-${texts[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * `npm run build`: the one file a host loads (dist/wallet-support.js, with lazy chunks beside it)
 * and the DOM-free `./diagnose` export. `npm run demo`: serves demo/ (root given on the CLI).
 */
export default defineConfig({
  server: { host: '127.0.0.1', fs: { allow: [here] } },
  preview: { host: '127.0.0.1' },
  // The demo server keeps every language inline (the flow lab shows them side by side); the build
  // moves each language's words into chunks of their own (docs/decisions/0008).
  plugins: [flowMarkdown(), splitTextsByLanguage(), minifyCssTemplates()],
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
