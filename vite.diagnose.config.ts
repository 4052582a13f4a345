import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The DOM-free `wallet-support-widget/diagnose` export (dist/diagnose.js): amounts, times, error
 * classification and redaction for Node, workers and browsers. Built on its own, after the main
 * build and into the same dist/, so the widget's conversation stays one chunk (vite.config.ts).
 * chrono-node stays a dependency the host's bundler or Node resolves, not a copy inside.
 */
export default defineConfig({
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(here, 'src/diagnose/index.ts'),
      formats: ['es'],
      fileName: () => 'diagnose.js',
    },
    rollupOptions: {
      external: ['chrono-node'],
      output: { codeSplitting: false, minify: true },
    },
  },
});
