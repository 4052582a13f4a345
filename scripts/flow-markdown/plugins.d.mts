import type { Plugin } from 'vite';

/** Compiles flow markdown in Vite and Vitest (plugins.mjs). */
export function flowMarkdown(options?: { root?: string }): Plugin;

/** The same for Web Test Runner. */
export function flowMarkdownForTestRunner(): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
