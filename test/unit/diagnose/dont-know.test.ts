import { describe, expect, it } from 'vitest';
import { saysDontKnow } from '../../../src/diagnose/index.js';

describe('saysDontKnow', () => {
  it.each([
    // zh-CN
    '不记得了',
    '不清楚',
    '不知道',
    '我也不知道',
    '忘了',
    '忘记了',
    '记不清楚了',
    '记不起来了',
    '没印象',
    '不太确定',
    '真的不记得',
    '不记得具体时间了',
    '忘了多少钱了',
    '嗯，不记得了',
    '抱歉，我忘了',
    // zh-TW and Hong Kong
    '忘記了',
    '不記得了',
    '記不清了',
    '我真的不記得',
    '不曉得',
    '唔記得',
    '唔知',
    '冇印象',
    '忘咗',
    // en
    "I don't remember",
    'I don’t remember',
    'i dont know',
    'no idea',
    'No clue',
    'not sure',
    "I'm not sure",
    "Sorry, I can't remember",
    "can't recall the exact time",
    'I forgot',
    'I forget',
    "don't know, sorry",
    'idk',
    'Dunno.',
  ])('is true for the whole answer "%s"', (text) => {
    expect(saysDontKnow(text)).toBe(true);
  });

  it.each([
    '昨天下午3点',
    '大概100元',
    '我记得是100元',
    '不记得是昨天还是前天',
    '100',
    '88元',
    '昨天',
    "I don't remember, about 3pm",
    'not sure, maybe 50',
    'about $25',
    'yesterday',
    '忘了带卡，后来用了余额',
    '',
    '   ',
  ])('is false for "%s", which says something', (text) => {
    expect(saysDontKnow(text)).toBe(false);
  });

  it('never throws on input that is not a string', () => {
    expect(saysDontKnow(undefined as unknown as string)).toBe(false);
  });
});
