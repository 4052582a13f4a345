import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { flowMarkdown } from '../../scripts/flow-markdown/plugins.mjs';

/**
 * `npx vite examples/react` runs it. React's JSX needs no plugin with Vite 8 (Oxc compiles it).
 * The alias points at this repository's source, whose flow texts the build compiles (flowMarkdown);
 * an app that installed the package uses the built files and leaves both out.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [flowMarkdown()],
  resolve: {
    alias: [
      { find: /^wallet-support-widget$/, replacement: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
    ],
  },
});
