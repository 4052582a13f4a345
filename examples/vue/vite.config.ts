import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * `npx vite examples/vue` runs it. `isCustomElement` is the one line a Vue app needs: without
 * it Vue looks for a Vue component named wallet-support and warns. The alias points at this
 * repository's source; an app that installed the package leaves it out.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wallet-support') } },
    }),
  ],
  resolve: {
    alias: [{ find: /^wallet-support-widget$/, replacement: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) }],
  },
});
