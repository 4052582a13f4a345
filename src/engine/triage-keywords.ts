/**
 * Which problem a typed description is about, from its words: "绑不上", "儲值失敗", "can't add
 * my card", "I was charged but the order failed". Read on NFKC, Simplified (toSimplified),
 * lower-cased text, so each Chinese word is written once for mainland, Taiwan and Hong Kong;
 * words that differ beyond their characters are listed side by side (充值, 增值); toSimplified
 * already reads Taiwan's 儲值 and 加值 as 充值.
 * 'other' is never picked here: it is the person's own choice.
 */
import { toSimplified } from '../diagnose/to-simplified.js';
import type { ProblemId } from '../shared/problems.js';

/** Won't, can't, couldn't, didn't, doesn't, cannot, will not, unable to: all one "can't". */
const cannot = String.raw`(?:won'?t|will not|does ?n'?t|did ?n'?t|can'?t|cannot|could ?n'?t|unable to|not able to|fail(?:s|ed)? to|keeps? failing to)`;

/**
 * Most specific first: "扣了两次" is about missing money although it mentions a payment, "数字人民币
 * 付不了款" about the e-CNY wallet rather than any payment, "绑卡提示卡被冻结" about linking.
 */
const problemKeywords: readonly (readonly [ProblemId, RegExp])[] = [
  [
    'funds-missing',
    new RegExp(
      [
        // Charged twice, charged without the order, money gone, a refund that never came.
        '扣[了咗]?两次',
        '扣[了咗]?两笔',
        '重复扣',
        '多扣',
        '扣[了咗]?钱',
        '钱被扣',
        '被扣[了咗]?(?:钱|款)',
        '已扣款',
        '扣[了咗]?款',
        '扣款了',
        '钱不见',
        '钱唔见',
        '钱没了',
        '钱少了',
        '余额少了',
        '不是我(?:付|买|消费)',
        '盗刷',
        '盗用',
        '被盗',
        '退款.{0,4}(?:没|未|唔)',
        '(?:没|未|唔)收到退款',
        '收唔到退款',
        '没退款',
        '还没退',
        'charged twice',
        'double[- ]?charged?',
        'taken twice',
        'paid twice',
        'money (?:is |was )?(?:missing|gone|taken)',
        'missing money',
        `did ?n'?t make`,
        'unauthori[sz]ed',
        'refund',
        '(?:was|were|got|been|being|am) charged',
        '(?<![a-z])charged (?:me|my|but|and|for)',
        'deducted',
        'taken from my',
      ].join('|'),
    ),
  ],
  [
    'card-binding-failed',
    new RegExp(
      [
        // 绑不上, 绑不了, 绑唔到; 添加/新增银行卡.
        '绑卡',
        '绑定.{0,6}卡',
        '绑不',
        '绑唔',
        '无法绑定',
        '不能绑定',
        '绑定(?:失败|不了|不上)',
        '加卡',
        '加不了卡',
        '添加.{0,4}卡',
        '新增.{0,4}卡',
        '加唔到卡',
        '(?:link|add|bind|connect|register|save)(?:ing)? (?:a |my |the |this |new |another )*(?:bank |credit |debit )?card',
        `card ${cannot}(?: be)? (?:link|bind|add|connect)`,
        'cannot be (?:linked|added|bound)',
        `${cannot} (?:link|bind)`,
        'linking (?:a |my |the )?card',
      ].join('|'),
    ),
  ],
  [
    'activation-failed',
    new RegExp(
      [
        // Taiwan activates with 启用 (啟用); Hong Kong opens with 开户 (開戶).
        '开通',
        '激活',
        '启用',
        '注册',
        '实名',
        '开户',
        '开不了钱包',
        '钱包.{0,3}(?:开不|打不开|开唔)',
        '开唔到',
        'activat',
        'sign(?:ing)? ?up',
        'regist',
        'open(?:ing)? (?:a |my |the |an )?(?:e-?cny )?wallet',
        'set(?:ting)? up (?:a |my |the )?wallet',
        'create (?:a |an |my )?(?:wallet|account)',
        'verify my identity',
        'kyc',
        `wallet ${cannot}(?: be)? (?:open|activat|set up)`,
      ].join('|'),
    ),
  ],
  // 数字钱包 alone is any digital wallet (every seed says it so); a bank's is its e-CNY wallet (seed 004: 工行).
  [
    'bank-wallet-payment-failed',
    /数字人民币|数位人民币|数币|(?:银行|工行|建行|中行|农行|交行|招行|邮储)的?数字钱包|子钱包|e-?cny|digital (?:yuan|rmb|renminbi)|dcep/,
  ],
  [
    'top-up-failed',
    new RegExp(
      [
        // 充值 (mainland, and Taiwan's 儲值/加值 once read as Simplified), 增值 and 入钱 (Hong
        // Kong); 增值税 is a tax, not a top-up.
        '充值',
        '充不',
        '充唔',
        '充钱',
        '充进',
        '增值(?!税)',
        '入钱',
        '入唔到钱',
        'top[- ]?up',
        'topup',
        'recharge',
        'reload',
        '(?:add|load|put)(?:ing)? (?:money|funds|cash|balance)',
      ].join('|'),
    ),
  ],
  [
    'payment-failed',
    new RegExp(
      [
        // 俾钱/畀钱 (pay), 碌卡 (swipe), 拍卡/嘟卡 (tap) are Hong Kong's.
        '付款',
        '支付',
        '付不',
        '付钱',
        '付唔到',
        '俾钱',
        '畀钱',
        '买单',
        '结账',
        '结帐',
        '扫码',
        '刷卡',
        '碌卡',
        '拍卡',
        '嘟卡',
        '消费',
        '买不了',
        '缴费',
        'pay',
        'checkout',
        'check out',
        'purchase',
        'declined',
        // A frozen or blocked card shows up when paying far more often than when linking or topping
        // up, and its fix (ask the bank) is the same in every flow: a payment unless words say more.
        '冻结',
        'frozen',
        `card (?:is |was |has been |got )?(?:blocked|locked|suspended)`,
        '(?:order|transaction) (?:failed|declined)',
      ].join('|'),
    ),
  ],
];

/** The problem a typed description is about, if its words say so. */
export function problemFromDescription(text: string, problems: readonly ProblemId[]): ProblemId | undefined {
  const folded = toSimplified(text.normalize('NFKC')).toLowerCase().replace(/[’‘]/g, "'");
  return problemKeywords.find(([id, pattern]) => problems.includes(id) && pattern.test(folded))?.[0];
}
