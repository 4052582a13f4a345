/**
 * Money is gone, or was taken twice (seeds 001 and 004): check the records first; for a payment
 * the user did not make, secure the account (password, freeze, two-factor) before anything else,
 * then report it to the wallet and the bank through a ticket.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  choose,
  endings,
  fix,
  say,
  task,
  TICKET,
  type Choice,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

const duplicate = t('同一笔消费被扣了两次', 'I was charged twice for one purchase', '同一筆消費被扣了兩次');
const unknownPayment = t('有一笔不是我付的款', 'There is a payment I did not make', '有一筆不是我付的款');
const refund = t('退款一直没到账', 'A refund has not arrived', '退款一直沒入帳');
const none: Choice = { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET };

const otherCauses: Choice[] = [
  { id: 'charged-twice', label: duplicate, target: 'checkingCharges', cause: 'duplicate-charge', unlessTried: 'check-charge' },
  { id: 'not-me', label: unknownPayment, target: 'reviewingRecords', unlessTried: 'review-records' },
  { id: 'refund', label: refund, target: 'waitingForRefund', unlessTried: 'wait-for-refund' },
  none,
];

export const fundsMissing = flowSetup.createMachine({
  id: 'funds-missing',
  version: '2',
  context: ({ input }) => initialContext(input),
  initial: 'askingTime',
  states: {
    askingTime: ask('occurredAt', {
      answer: 'time',
      question: t(
        '别着急，我们一起查清楚。这笔钱大约是什么时候被扣的？',
        "Don't worry, let's find out together. Roughly when was the money taken?",
        '別著急，我們一起查清楚。這筆錢大約是什麼時候被扣的？',
      ),
      placeholder: t('例如：昨天下午3点', 'e.g. yesterday at 3pm', '例如：昨天下午3點'),
      next: 'askingAmount',
    }),
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t('涉及多少钱？', 'How much money is it?', '涉及多少錢？'),
      placeholder: t('例如：¥199', 'e.g. ¥199', '例如：¥199'),
      next: 'askingWhatHappened',
    }),
    askingWhatHappened: choose(t('发生了什么？', 'What happened?', '發生了什麼事？'), [
      { id: 'charged-twice', label: duplicate, target: 'checkingCharges', cause: 'duplicate-charge' },
      { id: 'failed-but-charged', label: t('付款失败了但钱被扣了', 'A payment failed but the money was taken', '付款失敗了但錢被扣了'), target: 'checkingCharges', cause: 'duplicate-charge' },
      { id: 'not-me', label: unknownPayment, target: 'reviewingRecords' },
      { id: 'balance', label: t('余额少了，不知道钱去哪了', 'My balance is lower and I do not know why', '餘額變少了，不知道錢去哪了'), target: 'reviewingRecords' },
      { id: 'refund', label: refund, target: 'waitingForRefund' },
    ]),
    askingOtherCause: choose(
      t('还有别的情况吗？', 'Is it something else, then?', '還有別的情況嗎？'),
      otherCauses,
    ),
    checkingCharges: fix('check-charge', {
      title: t('核对了交易记录和订单状态', 'Checked the transaction records and the order status', '核對了交易紀錄和訂單狀態'),
      text: md(
        '先**查看交易记录**，分清是真的扣了两次，还是暂时冻结：\n\n' +
          '1. 在钱包和银行卡账单里找这个时间的记录，看状态是“处理中/冻结”还是“已扣款”。\n' +
          '2. 冻结（预授权）的金额会自动释放：借记卡一般 1–4 天，信用卡最长可能要 30 天。\n' +
          '3. 问商家订单是否已经付款成功，**确认前不要再付一次**。\n' +
          '4. 如果有两笔“已扣款”，请商家退回多扣的一笔；商家不处理的话，我帮您整理工单。',
        '**Check the transaction records** first, to tell a real double charge from a temporary hold:\n\n' +
          '1. In the wallet and the card statement, find the entries at that time: are they "pending" or "posted"?\n' +
          '2. Pending holds (pre-authorisations) drop off by themselves: usually within 1–4 days on a debit card, up to 30 days on a credit card.\n' +
          '3. Ask the merchant whether the order was actually paid, and **do not pay again until you know**.\n' +
          '4. If two charges are posted, ask the merchant to refund the extra one; if they do not, I will prepare a ticket for you.',
        '先**查看交易紀錄**，分清是真的扣了兩次，還是暫時凍結：\n\n' +
          '1. 在錢包和銀行卡帳單裡找這個時間的紀錄，看狀態是「處理中／凍結」還是「已扣款」。\n' +
          '2. 凍結（預授權）的金額會自動釋放：金融卡一般 1–4 天，信用卡最長可能要 30 天。\n' +
          '3. 問商家訂單是否已經付款成功，**確認前不要再付一次**。\n' +
          '4. 如果有兩筆「已扣款」，請商家退回多扣的一筆；商家不處理的話，我幫您整理客服單。',
      ),
      next: 'askingOtherCause',
    }),
    reviewingRecords: fix('review-records', {
      title: t('逐笔查看了交易记录', 'Went through the transaction records', '逐筆查看了交易紀錄'),
      text: md(
        '先**逐笔查看交易记录**，很多“不明扣款”其实有来由：\n\n' +
          '1. 免密支付、自动续费或订阅（视频会员、云存储等）。\n' +
          '2. 家人用了绑定的卡或亲情账户。\n' +
          '3. 账单上显示的商户名和店名不一样（常见于连锁店和网购平台）。\n' +
          '4. 还在处理中的冻结金额，或者转账、手续费。\n\n' +
          '找到来由的话，问题就解决了。如果确实不是您付的，下一步先保护账户。',
        '**Go through the transaction records** one by one first: many "unknown" charges have an explanation:\n\n' +
          '1. Password-free payments, auto-renewals or subscriptions (video, cloud storage and so on).\n' +
          '2. A family member using a linked card or a family account.\n' +
          '3. The merchant name on the statement differs from the shop name (common with chains and online marketplaces).\n' +
          '4. A hold that is still pending, a transfer or a fee.\n\n' +
          'If you find it, that settles it. If it really was not you, the next step is to secure your account.',
        '先**逐筆查看交易紀錄**，很多「不明扣款」其實有來由：\n\n' +
          '1. 免密碼支付、自動續費或訂閱（影音會員、雲端儲存等）。\n' +
          '2. 家人用了綁定的卡或親屬帳戶。\n' +
          '3. 帳單上顯示的商家名稱和店名不一樣（常見於連鎖店和網購平台）。\n' +
          '4. 還在處理中的凍結金額，或轉帳、手續費。\n\n' +
          '找到來由的話，問題就解決了。如果確實不是您付的，下一步先保護帳戶。',
      ),
      next: 'securingAccount',
    }),
    securingAccount: task('secure-account', {
      title: t('修改了密码并冻结了账户', 'Changed the passwords and froze the account', '變更了密碼並凍結了帳戶'),
      text: md(
        '有不是您本人的交易，说明账户可能被盗用。**请先保护账户，再处理退款**：\n\n' +
          '1. **立即修改**钱包的登录密码和支付密码，新密码不要和其他账户相同。\n' +
          '2. **冻结账户或银行卡**：在钱包 App 的安全中心冻结，或拨打官方客服电话、银行卡背面的电话挂失。\n' +
          '3. 打开**双重验证**，在“登录设备”里移除不认识的设备。\n' +
          '4. 任何人向您要验证码、CVV 或密码都不要给，真正的客服不会问。\n' +
          '5. 处理这些时不要连公共 Wi-Fi。\n\n' +
          '做完后告诉我。',
        'A payment you did not make means someone may be using your account. **Secure it first, then deal with the money**:\n\n' +
          '1. **Change** the wallet login and payment passwords **now**, to ones you use nowhere else.\n' +
          "2. **Freeze the account or the card**: in the wallet app's security centre, or by calling the official hotline or the number on the back of the card.\n" +
          '3. Turn on **two-factor authentication**, and remove any device you do not recognise from the logged-in devices.\n' +
          '4. Never give anyone an SMS code, CVV or password: real support staff never ask.\n' +
          '5. Do all this off public Wi-Fi.\n\n' +
          'Tell me when you are done.',
        '有不是您本人的交易，表示帳戶可能被盜用。**請先保護帳戶，再處理退款**：\n\n' +
          '1. **立即變更**錢包的登入密碼和支付密碼，新密碼不要和其他帳戶相同。\n' +
          '2. **凍結帳戶或銀行卡**：在錢包 App 的安全中心凍結，或撥打官方客服電話、銀行卡背面的電話掛失。\n' +
          '3. 開啟**雙重驗證**，在「登入裝置」裡移除不認識的裝置。\n' +
          '4. 任何人向您索取驗證碼、CVV 或密碼都不要給，真正的客服不會問。\n' +
          '5. 處理這些時不要連公共 Wi-Fi。\n\n' +
          '完成後告訴我。',
      ),
      next: 'reportingTheft',
    }),
    reportingTheft: say(
      md(
        '接下来要**报告给钱包客服**：我会把时间和金额整理成工单，客服会核实并冻结相关交易、协助追回资金。请保存好交易记录的截图作为证据。如果扣款来自银行卡，也请**联系银行**说明情况，询问能否协助追回。官方渠道解决不了时，还可以向消费者权益保护组织投诉。',
        "Next, **report it to the wallet's support**: I will put the time and amount into a ticket, so they can check and freeze the transactions and help recover the money. Keep screenshots of the records as evidence. If a bank card was charged, also **call your bank** and ask whether they can help get it back. If the official channels do not resolve it, you can turn to a consumer-protection organisation.",
        '接下來要**回報給錢包客服**：我會把時間和金額整理成客服單，客服會核實並凍結相關交易、協助追回資金。請保存好交易紀錄的截圖作為證據。如果扣款來自銀行卡，也請**聯絡銀行**說明情況，詢問能否協助追回。官方管道無法解決時，還可以向消費者保護團體申訴。',
      ),
      TICKET,
    ),
    waitingForRefund: fix('wait-for-refund', {
      title: t('查看了退款进度和原支付账户', 'Checked the refund status and the original payment account', '查看了退款進度和原付款帳戶'),
      text: md(
        '退款会**原路退回**到当初付款的账户：\n\n' +
          '1. 在订单详情里查看退款进度和退款去向。\n' +
          '2. 退回钱包余额一般几分钟内到账；退回银行卡一般需要 1–3 个工作日，个别银行更久。\n' +
          '3. 退到银行卡的，要看**银行卡账单**，钱包余额里不会显示。\n' +
          '4. 超过商家承诺的时间还没到账，先联系商家确认退款是否已发起。',
        'A refund goes **back the way you paid**:\n\n' +
          '1. In the order details, check the refund status and where it is going.\n' +
          '2. Back to a wallet balance usually takes minutes; back to a bank card usually 1–3 working days, longer at some banks.\n' +
          '3. If it goes to a bank card, look at **the card statement**: it will not show in the wallet balance.\n' +
          '4. If it is later than the merchant promised, ask the merchant whether the refund was actually started.',
        '退款會**原路退回**到當初付款的帳戶：\n\n' +
          '1. 在訂單詳情裡查看退款進度和退款去向。\n' +
          '2. 退回錢包餘額一般幾分鐘內入帳；退回銀行卡一般需要 1–3 個工作天，個別銀行更久。\n' +
          '3. 退到銀行卡的，要看**銀行卡帳單**，錢包餘額裡不會顯示。\n' +
          '4. 超過商家承諾的時間還沒入帳，先聯絡商家確認退款是否已經發起。',
      ),
      next: 'askingOtherCause',
    }),
    ...endings(),
  },
});
