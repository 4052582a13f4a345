/** A module's source with its md() texts compiled, or null when it has none (transform.mjs). */
export function compileFlowTexts(code: string, fileName: string, options?: { live?: boolean }): string | null;
