/**
 * A payment that failed (seeds 000 and 004): network, balance, security verification, merchant
 * support, maintenance, payment limits, and money taken although the payment failed.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import { ask, choose, diagnose, fix, resolved, ticket, ticketFiled, TICKET } from '../src/engine/steps.js';
import { t } from '../src/engine/text.js';

const otherCauses = [
  { id: 'network', label: t('网络不好或支付超时', 'Bad connection or a timeout'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'balance', label: t('余额不足', 'Not enough balance'), target: 'fixingBalance', cause: 'insufficient-balance', unlessTried: 'check-balance' },
  { id: 'verification', label: t('验证码、密码或指纹验证没通过', 'The code, password or fingerprint check failed'), target: 'fixingVerification', cause: 'verification-failed', unlessTried: 'redo-verification' },
  { id: 'limit', label: t('提示超出限额', 'It said a limit was exceeded'), target: 'fixingLimit', cause: 'limit-exceeded', unlessTried: 'check-limits' },
  { id: 'merchant', label: t('商家不支持这个钱包', 'The shop does not take this wallet'), target: 'fixingMerchant', cause: 'merchant-unsupported', unlessTried: 'choose-supported-method' },
  { id: 'maintenance', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance'), target: 'fixingMaintenance', cause: 'maintenance', unlessTried: 'wait-for-maintenance' },
  { id: 'charged', label: t('显示失败但钱被扣了', 'It failed but the money was taken'), target: 'fixingDuplicateCharge', cause: 'duplicate-charge', unlessTried: 'check-charge' },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support'), target: TICKET },
] as const;

export const paymentFailed = flowSetup.createMachine({
  id: 'payment-failed',
  version: '1',
  context: ({ input }) => initialContext(input),
  initial: 'askingTime',
  states: {
    askingTime: ask('occurredAt', {
      answer: 'time',
      question: t('很抱歉支付没有成功。这笔支付是什么时候发生的？', 'Sorry your payment did not go through. When did it happen?'),
      label: t('支付时间', 'When it happened'),
      placeholder: t('例如：昨天下午3点', 'e.g. yesterday at 3pm'),
      next: 'askingAmount',
    }),
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t('支付金额是多少？', 'How much was the payment?'),
      label: t('支付金额', 'Amount'),
      placeholder: t('例如：¥1,299.50', 'e.g. ¥1,299.50'),
      next: 'askingError',
    }),
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '支付页面显示了什么错误提示？可以直接粘贴过来。',
        'What did the error message say? You can paste it as it was shown.',
      ),
      label: t('错误提示', 'Error message'),
      placeholder: t('例如：余额不足 (51)', 'e.g. Insufficient funds (51)'),
      next: 'diagnosing',
      shortcuts: [{ id: 'no-message', label: t('没有提示', 'No message was shown'), target: 'askingSymptom' }],
    }),
    diagnosing: diagnose(
      {
        network: 'fixingNetwork',
        'insufficient-balance': 'fixingBalance',
        'verification-failed': 'fixingVerification',
        'limit-exceeded': 'fixingLimit',
        'merchant-unsupported': 'fixingMerchant',
        maintenance: 'fixingMaintenance',
        'duplicate-charge': 'fixingDuplicateCharge',
        'risk-control': 'fixingRiskControl',
      },
      'askingSymptom',
    ),
    askingSymptom: choose(t('哪种情况最接近您遇到的？', 'Which of these is closest to what happened?'), [...otherCauses]),
    askingOtherCause: choose(
      t('我们再看看其他可能的原因。哪种情况比较像？', "Let's look at other possible causes. Does one of these fit?"),
      [...otherCauses],
    ),
    fixingNetwork: fix('check-network', {
      title: t('检查并切换了网络后重试', 'Checked and switched the network, then retried'),
      text: t(
        '支付需要稳定的网络，地下车库、电梯或偏远地区信号弱时很容易失败：\n\n' +
          '1. **先查订单**：在钱包的账单里确认这笔钱没有扣款，避免重复支付。\n' +
          '2. 在 Wi-Fi 和移动数据之间切换一次，移到信号好的地方。\n' +
          '3. 重新发起一次支付。\n\n' +
          '大额支付尽量不要使用公共 Wi-Fi。',
        'Payments need a steady connection; they often fail in car parks, lifts or places with a weak signal:\n\n' +
          '1. **Check your orders first**: make sure the wallet did not take the money, so you do not pay twice.\n' +
          '2. Switch between Wi-Fi and mobile data once, and move somewhere with a better signal.\n' +
          '3. Try the payment again.\n\n' +
          'Avoid public Wi-Fi for large payments.',
      ),
      next: 'askingOtherCause',
    }),
    fixingBalance: fix('check-balance', {
      title: t('确认了余额并充值或更换付款方式', 'Checked the balance and topped up or paid another way'),
      text: t(
        '看起来是**余额不足**：\n\n' +
          '1. 在钱包首页查看可用余额（冻结中的金额不能使用）。\n' +
          '2. 充值后再付款，或者在支付页面选择“更换付款方式”，用绑定的银行卡支付。\n' +
          '3. 用银行卡支付时，也请确认卡内余额足够。',
        'It looks like **there was not enough balance**:\n\n' +
          '1. Check the available balance on the wallet home screen (frozen amounts cannot be used).\n' +
          '2. Top up and pay again, or choose "change payment method" and pay with a linked bank card.\n' +
          '3. If you pay by card, make sure the card has enough funds too.',
      ),
      next: 'askingOtherCause',
    }),
    fixingVerification: fix('redo-verification', {
      title: t('重新完成了安全验证', 'Redid the security check'),
      text: t(
        '支付需要通过**安全验证**（短信验证码、支付密码、指纹或人脸）：\n\n' +
          '1. 重新获取短信验证码，它会发到银行预留的手机号；验证码几分钟后失效。\n' +
          '2. 指纹或人脸识别失败时，改用支付密码。\n' +
          '3. 仍然失败就重启应用或重新登录后再试。\n\n' +
          '验证码和密码只在支付页面输入，**不要告诉任何人**，包括客服。',
        'The payment needs a **security check** (SMS code, payment password, fingerprint or face):\n\n' +
          '1. Request a new SMS code; it goes to the phone number the bank has on file and expires after a few minutes.\n' +
          '2. If fingerprint or face recognition fails, use the payment password instead.\n' +
          '3. If it still fails, restart the app or log in again and retry.\n\n' +
          'Type codes and passwords only on the payment screen and **never share them**, not even with support.',
      ),
      next: 'askingOtherCause',
    }),
    fixingLimit: fix('check-limits', {
      title: t('查看了支付限额并调整了金额或限额', 'Checked the payment limits and adjusted the amount or limit'),
      text: t(
        '这笔支付可能**超出了限额**（单笔、单日或年度）：\n\n' +
          '1. 在钱包或银行 App 里查看当前的单笔和单日限额。\n' +
          '2. 降低金额或分开支付，或者等第二天限额恢复。\n' +
          '3. 需要更高的额度时，在银行 App 中提高限额，或完成更高级别的实名认证。\n\n' +
          '各钱包和银行的限额不同，请以您 App 中显示的为准。',
        'The payment may have **gone over a limit** (per payment, per day or per year):\n\n' +
          '1. Check your current per-payment and daily limits in the wallet or bank app.\n' +
          '2. Lower or split the amount, or wait for the daily limit to reset.\n' +
          '3. For higher limits, raise them in the bank app or complete a higher level of identity verification.\n\n' +
          'Limits differ between wallets and banks: the ones in your app are the ones that apply.',
      ),
      next: 'askingOtherCause',
    }),
    fixingMerchant: fix('choose-supported-method', {
      title: t('确认了商家支持的付款方式并更换', "Checked the merchant's accepted methods and switched"),
      text: t(
        '有些商家**没有接入这个钱包**，支付请求就会失败：\n\n' +
          '1. 在支付页面查看商家列出的付款方式。\n' +
          '2. 选择其中一种重新支付（例如绑定的银行卡或其他钱包）。\n' +
          '3. 线下付款时可以问一下收银员支持哪些方式。',
        'Some merchants **do not accept this wallet**, so the payment request fails:\n\n' +
          '1. Look at the payment methods the merchant lists on the payment page.\n' +
          '2. Pay again with one of them (a linked bank card or another wallet).\n' +
          '3. In a shop, ask the cashier which methods they take.',
      ),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('等待系统维护结束后重试', 'Waited for maintenance to end and retried'),
      text: t(
        '钱包或银行可能正在**系统维护**，服务会暂时中断：\n\n' +
          '1. 查看钱包 App 的公告或官方网站、官方账号的维护通知。\n' +
          '2. 等维护结束后再支付，不要反复重试。\n' +
          '3. 着急付款的话，先换一种付款方式。',
        'The wallet or bank may be **under maintenance**, which pauses the service for a while:\n\n' +
          "1. Check the announcements in the wallet app, or the provider's website and official accounts.\n" +
          '2. Pay again once maintenance is over, rather than retrying again and again.\n' +
          '3. If it cannot wait, use another payment method for now.',
      ),
      next: 'askingOtherCause',
    }),
    fixingRiskControl: fix('contact-official-channel', {
      title: t('通过官方渠道确认了账户安全状态', 'Checked the account status through the official channel'),
      text: t(
        '这笔支付被**安全检查拦截**了，这是为了保护您的资金：\n\n' +
          '1. 不要反复重试，以免账户被进一步限制。\n' +
          '2. 确认设备安全，不在公共 Wi-Fi 下支付。\n' +
          '3. 通过钱包 App 内的官方客服或银行卡背面的电话咨询。',
        'This payment was **stopped by a security check**, which protects your money:\n\n' +
          '1. Do not retry again and again; it can restrict the account further.\n' +
          '2. Make sure your device is safe and avoid public Wi-Fi for payments.\n' +
          "3. Contact the wallet's official support in its app, or the number on the back of your card.",
      ),
      next: TICKET,
    }),
    fixingDuplicateCharge: fix('check-charge', {
      title: t('查看了账单与订单状态', 'Checked the statement and the order status'),
      text: t(
        '支付显示失败但**钱被扣了**，通常是银行的预授权冻结，会自动退回：\n\n' +
          '1. 先在商家那里查看订单状态，确认订单是否其实已经支付成功，**不要急着重新付款**。\n' +
          '2. 在钱包账单里看这笔是“处理中/冻结”还是“已扣款”。冻结的金额一般 1–4 天内自动释放，信用卡最长可能要 30 天。\n' +
          '3. 如果出现两笔已扣款，请联系商家或钱包申请退款。',
        'The payment failed but **the money was taken**. Usually this is a hold the bank releases by itself:\n\n' +
          '1. Check the order with the merchant first: it may actually have been paid. **Do not pay again yet.**\n' +
          '2. In the wallet statement, see whether it is "pending" or "posted". Pending holds usually drop off within 1–4 days; on credit cards it can take up to 30 days.\n' +
          '3. If there are two posted charges, ask the merchant or the wallet for a refund.',
      ),
      next: TICKET,
    }),
    [TICKET]: ticket(),
    resolved: resolved(),
    ticketFiled: ticketFiled(),
  },
});
