/**
 * The flow-text compiler (transform.mjs) wired into every tool that loads the widget's source:
 * Vite (the build, the CDN build and the demo server), Vitest, and Web Test Runner. Each sees the
 * same compiled texts, so what the tests check is what ships.
 */
import { resolve } from 'node:path';
import { compileFlowTexts } from './transform.mjs';

const repository = resolve(import.meta.dirname, '..', '..');

/**
 * The widget's own TypeScript: flows/ and src/ at the repository's root (a Vite module id), or
 * at the server's root (a Web Test Runner path); never tests, demos or dependencies.
 */
function isOwnSource(/** @type {string} */ path) {
  const fromRoot = path.startsWith(repository) ? path.slice(repository.length) : path;
  return /^[\\/](?:flows|src)[\\/][^?]*\.ts$/.test(fromRoot) && !/[\\/]node_modules[\\/]/.test(fromRoot);
}

/** For Vite and Vitest; runs before TypeScript is stripped. @returns {import('vite').Plugin} */
export function flowMarkdown() {
  return {
    name: 'flow-markdown',
    enforce: 'pre',
    transform(code, id) {
      if (!isOwnSource(id)) return null;
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
      if (!isOwnSource(context.path) || typeof context.body !== 'string') return undefined;
      const compiled = compileFlowTexts(context.body, context.path);
      return compiled === null ? undefined : { body: compiled };
    },
  };
}
