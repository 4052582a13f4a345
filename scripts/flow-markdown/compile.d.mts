import type { Rich } from '../../src/engine/rich.js';

/** reliability.md S2's allowlist. */
export const ALLOWED_TAGS: string[];
export const SAFE_URL: RegExp;

/** Markdown source to the compiled tree the widget renders (compile.mjs). */
export function compileMarkdown(source: string): Rich;
