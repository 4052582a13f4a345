/**
 * "I don't remember", "不记得了", "忘記了", "唔記得": an honest answer to a time or amount question.
 * The flow moves on and the ticket says the fact is unknown, instead of asking again and again.
 */
import { toSimplified } from './to-simplified.js';

/** What was not remembered, said after the verb: "不记得具体时间了", "忘了多少钱". */
const zhWhat = '(?:具体|确切|准确|详细)?(?:的)?(?:时间|日期|几点|哪天|金额|多少钱?|数目|是多少|是几点)?';
/** "了", "啦", "耶": the sentence's last breath. Cantonese 咗 is "了". */
const zhEnd = '(?:了|啦|呢|耶|欸|哦|喔|啊|呀|咗)*';

const chinese = [
  // 不记得, 没印象, 不清楚, 不确定, 不晓得, 没注意, and Hong Kong's 唔记得, 唔知, 冇印象.
  `(?:我)?(?:真的|实在|完全|确实|也|都|已经)?(?:不|没|没有|唔|冇)(?:太|大|怎么|是很)?(?:记得|清楚|确定|知道|晓得|印象|留意|注意|记住|知)${zhWhat}`,
  // 忘了, 忘记了, 忘掉了, 忘咗
  `(?:我)?(?:真的|完全|已经)?忘(?:记|掉|了|咗)?(?:了)?${zhWhat}`,
  // 记不清(楚)了, 记不住, 记不得, 记不起(来)了, 记唔起
  `(?:我)?(?:真的|实在)?记(?:不|唔)(?:清楚|清|住|得|起来|起)${zhWhat}`,
  `(?:我)?想不起(?:来)?${zhWhat}`,
  '不详',
].map((part) => `${part}${zhEnd}`);

/** "the exact time", "how much", "for sure": what was not remembered, in English. */
const enWhat =
  '(?:\\s+(?:it|that|exactly|for sure|sorry|when|how much|the (?:exact |precise )?(?:time|date|amount|day|figure)))*';
const cannot = "(?:do\\s*n[o']?t|don't|dont|can\\s*n[o']?t|can't|cant|could\\s*n[o']?t|couldn't)";

const english = [
  `(?:i\\s+)?(?:really\\s+|honestly\\s+|just\\s+|genuinely\\s+)?${cannot}\\s+(?:remember|recall|know|say)${enWhat}`,
  `(?:i\\s+)?(?:have\\s+|'ve\\s+)?forg[eo]t(?:ten)?${enWhat}`,
  "(?:i'?m\\s+|i\\s+am\\s+)?(?:really\\s+)?(?:not\\s+sure|unsure)",
  'no\\s+(?:idea|clue)',
  'no\\s+memory',
  'unknown',
  'dunno',
  'idk',
];

/** Whole answers only: "I don't know the exact time, about 3pm" is a time, not a "don't know". */
const dontKnow = new RegExp(`^(?:${[...chinese, ...english].join('|')})$`, 'iu');

/** Fillers around the answer that change nothing: "嗯", "sorry", "um", and the final stop. */
const leading = /^(?:(?:sorry|um+|uh+|hmm+|well|honestly|抱歉|不好意思|对不起|嗯+|呃+|额|唔好意思)[\s,，、.…]*)+/iu;
const trailing = /(?:[\s,，、]*(?:sorry|抱歉|不好意思))?[\s.!?。！？~～…,，、]*$/iu;

/** True when a whole answer says the person does not know or remember ("不记得了", "idk"). */
export function saysDontKnow(text: string): boolean {
  if (typeof text !== 'string') return false;
  const folded = toSimplified(text.normalize('NFKC'))
    .trim()
    .replace(/[’‘]/g, "'")
    .replace(leading, '')
    .replace(trailing, '')
    .replace(/\s+/g, ' ');
  return folded !== '' && dontKnow.test(folded);
}
