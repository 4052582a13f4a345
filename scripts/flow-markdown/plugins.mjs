/**
 * The flow-text compiler (transform.mjs) wired into every tool that loads the widget's source:
 * Vite (the build, the CDN build and the demo server), Vitest, and Web Test Runner. Each sees the
 * same compiled texts, so what the tests check is what ships.
 */
import { resolve } from 'node:path';
import { flowOf, LOCALES, wordsFile } from './flow-words.mjs';
import { liveWordsHooks } from './live-words.mjs';
import { compileFlowTexts } from './transform.mjs';

const repository = resolve(import.meta.dirname, '..', '..');

/**
 * The widget's own TypeScript: flows/ and src/ at the repository's root (a Vite module id), or
 * at the server's root (a Web Test Runner path); never tests, demos or dependencies.
 */
function isOwnSource(/** @type {string} */ path, root = repository) {
  const fromRoot = path.startsWith(root) ? path.slice(root.length) : path;
  return /^[\\/](?:flows|src)[\\/][^?]*\.ts$/.test(fromRoot) && !/[\\/]node_modules[\\/]/.test(fromRoot);
}

/**
 * For Vite and Vitest; runs before TypeScript is stripped. `root`: where flows/ and src/ are (a test's
 * fixture; the repository otherwise). @returns {import('vite').Plugin}
 */
export function flowMarkdown({ root = repository } = {}) {
  // The demo server's flows follow edits of their words files (live-words.mjs); a build and Vitest (mode test) do not.
  let live = false;
  return {
    name: 'flow-markdown',
    enforce: 'pre',
    configResolved(config) {
      live = config.command === 'serve' && config.mode !== 'test';
    },
    ...liveWordsHooks(() => live),
    transform(code, id) {
      if (!isOwnSource(id, root)) return null;
      // A flow's words files are part of it: editing one reloads the flow (Vite's hot update, Vitest's watch).
      if (flowOf(id)) for (const locale of LOCALES) this.addWatchFile(wordsFile(id, locale));
      const compiled = compileFlowTexts(code, id, { live });
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
      if (!isOwnSource(context.path) || typeof context.body !== 'string') return undefined;
      const compiled = compileFlowTexts(context.body, context.path);
      return compiled === null ? undefined : { body: compiled };
    },
  };
}
