/**
 * A transcript file as text: two-space JSON exactly as Prettier prints it (the repository's
 * .prettierrc), so a file saved by the lab passes `npm run lint` unedited. Checked against Prettier
 * itself with fast-check (test/flows/save-test.test.ts).
 */
import type { TranscriptFile } from './transcript-file.js';

const printWidth = 120;

/** Columns a line takes as Prettier counts them: CJK and full-width characters take two. */
function width(text: string): number {
  const wide = text.match(
    /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g,
  );
  return [...text].length + (wide?.length ?? 0);
}

/** A value on one line, as Prettier prints it there: `{ "key": "value" }`, `["a", "b"]`. */
function flat(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${flat(item)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/**
 * A value after `lead` (its indentation and key) as Prettier prints JSON: objects that were written
 * open stay open (the file, `host`, `expect`); a turn, and the list of turns, on one line when it
 * fits in the print width, else one entry a line. A list of two or more turns always breaks, as
 * Prettier breaks a list of objects that each have several keys.
 */
function printed(value: unknown, indent: string, lead: string, comma: string, open: boolean): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item] as const) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const line = flat(value);
  const manyObjects =
    Array.isArray(value) &&
    value.length > 1 &&
    value.every((item) => typeof item === 'object' && Object.keys(item).length > 1);
  if (!open && !manyObjects && width(lead + line + comma) <= printWidth) return line;
  const inner = `${indent}  `;
  const lines = entries.map(([key, item], index) => {
    const head = key === undefined ? '' : `${JSON.stringify(key)}: `;
    const after = index < entries.length - 1 ? ',' : '';
    const keepOpen = typeof item === 'object' && item !== null && !Array.isArray(item) && key !== undefined;
    return `${inner}${head}${printed(item, inner, inner + head, after, keepOpen)}${after}`;
  });
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${start}\n${lines.join('\n')}\n${indent}${end}`;
}

/** The file as saved: two-space JSON as Prettier formats it, with a final newline. */
export function transcriptText(file: TranscriptFile): string {
  return `${printed(file, '', '', '', true)}\n`;
}
