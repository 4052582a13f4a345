/**
 * The flow-text compiler (transform.mjs) wired into every tool that loads the widget's source:
 * Vite (the build, the CDN build and the demo server), Vitest, and Web Test Runner. Each sees the
 * same compiled texts, so what the tests check is what ships.
 */
import { compileFlowTexts } from './transform.mjs';

/** The widget's own TypeScript: flows and src, not dependencies. */
const OWN_SOURCE = /[\\/](?:flows|src)[\\/][^?]*\.ts$/;

/** For Vite and Vitest; runs before TypeScript is stripped. @returns {import('vite').Plugin} */
export function flowMarkdown() {
  return {
    name: 'flow-markdown',
    enforce: 'pre',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || id.includes('node_modules')) return null;
      const compiled = compileFlowTexts(code, id);
      return compiled === null ? null : { code: compiled, map: null };
    },
  };
}

/** For Web Test Runner: list it before the esbuild plugin, which strips the types. */
export function flowMarkdownForTestRunner() {
  return {
    name: 'flow-markdown',
    /** @param {{ path: string; body: unknown }} context */
    transform(context) {
      if (!OWN_SOURCE.test(context.path) || typeof context.body !== 'string') return undefined;
      const compiled = compileFlowTexts(context.body, context.path);
      return compiled === null ? undefined : { body: compiled };
    },
  };
}
