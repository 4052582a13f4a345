import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

/**
 * Terser over every emitted chunk, after Rolldown's own minifier: its repeated compress passes
 * (inlining, dead branches the first pass exposed) take about 0.8 KB gzip more off a conversation,
 * bytes every page pays against the budgets (test/unit/size-budget.test.ts). Names that cross
 * chunks (exports, imports) are left alone: each chunk is minified as an ES module on its own.
 */
const options: MinifyOptions = {
  module: true,
  ecma: 2022,
  compress: { passes: 3 },
  format: { comments: false },
};

export function terserChunks(): Plugin {
  return {
    name: 'terser-chunks',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const result = await minify(output.code, options);
        if (result.code !== undefined) output.code = result.code;
      }
    },
  };
}
