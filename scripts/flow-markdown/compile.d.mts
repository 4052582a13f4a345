import type { Rich } from '../../src/engine/rich.js';

/** reliability.md S2's allowlist. */
export const ALLOWED_TAGS: string[];
export const SAFE_URL: RegExp;

/** Markdown source to the compiled tree, and what the allowlist removed from it (compile.mjs). */
export function compileMarkdown(source: string): { rich: Rich; dropped: string[] };
