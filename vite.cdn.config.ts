import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { flowMarkdown } from './scripts/flow-markdown/plugins.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.js';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.js';
import { terserChunks } from './scripts/terser-chunks.js';

const here = import.meta.dirname;

/**
 * The single-file build for a `<script type="module">` from a CDN or a copied file:
 * dist/wallet-support.cdn.js holds everything (Lit, the conversation, XState, every flow, the
 * time parser), so nothing else has to be hosted beside it. It costs a page more than
 * dist/wallet-support.js, which loads the conversation only when needed; README says when to use
 * which. Runs after the main build, into the same dist/.
 */
export default defineConfig({
  plugins: [flowMarkdown(), minifyCssTemplates(), minifyHtmlTemplates(), terserChunks()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(here, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'wallet-support.cdn.js',
    },
    rollupOptions: {
      output: { codeSplitting: false, minify: true },
    },
  },
});
