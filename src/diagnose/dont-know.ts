/**
 * "I don't remember", "不记得了", "忘記了": an honest answer to a time or amount question. The
 * flow moves on and the ticket says the fact is unknown, instead of asking again and again.
 */

/** Whole answers only: "I don't know the exact time, about 3pm" is a time, not a "don't know". */
const dontKnow = new RegExp(
  '^(?:' +
    [
      // Simplified and Traditional Chinese
      '(?:我)?(?:真的|实在|實在|完全)?(?:不|没|沒)(?:太|大)?(?:记得|記得|清楚|确定|確定|知道|印象)(?:了|啦|呢)?',
      '(?:我)?(?:忘|忘记|忘記|忘掉)(?:了|啦)?',
      '(?:我)?记不(?:清|住|得)(?:了|楚)?',
      '(?:我)?記不(?:清|住|得)(?:了|楚)?',
      '(?:我)?想不起来(?:了)?',
      '(?:我)?想不起來(?:了)?',
      '不知道',
      '不详',
      '不詳',
      // English
      "(?:i\\s+)?(?:really\\s+)?(?:do\\s*n[o']?t|don't|dont|can\\s*n[o']?t|can't|cant)\\s+(?:remember|recall|know)(?:\\s+(?:it|that|exactly|sorry))*",
      "(?:i\\s+)?(?:have\\s+)?(?:forgot(?:ten)?)(?:\\s+(?:it|that))?",
      'no\\s+idea',
      'not\\s+sure',
      'unknown',
      'dunno',
      'idk',
    ].join('|') +
    ')$',
  'iu',
);

/** True when a whole answer says the person does not know or remember ("不记得了", "idk"). */
export function saysDontKnow(text: string): boolean {
  const folded = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s.!?。！？~～…,，、]+$/u, '')
    .replace(/^(?:sorry|抱歉|不好意思|对不起|對不起)[\s,，、]*/iu, '')
    .replace(/\s+/g, ' ');
  return folded !== '' && dontKnow.test(folded);
}
