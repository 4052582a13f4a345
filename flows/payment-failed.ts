/**
 * A payment that failed (seeds 000 and 004): network, balance, security verification, merchant
 * support, maintenance, payment limits, the app itself, a declined card, and money taken although
 * the payment failed. Facts and their sources: docs/domain.md; the flow × cause table:
 * docs/flow-causes.md.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  askAmountFor,
  checkMoneyBack,
  diagnosis,
  endings,
  explain,
  fix,
  noMessageShown,
  TO_TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

/** Cheapest check first: the order the user sees them in. */
const otherCauses: Choice[] = [
  {
    id: 'network',
    label: t('网络不好或付款超时', 'Bad connection or a timeout', '網路不好或付款逾時'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'balance',
    label: t('余额不足', 'Not enough balance', '餘額不足'),
    target: 'fixingBalance',
    cause: 'insufficient-balance',
    unlessTried: 'check-balance',
  },
  {
    id: 'verification',
    label: t(
      '验证码、密码或指纹验证没通过',
      'The code, password or fingerprint check failed',
      '驗證碼、密碼或指紋驗證沒通過',
    ),
    target: 'fixingVerification',
    cause: 'verification-failed',
    unlessTried: 'redo-verification',
  },
  {
    id: 'pending',
    label: t(
      '一直显示“支付中”或等待输入密码',
      'It keeps saying "processing" or waits for my password',
      '一直顯示「付款中」或等待輸入密碼',
    ),
    target: 'fixingPendingPayment',
    cause: 'payment-pending',
    unlessTried: 'wait-for-pending',
  },
  {
    id: 'limit',
    label: t('显示超出限额', 'It said a limit was exceeded', '顯示超出限額'),
    target: 'askingAmountForLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-limits',
  },
  {
    id: 'card',
    label: t(
      '银行卡被拒、过期或信息有误',
      'The card was declined, has expired or its details are wrong',
      '銀行卡被拒、過期或資料有誤',
    ),
    target: 'fixingBankDecline',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank',
  },
  {
    id: 'merchant',
    label: t('商家不支持这个钱包', 'The shop does not take this wallet', '商家不支援這個錢包'),
    target: 'fixingMerchant',
    cause: 'merchant-unsupported',
    unlessTried: 'choose-supported-method',
  },
  {
    id: 'app',
    label: t('付款按钮没反应或 App 异常', 'The pay button or the app does not respond', '付款按鈕沒反應或 App 異常'),
    target: 'fixingApp',
    unlessTried: 'restart-app',
  },
  {
    id: 'maintenance',
    label: t('显示系统繁忙或维护中', 'It said the system is busy or under maintenance', '顯示系統忙碌或維護中'),
    target: 'fixingMaintenance',
    cause: 'maintenance',
    unlessTried: 'wait-for-maintenance',
  },
  {
    id: 'charged',
    label: t('显示失败但钱被扣了', 'It failed but the money was taken', '顯示失敗但錢被扣了'),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBalance',
  'verification-failed': 'fixingVerification',
  'payment-pending': 'fixingPendingPayment',
  // The advice compares the amount with the caps: asked first if the host did not give it.
  'limit-exceeded': 'askingAmountForLimit',
  'merchant-unsupported': 'fixingMerchant',
  maintenance: 'fixingMaintenance',
  'card-info-invalid': 'fixingCardDetails',
  'bank-restricted': 'fixingBankDecline',
  'card-expired-or-locked': 'fixingCardStatus',
  'account-incomplete': 'fixingAccountVerification',
  'device-unsupported': 'fixingApp',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken and how it was paid.
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const paymentFailed = flowSetup.createMachine({
  id: 'payment-failed',
  version: '5',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '很抱歉付款没有成功。付款页面显示了什么错误提示？可以直接粘贴过来。',
        'Sorry your payment did not go through. What did the error message say? You can paste it as it was shown.',
        '很抱歉付款沒有成功。付款頁面顯示了什麼錯誤訊息？可以直接貼上來。',
      ),
      placeholder: t('例如：余额不足 (51)', 'e.g. Insufficient funds (51)', '例如：餘額不足 (51)'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    fixingNetwork: fix('check-network', {
      title: t('检查并切换了网络后重试', 'Checked and switched the network, then retried', '檢查並切換了網路後重試'),
      text: md(
        '付款需要稳定的网络，地下车库、电梯或偏远地区信号弱时很容易失败：\n\n' +
          '1. **先查订单**：在钱包的账单里确认这笔钱没有扣款，避免重复付款。\n' +
          '2. 在 Wi-Fi 和移动数据之间切换一次，移到信号好的地方。\n' +
          '3. 重新发起一次付款。\n\n' +
          '大额付款尽量不要使用公共 Wi-Fi。',
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
      title: t(
        '确认了余额并充值或更换付款方式',
        'Checked the balance and topped up or paid another way',
        '確認了餘額並儲值或更換付款方式',
      ),
      text: md(
        '先确认**余额够不够**这笔付款：\n\n' +
          '1. 在钱包首页查看可用余额（冻结中的金额不能使用）。\n' +
          '2. 充值后再付款，或者在付款页面选择“更换付款方式”，用绑定的银行卡付款。\n' +
          '3. 用银行卡付款时，也请确认卡内余额足够。',
        'Check that **the balance covers the payment**:\n\n' +
          '1. Check the available balance on the wallet home screen (frozen amounts cannot be used).\n' +
          '2. Top up and pay again, or choose "change payment method" and pay with a linked bank card.\n' +
          '3. If you pay by card, make sure the card has enough funds too.',
        '先確認**餘額夠不夠**這筆付款：\n\n' +
          '1. 在錢包首頁查看可用餘額（凍結中的金額不能使用）。\n' +
          '2. 儲值後再付款，或在付款頁面選擇「更換付款方式」，改用綁定的銀行卡付款。\n' +
          '3. 用銀行卡付款時，也請確認卡內餘額足夠。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md S18: a bank card's SMS code goes to the phone the bank has on file; a
    // balance payment's code to the phone registered with the wallet.
    fixingVerification: fix('redo-verification', {
      title: t('重新完成了安全验证', 'Redid the security check', '重新完成了安全驗證'),
      text: md(
        '付款需要通过**安全验证**（短信验证码、支付密码、指纹或人脸）：\n\n' +
          '1. 重新获取短信验证码：用余额付款时，它发到钱包绑定的手机号；用银行卡付款时，发到银行预留的手机号。验证码几分钟后就会失效。\n' +
          '2. 指纹或人脸识别失败时，改用支付密码。\n' +
          '3. 仍然失败就重启 App 或重新登录后再试。\n\n' +
          '验证码和密码只在付款页面输入，**不要告诉任何人**，包括客服。',
        'The payment needs a **security check** (SMS code, payment password, fingerprint or face):\n\n' +
          '1. Request a new SMS code: for a payment from the wallet balance it goes to the phone number registered with the wallet; for a bank card payment, to the number the bank has on file. Codes expire after a few minutes.\n' +
          '2. If fingerprint or face recognition fails, use the payment password instead.\n' +
          '3. If it still fails, restart the app or log in again and retry.\n\n' +
          'Type codes and passwords only on the payment screen and **never share them**, not even with support.',
        '付款需要通過**安全驗證**（簡訊驗證碼、支付密碼、指紋或臉部辨識）：\n\n' +
          '1. 重新取得簡訊驗證碼：用餘額付款時，它會傳到錢包綁定的手機號碼；用銀行卡付款時，會傳到銀行留存的手機號碼。驗證碼幾分鐘後就會失效。\n' +
          '2. 指紋或臉部辨識失敗時，改用支付密碼。\n' +
          '3. 仍然失敗就重新啟動 App 或重新登入後再試。\n\n' +
          '驗證碼和密碼只在付款頁面輸入，**不要告訴任何人**，包括客服。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md S15: USERPAYING means the payment waits for the person's password; the
    // merchant queries it for about 30 s. Paying again meanwhile can pay twice.
    fixingPendingPayment: fix('wait-for-pending', {
      title: t('等待付款结果并查看了订单', 'Waited for the result and checked the order', '等待付款結果並查看了訂單'),
      text: md(
        '这笔付款**还没有失败**，它在等您确认：\n\n' +
          '1. 如果钱包 App 弹出了输入支付密码的页面，请在那里完成；没有弹出就打开钱包看看有没有待确认的付款。\n' +
          '2. 等半分钟左右，再在商家那里查看订单状态。\n' +
          '3. **在知道结果之前不要再付一次**，否则可能付两次。',
        'This payment **has not failed yet**: it is waiting for you to confirm it:\n\n' +
          '1. If the wallet app shows a screen asking for your payment password, finish it there; if not, open the wallet and look for a payment waiting for you.\n' +
          "2. Wait about half a minute, then check the order's status with the merchant.\n" +
          '3. **Do not pay again until you know the result**, or you may pay twice.',
        '這筆付款**還沒有失敗**，它在等您確認：\n\n' +
          '1. 如果錢包 App 跳出輸入支付密碼的畫面，請在那裡完成；沒有跳出就打開錢包看看有沒有待確認的付款。\n' +
          '2. 等半分鐘左右，再到商家那裡查看訂單狀態。\n' +
          '3. **在知道結果之前不要再付一次**，否則可能付兩次。',
      ),
      next: 'askingOtherCause',
    }),
    ...askAmountFor('askingAmountForLimit', 'fixingLimit'),
    // Caps: docs/domain.md "Limits" (PBOC 2015 rules for balance payments); the advice line after
    // the text compares the person's amount with them.
    fixingLimit: fix('check-limits', {
      title: t(
        '查看了付款限额并调整了金额或限额',
        'Checked the payment limits and adjusted the amount or limit',
        '查看了付款限額並調整了金額或限額',
      ),
      text: md(
        '这笔付款可能**超出了限额**（单笔、单日或年度）：\n\n' +
          '1. 在钱包或银行 App 里查看当前的单笔和单日限额。\n' +
          '2. 降低金额或分开付款，或者等第二天限额恢复。\n' +
          '3. 需要更高的额度时，在银行 App 中提高限额，或完成更高级别的实名认证。\n\n' +
          '各钱包和银行的限额不同，请以您 App 中显示的为准。',
        'The payment may have **gone over a limit** (per payment, per day or per year):\n\n' +
          '1. Check your current per-payment and daily limits in the wallet or bank app.\n' +
          '2. Lower or split the amount, or wait for the daily limit to reset.\n' +
          '3. For higher limits, raise them in the bank app or complete a higher level of identity verification.\n\n' +
          'Limits differ between wallets and banks: the ones in your app are the ones that apply.',
        '這筆付款可能**超出了限額**（單筆、單日或年度）：\n\n' +
          '1. 在錢包或行動銀行 App 裡查看目前的單筆和單日限額。\n' +
          '2. 降低金額或分開付款，或等隔天限額恢復。\n' +
          '3. 需要更高的額度時，在行動銀行 App 中提高限額，或完成更高等級的實名認證。\n\n' +
          '各錢包和銀行的限額不同，請以您 App 中顯示的為準。',
      ),
      advice: { kind: 'limit', scheme: 'wallet-balance' },
      next: 'askingOtherCause',
    }),
    fixingMerchant: fix('choose-supported-method', {
      title: t(
        '确认了商家支持的付款方式并更换',
        "Checked the merchant's accepted methods and switched",
        '確認了商家支援的付款方式並更換',
      ),
      text: md(
        '有些商家**没有接入这个钱包**，付款请求就会失败：\n\n' +
          '1. 在付款页面查看商家列出的付款方式。\n' +
          '2. 选择其中一种重新付款（例如绑定的银行卡或其他钱包）。\n' +
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
    // docs/domain.md §2b: card-info. Card details are typed on the payment page, never in a chat.
    fixingCardDetails: fix('recheck-card-details', {
      title: t(
        '在付款页面重新核对了银行卡信息',
        'Re-entered the card details on the payment page',
        '在付款頁面重新核對了銀行卡資料',
      ),
      text: md(
        '付款时填写的**银行卡信息有误**（卡号、有效期或安全码）：\n\n' +
          '1. 在付款页面重新输入卡号，对照卡面逐位核对。\n' +
          '2. 核对有效期（月/年）和卡背面的三位安全码。\n' +
          '3. 仍然不行就换一张卡或改用余额付款。\n\n' +
          '这些信息只在付款页面填写，**不要发在聊天里**，我们也永远不需要它们。',
        '**The card details** entered for the payment are wrong (number, expiry date or security code):\n\n' +
          '1. Type the card number again on the payment page and check it digit by digit against the card.\n' +
          '2. Check the expiry date (month/year) and the three-digit security code on the back.\n' +
          '3. If it still fails, use another card or pay from the balance.\n\n' +
          'Enter these only on the payment page and **never in a chat**: we never need them.',
        '付款時填寫的**銀行卡資料有誤**（卡號、有效期限或安全碼）：\n\n' +
          '1. 在付款頁面重新輸入卡號，對照卡面逐位核對。\n' +
          '2. 核對有效期限（月／年）和卡片背面的三位安全碼。\n' +
          '3. 仍然不行就換一張卡或改用餘額付款。\n\n' +
          '這些資料只在付款頁面填寫，**不要傳在聊天裡**，我們也永遠不需要它們。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: bank-restriction (do not honor, 05, 57, 62, Stripe invalid_account).
    fixingBankDecline: fix('ask-bank', {
      title: t(
        '联系了发卡银行或换了付款方式',
        'Called the card issuer or paid another way',
        '聯絡了發卡銀行或改用其他付款方式',
      ),
      text: md(
        '这笔付款被**发卡银行拒绝**了，银行只会把原因告诉持卡人本人：\n\n' +
          '1. 拨打银行卡背面的客服电话，说明是哪笔付款被拒。\n' +
          '2. 请银行确认这张卡已开通网上支付（快捷支付、无卡支付），没有被限制交易。\n' +
          '3. 着急的话，先换一张卡或改用余额付款。',
        '**The bank that issued the card declined** this payment, and it gives the reason only to the cardholder:\n\n' +
          '1. Call the number on the back of the card and say which payment was declined.\n' +
          '2. Ask the bank to check that online payments (快捷支付, card-not-present) are enabled for the card and nothing restricts it.\n' +
          '3. If it cannot wait, use another card or pay from the balance for now.',
        '這筆付款被**發卡銀行拒絕**了，銀行只會把原因告訴持卡人本人：\n\n' +
          '1. 撥打銀行卡背面的客服電話，說明是哪筆付款被拒。\n' +
          '2. 請銀行確認這張卡已開通網路付款（快捷支付、無卡支付），沒有被限制交易。\n' +
          '3. 急著付款的話，先換一張卡或改用餘額付款。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: card-expired-locked. Lost and stolen cards get the same words: the
    // reason stays between the bank and the cardholder (Stripe, Adyen: show a generic decline).
    fixingCardStatus: fix('check-card-status', {
      title: t(
        '确认了银行卡是否过期或被锁定',
        'Checked whether the card has expired or is locked',
        '確認了銀行卡是否過期或被鎖定',
      ),
      text: md(
        '银行显示这张卡**已过期或被锁定**，暂时不能付款：\n\n' +
          '1. 看一下卡面上的有效期；收到新卡的话，在钱包里换绑新卡。\n' +
          '2. 密码输错次数太多会被锁定，拨打卡背面的客服电话解锁。\n' +
          '3. 其他情况也请打这个电话问银行；着急的话先换一张卡付款。',
        'The bank says this card **has expired or is locked**, so it cannot pay for now:\n\n' +
          '1. Look at the expiry date on the card; if you have received a new card, link the new one in the wallet.\n' +
          '2. Too many wrong PINs or passwords lock a card: call the number on the back of the card to unlock it.\n' +
          '3. For anything else, ask the bank on the same number; if it cannot wait, pay with another card.',
        '銀行顯示這張卡**已過期或被鎖定**，暫時不能付款：\n\n' +
          '1. 看一下卡面上的有效期限；收到新卡的話，在錢包裡改綁新卡。\n' +
          '2. 密碼輸錯太多次會被鎖定，請撥打卡片背面的客服電話解鎖。\n' +
          '3. 其他情況也請打這支電話問銀行；急著付款的話先換一張卡。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b: account-kyc (未实名, 证件过期, 未通过人行认证).
    fixingAccountVerification: fix('complete-verification', {
      title: t(
        '完成了实名认证或更新了证件',
        'Completed identity verification or updated the ID',
        '完成了實名認證或更新了證件',
      ),
      text: md(
        '钱包账户的**实名认证还没完成**，或者证件已过期，付款会被限制：\n\n' +
          '1. 在钱包 App 的“我的”或“账户设置”里找到实名认证，按提示完成。\n' +
          '2. 身份证过期了就上传新证件；更新后限额一般会恢复。\n' +
          '3. 完成后再付款一次。',
        'The wallet account **has not finished identity verification**, or the ID on file has expired, so payments are restricted:\n\n' +
          '1. In the wallet app, find identity (real-name) verification under "Me" or "Account settings" and complete it.\n' +
          '2. If your ID card has expired, upload the new one; limits usually come back once it is updated.\n' +
          '3. Then try the payment again.',
        '錢包帳戶的**實名認證還沒完成**，或證件已過期，付款會被限制：\n\n' +
          '1. 在錢包 App 的「我的」或「帳戶設定」裡找到實名認證，依照提示完成。\n' +
          '2. 身分證過期了就上傳新證件；更新後限額一般會恢復。\n' +
          '3. 完成後再付款一次。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c: ACQ.ERROR_BALANCE_PAYMENT_DISABLE and ACQ.MOBILE_PAYMENT_SWITCH_OFF are
    // switches the person controls (S36).
    fixingApp: fix('restart-app', {
      title: t(
        '重启了 App 和手机并更新到最新版本',
        'Restarted the app and phone and updated the app',
        '重新啟動了 App 和手機並更新到最新版本',
      ),
      text: md(
        '付款按钮没反应、找不到付款入口，或显示设备不支持，多半是 **App 或手机设置**的问题：\n\n' +
          '1. 完全关闭钱包 App 再打开；不行就重启手机。\n' +
          '2. 在应用商店把钱包更新到最新版本，新版本通常修复了已知问题和安全漏洞；手机系统太旧也请更新。\n' +
          '3. 在钱包的支付设置里确认手机支付和余额支付都是开启的（支付宝提示“余额支付功能关闭”时，打开它或改用银行卡），然后重新付款。',
        'When the pay button does nothing, the payment option is missing or the phone is said to be unsupported, **the app or a phone setting** is usually at fault:\n\n' +
          '1. Close the wallet app completely and open it again; if that does not help, restart the phone.\n' +
          "2. Update the wallet to the latest version in the app store (updates fix known bugs and security holes), and update the phone's system if it is old.\n" +
          "3. Check in the wallet's payment settings that mobile payments and balance payments are switched on (when Alipay says balance payment is switched off, turn it on or pay by card), then pay again.",
        '付款按鈕沒反應、找不到付款入口，或顯示裝置不支援，多半是 **App 或手機設定**的問題：\n\n' +
          '1. 完全關閉錢包 App 再開啟；不行就重新啟動手機。\n' +
          '2. 在 App Store 或 Google Play 把錢包更新到最新版本，新版本通常修正了已知問題和安全漏洞；手機系統太舊也請更新。\n' +
          '3. 在錢包的付款設定裡確認手機付款和餘額付款都是開啟的（支付寶顯示「餘額付款功能關閉」時，請開啟它或改用銀行卡），然後重新付款。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('等待系统维护结束后重试', 'Waited for maintenance to end and retried', '等待系統維護結束後重試'),
      text: md(
        '钱包或银行可能正在**系统维护**，服务会暂时中断：\n\n' +
          '1. 查看钱包 App 的公告或官方网站、官方账号的维护通知。\n' +
          '2. 等维护结束后再付款，不要反复重试。\n' +
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
    // docs/domain.md §2a: Stripe and Adyen say never to tell the shopper a fraud or risk reason,
    // so this names no reason and sends the person to the official channels.
    fixingRiskControl: fix('contact-official-channel', {
      title: t(
        '通过官方渠道确认了账户状态',
        'Checked the account status through the official channel',
        '透過官方管道確認了帳戶狀態',
      ),
      text: md(
        '银行或钱包**拒绝了这笔付款**，原因只会通过官方渠道告诉您本人：\n\n' +
          '1. 不要反复重试，以免账户被进一步限制。\n' +
          '2. 确认设备安全：系统和钱包是最新版本，没有装来路不明的 App，不在公共 Wi-Fi 下付款。\n' +
          '3. 通过钱包 App 内的官方客服或银行卡背面的电话咨询。',
        '**The bank or the wallet declined this payment**, and they tell the reason only to you, through their official channels:\n\n' +
          '1. Do not retry again and again; it can restrict the account further.\n' +
          '2. Make sure your device is safe: system and wallet up to date, no apps from unknown sources, no public Wi-Fi for payments.\n' +
          "3. Contact the wallet's official support in its app, or the number on the back of your card.",
        '銀行或錢包**拒絕了這筆付款**，原因只會透過官方管道告訴您本人：\n\n' +
          '1. 不要一直重試，以免帳戶被進一步限制。\n' +
          '2. 確認裝置安全：系統和錢包是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下付款。\n' +
          '3. 透過錢包 App 內的官方客服或銀行卡背面的電話詢問。',
      ),
      next: TO_TICKET,
    }),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingDuplicateCharge'),
    // docs/domain.md "Money back": a failed payment that was debited is reversed or refunded the
    // way it came; ISO 94 says only that the payment was seen twice, so nothing here says money
    // was taken. The advice line after the text gives the person's own date.
    fixingDuplicateCharge: fix('check-charge', {
      title: t('查看了账单与订单状态', 'Checked the statement and the order status', '查看了帳單與訂單狀態'),
      text: md(
        '付款显示失败、重复，或者钱被扣了，先弄清楚是哪一种：\n\n' +
          '1. 在商家那里查看订单状态：订单可能其实已经付款成功了，**在弄清楚之前不要再付一次**。\n' +
          '2. 在钱包账单里看有没有这笔扣款，有几笔。\n' +
          '3. 付款失败但被扣的钱，会由付款系统原路退回，不需要您申请；同一笔被扣了两次的话，请联系商家或钱包退回多扣的那笔。',
        'When a payment shows as failed or repeated, or money was taken, first find out which it is:\n\n' +
          '1. Check the order with the merchant: it may actually have been paid. **Do not pay again until you know.**\n' +
          '2. Look in the wallet statement for this payment, and how many times it appears.\n' +
          '3. Money taken for a payment that failed is returned the way it came by the payment system, without you asking; if one payment was taken twice, ask the merchant or the wallet to return the extra one.',
        '付款顯示失敗、重複，或錢被扣了，先弄清楚是哪一種：\n\n' +
          '1. 到商家那裡查看訂單狀態：訂單可能其實已經付款成功了，**在弄清楚之前不要再付一次**。\n' +
          '2. 在錢包帳單裡看有沒有這筆扣款，有幾筆。\n' +
          '3. 付款失敗但被扣的錢，會由付款系統原路退回，不需要您申請；同一筆被扣了兩次的話，請聯絡商家或錢包退回多扣的那筆。',
      ),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    explainingRegistration: explain(
      md(
        '这条提示说的是**已经注册或已经绑定过**，通常出现在开通钱包或绑卡时，而不是付款时。如果您是在付款时看到它，请把情况交给客服确认；如果其实是在绑卡或开通，可以从“重新开始”选择对应的问题。',
        'That message says something is **already registered or already linked**. It usually comes up when opening a wallet or linking a card, not when paying. If you saw it while paying, let support look at it; if you were really linking a card or opening a wallet, choose that problem after "Start over".',
        '這則訊息說的是**已經註冊或已經綁定過**，通常出現在開通錢包或綁卡時，而不是付款時。如果您是在付款時看到它，請把情況交給客服確認；如果其實是在綁卡或開通，可以從「重新開始」選擇對應的問題。',
      ),
    ),
    ...endings({ collect: ['occurredAt', 'amount', 'paymentMethod'] }),
  },
});
