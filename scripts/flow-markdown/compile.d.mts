import type { Rich } from '../../src/engine/rich.js';

/** Markdown source to the compiled tree, and what the allowlist removed from it (compile.mjs). */
export function compileMarkdown(source: string): { rich: Rich; dropped: string[] };
