import { defineConfig } from 'vitest/config';
import { flowMarkdown } from './scripts/flow-markdown/plugins.mjs';

export default defineConfig({
  // Flow markdown is compiled as it is in the build, so tests see what ships.
  plugins: [flowMarkdown()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/flows/**/*.test.ts'],
    environment: 'node',
  },
});
