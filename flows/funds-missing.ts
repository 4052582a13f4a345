/**
 * Money is gone, or was taken twice (seeds 001 and 004): check the records first; for a payment
 * the person did not make, secure the account (password, freeze, two-factor) before anything
 * else, then report it to the wallet and the bank through a ticket; when money should come back
 * (a failed payment that was debited, a refund), say by when, and hand over at once once that
 * date has passed. Facts and sources: docs/domain.md §5-§7.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  checkMoneyBack,
  diagnosis,
  endings,
  explain,
  fix,
  say,
  task,
  TO_TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

const duplicate = t('同一笔消费被扣了两次', 'I was charged twice for one purchase', '同一筆消費被扣了兩次');
const unknownPayment = t('有一笔不是我付的款', 'There is a payment I did not make', '有一筆不是我付的款');
const refund = t('退款一直没到账', 'A refund has not arrived', '退款一直沒入帳');

/** What people say happened, most common first; the lists also offer the ticket. */
const whatHappened: Choice[] = [
  {
    id: 'charged-twice',
    label: duplicate,
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  {
    id: 'failed-but-charged',
    label: t('付款失败了但钱被扣了', 'A payment failed but the money was taken', '付款失敗了但錢被扣了'),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  { id: 'not-me', label: unknownPayment, target: 'reviewingRecords', unlessTried: 'review-records' },
  {
    id: 'balance',
    label: t('余额少了，不知道钱去哪了', 'My balance is lower and I do not know why', '餘額變少了，不知道錢去哪了'),
    target: 'reviewingRecords',
    unlessTried: 'review-records',
  },
  { id: 'refund', label: refund, target: 'checkingWhenRefunded', unlessTried: 'wait-for-refund' },
  {
    id: 'pending',
    label: t(
      '付款一直显示“处理中”，钱却扣了',
      'A payment still shows as processing, but the money is gone',
      '付款一直顯示「處理中」，錢卻扣了',
    ),
    target: 'explainingPendingPayment',
    cause: 'payment-pending',
  },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TO_TICKET },
];

/**
 * When the page passed an error: a charge seen twice or money taken goes to the date check; a
 * payment still waiting is explained; a lower balance or a blocked account to the records. The
 * other causes say why a payment failed, not where money went: they are explained as such.
 */
const routes: Routes = {
  'duplicate-charge': 'checkingWhenCharged',
  'payment-pending': 'explainingPendingPayment',
  'insufficient-balance': 'reviewingRecords',
  'risk-control': 'reviewingRecords',
  network: 'explainingFailedPayment',
  'limit-exceeded': 'explainingFailedPayment',
  'verification-failed': 'explainingFailedPayment',
  'merchant-unsupported': 'explainingFailedPayment',
  maintenance: 'explainingFailedPayment',
  'card-info-invalid': 'explainingFailedPayment',
  'bank-restricted': 'explainingFailedPayment',
  'account-incomplete': 'explainingFailedPayment',
  'already-registered': 'explainingFailedPayment',
  'device-unsupported': 'explainingFailedPayment',
  'card-expired-or-locked': 'explainingFailedPayment',
};

export const fundsMissing = flowSetup.createMachine({
  id: 'funds-missing',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'greeting',
  states: {
    greeting: say(
      t('别着急，我们一起查清楚。', "Don't worry, let's find out together.", '別著急，我們一起查清楚。'),
      'diagnosing',
    ),
    ...diagnosis(routes, whatHappened),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'checkingCharges'),
    ...checkMoneyBack('checkingWhenRefunded', 'refund', 'waitingForRefund'),
    checkingCharges: fix('check-charge', {
      title: t(
        '核对了交易记录和订单状态',
        'Checked the transaction records and the order status',
        '核對了交易紀錄和訂單狀態',
      ),
      text: md(
        '先**查看交易记录**，分清是真的扣了两次，还是一笔失败的付款还没退回：\n\n' +
          '1. 在钱包和银行卡账单里找这个时间的记录，看有几笔、各是什么状态。\n' +
          '2. 付款失败时被扣的钱，会由付款系统原路退回，不需要您申请（下面是预计到账的日期）。\n' +
          '3. 问商家订单是否已经付款成功，**确认前不要再付一次**。\n' +
          '4. 如果同一笔确实扣了两次，请商家退回多扣的一笔；商家不处理的话，我帮您整理工单。',
        '**Check the transaction records** first, to tell a real double charge from a failed payment whose money is not back yet:\n\n' +
          '1. In the wallet and the card statement, find the entries at that time: how many are there, and what state is each in?\n' +
          '2. Money taken for a payment that failed is returned the way it came by the payment system, without you asking (when to expect it is below).\n' +
          '3. Ask the merchant whether the order was actually paid, and **do not pay again until you know**.\n' +
          '4. If one purchase really was charged twice, ask the merchant to refund the extra one; if they do not, I will prepare a ticket for you.',
        '先**查看交易紀錄**，分清是真的扣了兩次，還是一筆失敗的付款還沒退回：\n\n' +
          '1. 在錢包和銀行卡帳單裡找這個時間的紀錄，看有幾筆、各是什麼狀態。\n' +
          '2. 付款失敗時被扣的錢，會由付款系統原路退回，不需要您申請（下面是預計入帳的日期）。\n' +
          '3. 問商家訂單是否已經付款成功，**確認前不要再付一次**。\n' +
          '4. 如果同一筆確實扣了兩次，請商家退回多扣的一筆；商家不處理的話，我幫您整理客服單。',
      ),
      // docs/domain.md §5.1: a failed payment in a Chinese wallet is debited and returned, not held.
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: 'askingOtherCause',
    }),
    reviewingRecords: fix('review-records', {
      title: t('逐笔查看了交易记录', 'Went through the transaction records', '逐筆查看了交易紀錄'),
      text: md(
        '先**逐笔查看交易记录**，很多“不明扣款”其实有来由：\n\n' +
          '1. 免密支付、自动续费或订阅（视频会员、云存储等）。\n' +
          '2. 家人用了绑定的卡或亲情账户。\n' +
          '3. 账单上显示的商家名称和店名不一样（常见于连锁店和网购平台）。\n' +
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
          '完成后请点“已完成”。',
        'A payment you did not make means someone may be using your account. **Secure it first, then deal with the money**:\n\n' +
          '1. **Change** the wallet login and payment passwords **now**, to ones you use nowhere else.\n' +
          "2. **Freeze the account or the card**: in the wallet app's security centre, or by calling the official hotline or the number on the back of the card.\n" +
          '3. Turn on **two-factor authentication**, and remove any device you do not recognise from the logged-in devices.\n' +
          '4. Never give anyone an SMS code, CVV or password: real support staff never ask.\n' +
          '5. Do all this off public Wi-Fi.\n\n' +
          'Tap "Done" when you have.',
        '有不是您本人的交易，表示帳戶可能被盜用。**請先保護帳戶，再處理退款**：\n\n' +
          '1. **立即變更**錢包的登入密碼和支付密碼，新密碼不要和其他帳戶相同。\n' +
          '2. **凍結帳戶或銀行卡**：在錢包 App 的安全中心凍結，或撥打官方客服電話、銀行卡背面的電話掛失。\n' +
          '3. 開啟**雙重驗證**，在「登入裝置」裡移除不認識的裝置。\n' +
          '4. 任何人向您索取驗證碼、CVV 或密碼都不要給，真正的客服不會問。\n' +
          '5. 處理這些時不要連公共 Wi-Fi。\n\n' +
          '完成後請點「已完成」。',
      ),
      next: 'reportingTheft',
    }),
    reportingTheft: say(
      md(
        '接下来要**报告给钱包客服**：我会把时间和金额整理成工单，客服会核实并冻结相关交易、协助追回资金。请保存好交易记录的截图作为证据。如果扣款来自银行卡，也请**联系银行**说明情况，询问能否协助追回。',
        "Next, **report it to the wallet's support**: I will put the time and amount into a ticket, so they can check and freeze the transactions and help recover the money. Keep screenshots of the records as evidence. If a bank card was charged, also **call your bank** and ask whether they can help get it back.",
        '接下來要**回報給錢包客服**：我會把時間和金額整理成客服單，客服會核實並凍結相關交易、協助追回資金。請保存好交易紀錄的截圖作為證據。如果扣款來自銀行卡，也請**聯絡銀行**說明情況，詢問能否協助追回。',
      ),
      TO_TICKET,
      { advice: { kind: 'hotline' } },
    ),
    waitingForRefund: fix('wait-for-refund', {
      title: t(
        '查看了退款进度和原支付账户',
        'Checked the refund status and the original payment account',
        '查看了退款進度和原付款帳戶',
      ),
      text: md(
        '退款会**原路退回**到当初付款的账户：\n\n' +
          '1. 在订单详情里查看退款进度和退款去向。\n' +
          '2. 退回钱包余额一般几分钟内到账，退回银行卡要几个工作日（下面是预计到账的日期）。\n' +
          '3. 退到银行卡的，要看**银行卡账单**，钱包余额里不会显示。\n' +
          '4. 超过商家承诺的时间还没到账，先联系商家确认退款是否已发起。',
        'A refund goes **back the way you paid**:\n\n' +
          '1. In the order details, check the refund status and where it is going.\n' +
          '2. Back to a wallet balance usually takes minutes, back to a bank card a few working days (when to expect it is below).\n' +
          '3. If it goes to a bank card, look at **the card statement**: it will not show in the wallet balance.\n' +
          '4. If it is later than the merchant promised, ask the merchant whether the refund was actually started.',
        '退款會**原路退回**到當初付款的帳戶：\n\n' +
          '1. 在訂單詳情裡查看退款進度和退款去向。\n' +
          '2. 退回錢包餘額一般幾分鐘內入帳，退回銀行卡要幾個工作天（下面是預計入帳的日期）。\n' +
          '3. 退到銀行卡的，要看**銀行卡帳單**，錢包餘額裡不會顯示。\n' +
          '4. 超過商家承諾的時間還沒入帳，先聯絡商家確認退款是否已經發起。',
      ),
      // docs/domain.md §5.3 and §6: refund arrival by destination.
      advice: { kind: 'money-back', case: 'refund' },
      next: 'askingOtherCause',
    }),
    explainingPendingPayment: explain(
      md(
        '这条提示说明那笔付款**还在等待确认**（例如等您输入支付密码），还没有成功，也还没有失败。半分钟左右会有结果：请在商家那里查看订单状态，**在知道结果之前不要再付一次**。如果钱被扣了而订单最后失败，钱会原路退回。',
        'That message means the payment **is still waiting for confirmation** (for example for your payment password): it has neither gone through nor failed yet. The result comes within about half a minute: check the order with the merchant, and **do not pay again until you know**. If money was taken and the order then fails, it goes back the way it came.',
        '這則訊息表示那筆付款**還在等待確認**（例如等您輸入支付密碼），還沒有成功，也還沒有失敗。半分鐘左右會有結果：請到商家那裡查看訂單狀態，**在知道結果之前不要再付一次**。如果錢被扣了而訂單最後失敗，錢會原路退回。',
      ),
    ),
    explainingFailedPayment: explain(
      md(
        '这条提示说明的是**一笔付款为什么失败**，它本身不代表钱被转走了。付款失败时被扣的钱会原路退回；如果钱确实少了，请从下面选择最接近的情况，或者直接交给客服。',
        'That message says **why a payment failed**; it does not by itself mean money left your account. Money taken for a payment that failed goes back the way it came. If money really is missing, pick what is closest below, or hand it to support.',
        '這則訊息說明的是**一筆付款為什麼失敗**，它本身不代表錢被轉走了。付款失敗時被扣的錢會原路退回；如果錢確實少了，請從下面選擇最接近的情況，或直接交給客服。',
      ),
    ),
    // docs/domain.md §7: after the provider's own channels, the regulators' consumer hotlines.
    ...endings({
      collect: ['occurredAt', 'amount', 'paymentMethod'],
      afterFiling: md(
        '如果钱包或银行没有解决，您还可以投诉到监管部门：支付宝、微信支付等支付机构找中国人民银行的 **12363** 金融消费者权益保护热线；银行（包括数字人民币钱包的运营银行）找国家金融监督管理总局的 **12378**。',
        "If the wallet or the bank does not resolve it, you can complain to the regulators: about Alipay, WeChat Pay and other payment companies to the People's Bank of China's financial consumer hotline **12363**; about a bank (including the bank that runs an e-CNY wallet) to the National Financial Regulatory Administration's **12378**.",
        '如果錢包或銀行沒有解決，您還可以向監管機關申訴：支付寶、微信支付等支付機構可撥打中國人民銀行的 **12363** 金融消費者權益保護熱線；銀行（包括數位人民幣錢包的營運銀行）可撥打國家金融監督管理總局的 **12378**。',
      ),
    }),
  },
});
