import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * `npx vite examples/react` runs it. React's JSX needs no plugin with Vite 8 (Oxc compiles it).
 * The alias points at this repository's source; an app that installed the package leaves it out.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: [{ find: /^wallet-support-widget$/, replacement: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) }],
  },
});
