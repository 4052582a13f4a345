/** The generated module's path, relative to the repository root (generate-t2s.mjs). */
export const outputFile: string;
/** The files whose words are matched after toSimplified(). */
export const wordListFiles: readonly string[];
/** The Simplified characters those word lists use. */
export function neededCharacters(readSource?: (file: string) => string): Set<string>;
/** [traditional, simplified] pairs, by code point. */
export function pairs(needed?: Set<string>): [string, string][];
/** The text of the generated module. */
export function generateT2s(list?: [string, string][]): string;
