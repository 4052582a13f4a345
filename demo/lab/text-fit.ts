/**
 * How wide a line of chart text is, estimated without a browser, so the layout is the same in the
 * lab and in a Node test and every label can be fitted to its box before it is drawn. Latin
 * letters take their widths in DejaVu Sans, the widest of the common sans-serif fonts (and Linux's
 * default): Arial, Helvetica, Segoe UI, SF and Roboto set the same words narrower, so a line that
 * fits here fits there. The browser test checks the estimate against the real text
 * (test/browser/demo.test.ts).
 */

/** DejaVu Sans advance widths, in em, rounded up. */
// prettier-ignore
const latin: Record<string, number> = {
  a: 0.62, b: 0.64, c: 0.56, d: 0.64, e: 0.62, f: 0.36, g: 0.64, h: 0.64, i: 0.28, j: 0.28, k: 0.58,
  l: 0.28, m: 0.98, n: 0.64, o: 0.62, p: 0.64, q: 0.64, r: 0.42, s: 0.53, t: 0.4, u: 0.64, v: 0.6,
  w: 0.82, x: 0.6, y: 0.6, z: 0.53,
  A: 0.69, B: 0.69, C: 0.7, D: 0.78, E: 0.64, F: 0.58, G: 0.78, H: 0.76, I: 0.3, J: 0.3, K: 0.66,
  L: 0.56, M: 0.87, N: 0.75, O: 0.79, P: 0.61, Q: 0.79, R: 0.7, S: 0.64, T: 0.62, U: 0.74, V: 0.69,
  W: 0.99, X: 0.69, Y: 0.62, Z: 0.69,
  ' ': 0.32, '.': 0.32, ',': 0.32, ':': 0.34, ';': 0.34, "'": 0.28, '’': 0.32, '‘': 0.32,
  '“': 0.52, '”': 0.52, '"': 0.46, '!': 0.4, '?': 0.54, '(': 0.4, ')': 0.4, '-': 0.37, '/': 0.34,
  '·': 0.32, '…': 1, '—': 1, '×': 0.84, '%': 0.96, '&': 0.78, '@': 1, '#': 0.84, '¥': 0.64,
};
/** Digits, and anything not listed above that is not CJK: as wide as the widest lower case. */
const otherWidth = 0.64;

const wideCharacter = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function characterWidth(character: string): number {
  // Han, kana and full-width punctuation are one em in every CJK font.
  if (wideCharacter.test(character) || character.codePointAt(0)! > 0xffff) return 1;
  return latin[character] ?? otherWidth;
}

/** The estimated width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width * fontSize;
}

/** Where a line may break: after a space, or between any two characters of a CJK text. */
function breakPoints(text: string): string[] {
  return text.match(/\S+\s*|\s+/g)?.flatMap((word) => (wideCharacter.test(word) ? [...word] : [word])) ?? [];
}

/** `text` cut to `width`, ending in "…" when it was cut. */
export function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let kept = '';
  for (const character of text) {
    if (textWidth(`${kept}${character}…`, fontSize) > width) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * `text` wrapped into at most `maxLines` lines no wider than `width`; the last line ends in "…"
 * when the text did not fit. Words wider than a line are cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = breakPoints(text.replace(/\s+/g, ' ').trim());
  for (const [index, piece] of pieces.entries()) {
    if (textWidth(`${line}${piece}`.trimEnd(), fontSize) <= width) {
      line += piece;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(truncate(`${line}${pieces.slice(index).join('')}`, width, fontSize));
      return lines;
    }
    if (line) lines.push(line.trimEnd());
    line = textWidth(piece.trimEnd(), fontSize) <= width ? piece : truncate(piece, width, fontSize);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
