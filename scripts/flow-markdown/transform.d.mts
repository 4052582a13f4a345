/** A module's source with its md() texts compiled, or null when it has none (transform.mjs). */
export function compileFlowTexts(code: string, fileName: string): string | null;
