/**
 * How wide a line of chart text is, estimated without a browser, so the layout is the same in the
 * lab and in a Node test and every label can be fitted to its box before it is drawn. The widths
 * are those of a common sans-serif (Arial, Helvetica, Noto Sans) rounded up: the estimate errs on
 * the wide side, and the browser test checks it against the real text (test/browser/demo.test.ts).
 */

/** Width per character class, in em. */
const em = {
  wide: 1, // Han, kana, full-width punctuation: one em in every CJK font
  capital: 0.72,
  narrow: 0.3, // i, l, j, t, f, r, punctuation that takes little room
  space: 0.3,
  other: 0.58, // lower case and digits
} as const;

const wideCharacter = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function characterWidth(character: string): number {
  if (wideCharacter.test(character) || character.codePointAt(0)! > 0xffff) return em.wide;
  if (character === ' ') return em.space;
  if (/[iljtfr.,:;'!|()[\]“”‘’"-]/.test(character)) return em.narrow;
  if (/[A-Z@%&WMmw—…]/.test(character)) return em.capital;
  return em.other;
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
