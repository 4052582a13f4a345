import { t, type Text } from './text.js';

/*
 * What the bot says about a typed answer it has read. Read only after the reading of answers has
 * loaded, so the production build ships these words with it (the 'answers' texts,
 * scripts/flow-markdown/split-by-language.mjs), not with every conversation.
 */

/** The reply to "I don't remember": nothing is lost, and the person knows support will see it is unknown. */
export const notRememberedReply: Text = t(
  '没关系，我会在工单里注明这一项不清楚。',
  "That's fine: I'll note in the ticket that this is not known.",
  '沒關係，我會在客服單裡註明這一項不清楚。',
);

/**
 * What the bot says when an answer was not understood, by rejection code (diagnose/types.ts).
 * Each sentence says what went wrong and what would work, and the user's words stay in the log.
 */
export const rejectionTexts: Record<string, Text> = {
  empty: t(
    '好像没有输入内容，请再说一次。',
    "I didn't get an answer there. Could you type it again?",
    '好像沒有輸入內容，請再說一次。',
  ),
  'not-an-amount': t(
    '我没看懂这个金额。可以写成“88.8 元”或“¥1,299.50”这样。',
    'I could not read that as an amount. Try something like "88.80" or "¥1,299.50".',
    '我看不懂這個金額。可以寫成「88.8 元」或「¥1,299.50」這樣。',
  ),
  zero: t(
    '金额是 0，应该不是失败的那笔交易吧？请输入实际金额。',
    'That amount is zero. Please type the amount of the failed payment.',
    '金額是 0，應該不是失敗的那筆交易吧？請輸入實際金額。',
  ),
  negative: t(
    '金额不能是负数，请输入实际支付的金额。',
    'The amount cannot be negative. Please type the amount you tried to pay.',
    '金額不能是負數，請輸入實際付款的金額。',
  ),
  'too-large': t(
    '这个金额太大了，请检查一下是否多输了几位。',
    'That amount looks too large. Please check for extra digits.',
    '這個金額太大了，請檢查一下是否多輸入了幾位數。',
  ),
  ambiguous: t(
    '这个回答可以有几种理解，能说得更具体一些吗？',
    'That could mean more than one thing. Could you be more specific?',
    '這個回答可以有幾種理解，能說得更具體一些嗎？',
  ),
  'unsupported-currency': t(
    '暂不支持这种币种，请换算成人民币、美元、欧元或港币再输入。',
    'That currency is not supported here. Please give it in CNY, USD, EUR or HKD.',
    '暫不支援這種幣別，請換算成人民幣、美元、歐元或港幣再輸入。',
  ),
  'not-a-time': t(
    '我没看懂这个时间。可以写“昨天下午3点”“30分钟前”或“11月20日 20:30”。',
    'I could not read that as a time. Try "yesterday at 3pm", "30 minutes ago" or "Nov 20 20:30".',
    '我看不懂這個時間。可以寫「昨天下午3點」「30分鐘前」或「11月20日 20:30」。',
  ),
  future: t(
    '这个时间还没到呢，请输入已经发生的时间。',
    'That time is in the future. When did it actually happen?',
    '這個時間還沒到呢，請輸入已經發生的時間。',
  ),
  'secret-not-an-answer': t(
    '这个回答里有需要保密的信息，我已经隐藏了，它也不是我需要的答案。请重新回答上面的问题。',
    'That answer held something secret, which I have hidden; it is not what I asked for. Please answer the question again.',
    '這個回答裡有需要保密的資訊，我已經隱藏了，它也不是我需要的答案。請重新回答上面的問題。',
  ),
  // {suggestion} is the amount as the person may have meant it, also offered as a quick answer.
  'unclear-amount': t(
    '您是说 {suggestion} 吗？是的话点下面的“{suggestion}”；不是的话请写上金额和币种，例如“88 元”。',
    'Did you mean {suggestion}? If so, tap "{suggestion}" below; if not, please type the amount with its currency, e.g. "¥88".',
    '您是說 {suggestion} 嗎？是的話點下面的「{suggestion}」；不是的話請寫上金額和幣別，例如「88 元」。',
  ),
  'older-than-180-days': t(
    '这个时间在 180 天以前。如果没错，请再发送一次同样的时间；否则请改正它。',
    'That is more than 180 days ago. If it is right, send the same time again; otherwise please correct it.',
    '這個時間在 180 天以前。如果沒錯，請再傳送一次同樣的時間；否則請更正。',
  ),
};

export const fallbackRejection = t(
  '抱歉，我没理解这个回答，请换个说法试试。',
  'Sorry, I did not understand that. Could you put it another way?',
  '抱歉，我不太理解這個回答，請換個說法試試。',
);
