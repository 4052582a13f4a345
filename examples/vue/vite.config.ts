import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { flowMarkdown } from '../../scripts/flow-markdown/plugins.mjs';

/**
 * `npx vite examples/vue` runs it. `isCustomElement` is the one line a Vue app needs: without
 * it Vue looks for a Vue component named wallet-support and warns. The alias points at this
 * repository's source, whose flow texts the build compiles (flowMarkdown); an app that installed
 * the package uses the built files and leaves both out.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    flowMarkdown(),
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wallet-support') } },
    }),
  ],
  resolve: {
    alias: [
      { find: /^wallet-support-widget$/, replacement: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
    ],
  },
});
