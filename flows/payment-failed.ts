/**
 * A payment that failed (seeds 000 and 004): network, balance, security verification, merchant
 * support, maintenance, payment limits, the app itself, a security block, and money taken
 * although the payment failed.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  diagnosis,
  endings,
  fix,
  noMessageShown,
  TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

/** Cheapest check first: the order the user sees them in. */
const otherCauses: Choice[] = [
  { id: 'network', label: t('网络不好或支付超时', 'Bad connection or a timeout', '網路不好或付款逾時'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'balance', label: t('余额不足', 'Not enough balance', '餘額不足'), target: 'fixingBalance', cause: 'insufficient-balance', unlessTried: 'check-balance' },
  { id: 'verification', label: t('验证码、密码或指纹验证没通过', 'The code, password or fingerprint check failed', '驗證碼、密碼或指紋驗證沒通過'), target: 'fixingVerification', cause: 'verification-failed', unlessTried: 'redo-verification' },
  { id: 'limit', label: t('提示超出限额', 'It said a limit was exceeded', '提示超出限額'), target: 'fixingLimit', cause: 'limit-exceeded', unlessTried: 'check-limits' },
  { id: 'merchant', label: t('商家不支持这个钱包', 'The shop does not take this wallet', '商家不支援這個錢包'), target: 'fixingMerchant', cause: 'merchant-unsupported', unlessTried: 'choose-supported-method' },
  { id: 'app', label: t('付款按钮没反应或应用异常', 'The pay button or the app does not respond', '付款按鈕沒反應或 App 異常'), target: 'fixingApp', unlessTried: 'restart-app' },
  { id: 'maintenance', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance', '提示系統忙碌或維護中'), target: 'fixingMaintenance', cause: 'maintenance', unlessTried: 'wait-for-maintenance' },
  { id: 'risk', label: t('提示交易有风险被拦截', 'It said the payment was blocked as risky', '提示交易有風險被攔截'), target: 'fixingRiskControl', cause: 'risk-control', unlessTried: 'contact-official-channel' },
  { id: 'charged', label: t('显示失败但钱被扣了', 'It failed but the money was taken', '顯示失敗但錢被扣了'), target: 'fixingDuplicateCharge', cause: 'duplicate-charge', unlessTried: 'check-charge' },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET },
];

const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBalance',
  'verification-failed': 'fixingVerification',
  'limit-exceeded': 'fixingLimit',
  'merchant-unsupported': 'fixingMerchant',
  maintenance: 'fixingMaintenance',
  'duplicate-charge': 'fixingDuplicateCharge',
  'risk-control': 'fixingRiskControl',
};

export const paymentFailed = flowSetup.createMachine({
  id: 'payment-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'askingTime',
  states: {
    askingTime: ask('occurredAt', {
      answer: 'time',
      question: t(
        '很抱歉支付没有成功。这笔支付是什么时候发生的？',
        'Sorry your payment did not go through. When did it happen?',
        '很抱歉付款沒有成功。這筆付款是什麼時候發生的？',
      ),
      placeholder: t('例如：昨天下午3点', 'e.g. yesterday at 3pm', '例如：昨天下午3點'),
      next: 'askingAmount',
    }),
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t('支付金额是多少？', 'How much was the payment?', '付款金額是多少？'),
      placeholder: t('例如：¥1,299.50', 'e.g. ¥1,299.50', '例如：¥1,299.50'),
      next: 'askingError',
    }),
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '支付页面显示了什么错误提示？可以直接粘贴过来。',
        'What did the error message say? You can paste it as it was shown.',
        '付款頁面顯示了什麼錯誤訊息？可以直接貼上來。',
      ),
      placeholder: t('例如：余额不足 (51)', 'e.g. Insufficient funds (51)', '例如：餘額不足 (51)'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    fixingNetwork: fix('check-network', {
      title: t('检查并切换了网络后重试', 'Checked and switched the network, then retried', '檢查並切換了網路後重試'),
      text: md(
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
        '付款需要穩定的網路，在地下停車場、電梯或偏遠地區訊號弱時很容易失敗：\n\n' +
          '1. **先查訂單**：在錢包的帳單裡確認這筆錢沒有被扣款，避免重複付款。\n' +
          '2. 在 Wi-Fi 和行動數據之間切換一次，移到訊號好的地方。\n' +
          '3. 重新付款一次。\n\n' +
          '大額付款盡量不要使用公共 Wi-Fi。',
      ),
      next: 'askingOtherCause',
    }),
    fixingBalance: fix('check-balance', {
      title: t('确认了余额并充值或更换付款方式', 'Checked the balance and topped up or paid another way', '確認了餘額並儲值或更換付款方式'),
      text: md(
        '看起来是**余额不足**：\n\n' +
          '1. 在钱包首页查看可用余额（冻结中的金额不能使用）。\n' +
          '2. 充值后再付款，或者在支付页面选择“更换付款方式”，用绑定的银行卡支付。\n' +
          '3. 用银行卡支付时，也请确认卡内余额足够。',
        'It looks like **there was not enough balance**:\n\n' +
          '1. Check the available balance on the wallet home screen (frozen amounts cannot be used).\n' +
          '2. Top up and pay again, or choose "change payment method" and pay with a linked bank card.\n' +
          '3. If you pay by card, make sure the card has enough funds too.',
        '看起來是**餘額不足**：\n\n' +
          '1. 在錢包首頁查看可用餘額（凍結中的金額不能使用）。\n' +
          '2. 儲值後再付款，或在付款頁面選擇「更換付款方式」，改用綁定的銀行卡付款。\n' +
          '3. 用銀行卡付款時，也請確認卡內餘額足夠。',
      ),
      next: 'askingOtherCause',
    }),
    fixingVerification: fix('redo-verification', {
      title: t('重新完成了安全验证', 'Redid the security check', '重新完成了安全驗證'),
      text: md(
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
        '付款需要通過**安全驗證**（簡訊驗證碼、支付密碼、指紋或臉部辨識）：\n\n' +
          '1. 重新取得簡訊驗證碼，它會傳送到銀行留存的手機號碼；驗證碼幾分鐘後就會失效。\n' +
          '2. 指紋或臉部辨識失敗時，改用支付密碼。\n' +
          '3. 仍然失敗就重新啟動 App 或重新登入後再試。\n\n' +
          '驗證碼和密碼只在付款頁面輸入，**不要告訴任何人**，包括客服。',
      ),
      next: 'askingOtherCause',
    }),
    fixingLimit: fix('check-limits', {
      title: t('查看了支付限额并调整了金额或限额', 'Checked the payment limits and adjusted the amount or limit', '查看了付款限額並調整了金額或限額'),
      text: md(
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
        '這筆付款可能**超出了限額**（單筆、單日或年度）：\n\n' +
          '1. 在錢包或銀行 App 裡查看目前的單筆和單日限額。\n' +
          '2. 降低金額或分開付款，或等隔天限額恢復。\n' +
          '3. 需要更高的額度時，在銀行 App 中提高限額，或完成更高等級的實名認證。\n\n' +
          '各錢包和銀行的限額不同，請以您 App 中顯示的為準。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMerchant: fix('choose-supported-method', {
      title: t('确认了商家支持的付款方式并更换', "Checked the merchant's accepted methods and switched", '確認了商家支援的付款方式並更換'),
      text: md(
        '有些商家**没有接入这个钱包**，支付请求就会失败：\n\n' +
          '1. 在支付页面查看商家列出的付款方式。\n' +
          '2. 选择其中一种重新支付（例如绑定的银行卡或其他钱包）。\n' +
          '3. 线下付款时可以问一下收银员支持哪些方式。',
        'Some merchants **do not accept this wallet**, so the payment request fails:\n\n' +
          '1. Look at the payment methods the merchant lists on the payment page.\n' +
          '2. Pay again with one of them (a linked bank card or another wallet).\n' +
          '3. In a shop, ask the cashier which methods they take.',
        '有些商家**沒有接受這個錢包**，付款請求就會失敗：\n\n' +
          '1. 在付款頁面查看商家列出的付款方式。\n' +
          '2. 選擇其中一種重新付款（例如綁定的銀行卡或其他錢包）。\n' +
          '3. 在實體店付款時，可以問一下店員接受哪些方式。',
      ),
      next: 'askingOtherCause',
    }),
    fixingApp: fix('restart-app', {
      title: t('重启了应用和手机并更新到最新版本', 'Restarted the app and phone and updated the app', '重新啟動了 App 和手機並更新到最新版本'),
      text: md(
        '付款按钮没反应或找不到付款入口，多半是**应用本身出了问题**：\n\n' +
          '1. 完全关闭钱包应用再打开；不行就重启手机。\n' +
          '2. 在应用商店把钱包更新到最新版本，新版本通常修复了已知问题和安全漏洞。\n' +
          '3. 确认网络正常后重新付款。',
        'When the pay button does nothing or the payment option is missing, **the app itself** is usually at fault:\n\n' +
          '1. Close the wallet app completely and open it again; if that does not help, restart the phone.\n' +
          '2. Update the wallet to the latest version in the app store: updates fix known bugs and security holes.\n' +
          '3. Check the connection and pay again.',
        '付款按鈕沒反應或找不到付款入口，多半是 **App 本身出了問題**：\n\n' +
          '1. 完全關閉錢包 App 再開啟；不行就重新啟動手機。\n' +
          '2. 在 App Store 或 Google Play 把錢包更新到最新版本，新版本通常修正了已知問題和安全漏洞。\n' +
          '3. 確認網路正常後重新付款。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('等待系统维护结束后重试', 'Waited for maintenance to end and retried', '等待系統維護結束後重試'),
      text: md(
        '钱包或银行可能正在**系统维护**，服务会暂时中断：\n\n' +
          '1. 查看钱包 App 的公告或官方网站、官方账号的维护通知。\n' +
          '2. 等维护结束后再支付，不要反复重试。\n' +
          '3. 着急付款的话，先换一种付款方式。',
        'The wallet or bank may be **under maintenance**, which pauses the service for a while:\n\n' +
          "1. Check the announcements in the wallet app, or the provider's website and official accounts.\n" +
          '2. Pay again once maintenance is over, rather than retrying again and again.\n' +
          '3. If it cannot wait, use another payment method for now.',
        '錢包或銀行可能正在**系統維護**，服務會暫時中斷：\n\n' +
          '1. 查看錢包 App 的公告，或官方網站、官方帳號的維護通知。\n' +
          '2. 等維護結束後再付款，不要一直重試。\n' +
          '3. 急著付款的話，先換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    fixingRiskControl: fix('contact-official-channel', {
      title: t('通过官方渠道确认了账户安全状态', 'Checked the account status through the official channel', '透過官方管道確認了帳戶安全狀態'),
      text: md(
        '这笔支付被**安全检查拦截**了，这是为了保护您的资金：\n\n' +
          '1. 不要反复重试，以免账户被进一步限制。\n' +
          '2. 确认设备安全：系统和钱包是最新版本，没有装来路不明的应用，不在公共 Wi-Fi 下支付。\n' +
          '3. 通过钱包 App 内的官方客服或银行卡背面的电话咨询。',
        'This payment was **stopped by a security check**, which protects your money:\n\n' +
          '1. Do not retry again and again; it can restrict the account further.\n' +
          '2. Make sure your device is safe: system and wallet up to date, no apps from unknown sources, no public Wi-Fi for payments.\n' +
          "3. Contact the wallet's official support in its app, or the number on the back of your card.",
        '這筆付款被**安全檢查攔截**了，這是為了保護您的資金：\n\n' +
          '1. 不要一直重試，以免帳戶被進一步限制。\n' +
          '2. 確認裝置安全：系統和錢包是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下付款。\n' +
          '3. 透過錢包 App 內的官方客服或銀行卡背面的電話詢問。',
      ),
      next: TICKET,
    }),
    fixingDuplicateCharge: fix('check-charge', {
      title: t('查看了账单与订单状态', 'Checked the statement and the order status', '查看了帳單與訂單狀態'),
      text: md(
        '支付显示失败但**钱被扣了**，通常是银行的预授权冻结，会自动退回：\n\n' +
          '1. 先在商家那里查看订单状态，确认订单是否其实已经支付成功，**不要急着重新付款**。\n' +
          '2. 在钱包账单里看这笔是“处理中/冻结”还是“已扣款”。冻结的金额一般 1–4 天内自动释放，信用卡最长可能要 30 天。\n' +
          '3. 如果出现两笔已扣款，请联系商家或钱包申请退款。',
        'The payment failed but **the money was taken**. Usually this is a hold the bank releases by itself:\n\n' +
          '1. Check the order with the merchant first: it may actually have been paid. **Do not pay again yet.**\n' +
          '2. In the wallet statement, see whether it is "pending" or "posted". Pending holds usually drop off within 1–4 days; on credit cards it can take up to 30 days.\n' +
          '3. If there are two posted charges, ask the merchant or the wallet for a refund.',
        '付款顯示失敗但**錢被扣了**，通常是銀行的預授權凍結，會自動退回：\n\n' +
          '1. 先向商家查看訂單狀態，確認訂單是否其實已經付款成功，**不要急著重新付款**。\n' +
          '2. 在錢包帳單裡看這筆是「處理中／凍結」還是「已扣款」。凍結的金額一般 1–4 天內自動釋放，信用卡最長可能要 30 天。\n' +
          '3. 如果出現兩筆已扣款，請聯絡商家或錢包申請退款。',
      ),
      next: TICKET,
    }),
    ...endings(),
  },
});
