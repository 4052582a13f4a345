/**
 * A megabyte pasted to stall the redactor: long runs of digits and separators, keywords with no
 * secret after them, "a@" repeated, invisible characters between digits, each the kind of input
 * on which a backtracking pattern or a per-match rescan turns quadratic (issue 13: a 160 KB paste
 * blocked the main thread for 7 to 20 s). Real secrets are mixed in, so being fast cannot come
 * from missing them. Used by redact.linear.test.ts (is the result right, within Vitest's 5 s
 * timeout) and bench/redact.bench.ts (how fast; target under 100 ms).
 */
const PIECE = 2 ** 20 / 9;

interface Piece {
  /** What is pasted: `unit` repeated to about a ninth of a megabyte. */
  text: string;
  /** What redact() must make of it. */
  masked: string;
}

function repeated(unit: string, masked: string): Piece {
  const times = Math.floor(PIECE / unit.length);
  return { text: unit.repeat(times), masked: masked.repeat(times) };
}

export const adversarialPieces: Piece[] = [
  // One run of 60,000 single-digit groups: no stretch of them passes Luhn (all ones never does).
  repeated('1 ', '1 '),
  repeated('1.', '1.'),
  // 12-digit Luhn-invalid order ids parted by runs of separators: each is looked at, none is a card.
  repeated('123456789012 -  ', '123456789012 -  '),
  // Zero-width spaces between Arabic-Indic digits: one group of 60,000 digits, too long to be a card.
  repeated('٤\u200b', '٤\u200b'),
  // Keywords with no secret after them, again and again.
  repeated(
    'code code cvv pin password 卡号 短信 验证码 PIN is wrong error code 20000 ',
    'code code cvv pin password 卡号 短信 验证码 PIN is wrong error code 20000 ',
  ),
  // One PIN keyword and one long token after it: masked in one go, not rescanned per "pin".
  { text: 'pin=pin=pin='.repeat(Math.floor(PIECE / 12)), masked: 'pin=••••' },
  repeated('a@', 'a@'),
  repeated('https://x.example/pay?a=1&b=', 'https://x.example/pay?a=1&b='),
  // Real secrets throughout, written the ways issue 13 found getting through.
  repeated(
    '卡号 4111.1111.1111.1111 CVV code: 654 短信 ٤٨٣٩٢٠ my PIN number is 2468 https://x.example/?card=5555555555554444 ',
    '卡号 •••• 1111 CVV code: ••• 短信 •••• my PIN number is •••• https://x.example/?card=•••• 4444 ',
  ),
];

/** Between the pieces: a full stop, which no digit run, keyword or token continues across. */
const BETWEEN = '\n。\n';

export const adversarialPaste = adversarialPieces.map((piece) => piece.text).join(BETWEEN);
export const adversarialPasteMasked = adversarialPieces.map((piece) => piece.masked).join(BETWEEN);
