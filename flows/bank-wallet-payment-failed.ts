/**
 * A payment from a bank's digital (e-CNY, 数字人民币) wallet failed (seed 004, domain.md §1a):
 * wallet-tier and sub-wallet limits, balance (a 四类 wallet cannot top up from a bank card),
 * verification, merchant acceptance, tap-to-pay, maintenance, duplicate charges after a failure,
 * and the account itself: password and login, the pay button, missing history.
 *
 * Limits are shown as examples: they differ by bank and have changed over time, so the user is
 * always sent to the figures in their own wallet app.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  choose,
  diagnosis,
  endings,
  fix,
  noMessageShown,
  TICKET,
  type Choice,
  type Routes,
} from '../src/engine/steps.js';
import { md, t } from '../src/engine/text.js';

const none: Choice = { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET };

/** Cheapest check first; trouble with the account or the app has its own short list. */
const causes: Choice[] = [
  { id: 'network', label: t('网络不好或支付超时', 'Bad connection or a timeout', '網路不好或付款逾時'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'balance', label: t('钱包余额不足', 'Not enough in the wallet', '錢包餘額不足'), target: 'fixingWalletBalance', cause: 'insufficient-balance', unlessTried: 'top-up-wallet' },
  { id: 'limit', label: t('提示超出单笔或单日限额', 'It said a per-payment or daily limit was exceeded', '提示超出單筆或單日限額'), target: 'fixingWalletLimit', cause: 'limit-exceeded', unlessTried: 'check-wallet-limits' },
  { id: 'verification', label: t('验证码、密码、指纹或身份验证没通过', 'The code, password, fingerprint or identity check failed', '驗證碼、密碼、指紋或身分驗證沒通過'), target: 'fixingVerification', cause: 'verification-failed', unlessTried: 'redo-verification' },
  { id: 'merchant', label: t('商家不收数字人民币', 'The shop does not take e-CNY', '商家不收數位人民幣'), target: 'fixingMerchant', cause: 'merchant-unsupported', unlessTried: 'check-merchant-acceptance' },
  { id: 'tap', label: t('“碰一碰”（NFC）付款不成功', 'Tap to pay (NFC) does not work', '「碰一碰」（NFC）付款不成功'), target: 'fixingTapToPay', cause: 'device-unsupported', unlessTried: 'check-nfc' },
  { id: 'maintenance', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance', '提示系統忙碌或維護中'), target: 'fixingMaintenance', cause: 'maintenance', unlessTried: 'wait-for-maintenance' },
  { id: 'charged', label: t('支付失败但被扣款，或扣了两次', 'It failed but money was taken, or taken twice', '付款失敗但被扣款，或扣了兩次'), target: 'fixingDuplicateCharge', cause: 'duplicate-charge', unlessTried: 'check-charge' },
  { id: 'account', label: t('密码、登录、付款按钮或交易记录有问题', 'Trouble with the password, login, pay button or history', '密碼、登入、付款按鈕或交易紀錄有問題'), target: 'askingAccountProblem' },
  none,
];

const accountProblems: Choice[] = [
  { id: 'password', label: t('忘记密码或登录不上', 'I forgot the password or cannot log in', '忘記密碼或無法登入'), target: 'fixingPassword', cause: 'verification-failed', unlessTried: 'reset-password' },
  { id: 'app', label: t('付款按钮没反应或找不到付款入口', 'The pay button does nothing, or I cannot find it', '付款按鈕沒反應或找不到付款入口'), target: 'fixingApp', unlessTried: 'restart-app' },
  { id: 'history', label: t('交易记录不见了', 'My transaction history disappeared', '交易紀錄不見了'), target: 'fixingHistory', unlessTried: 'reload-history' },
  none,
];

const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingWalletBalance',
  'limit-exceeded': 'fixingWalletLimit',
  'verification-failed': 'fixingVerification',
  'account-incomplete': 'fixingVerification',
  'card-expired-or-locked': 'fixingPassword',
  'merchant-unsupported': 'fixingMerchant',
  'device-unsupported': 'fixingTapToPay',
  maintenance: 'fixingMaintenance',
  'duplicate-charge': 'fixingDuplicateCharge',
  'risk-control': 'fixingRiskControl',
};

export const bankWalletPaymentFailed = flowSetup.createMachine({
  id: 'bank-wallet-payment-failed',
  version: '2',
  context: ({ input }) => initialContext(input),
  initial: 'askingTime',
  states: {
    askingTime: ask('occurredAt', {
      answer: 'time',
      question: t(
        '很抱歉数字人民币钱包付款没有成功。是什么时候付款的？',
        'Sorry your e-CNY wallet payment did not go through. When did it happen?',
        '很抱歉數位人民幣錢包付款沒有成功。是什麼時候付款的？',
      ),
      placeholder: t('例如：昨天晚上8点', 'e.g. yesterday at 8pm', '例如：昨天晚上8點'),
      next: 'askingAmount',
    }),
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t('付款金额是多少？', 'How much was the payment?', '付款金額是多少？'),
      placeholder: t('例如：¥2,500', 'e.g. ¥2,500', '例如：¥2,500'),
      next: 'askingError',
    }),
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '钱包显示了什么错误提示或错误码？请照原样写下来或粘贴过来，客服排查时会用到。',
        'What error message or code did the wallet show? Please copy it exactly: support will need it.',
        '錢包顯示了什麼錯誤訊息或錯誤代碼？請照原樣寫下來或貼上來，客服排查時會用到。',
      ),
      placeholder: t('例如：超出单日支付限额', 'e.g. Daily payment limit exceeded', '例如：超出單日付款限額'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    askingAccountProblem: choose(
      t('是哪方面的问题？', 'What kind of trouble is it?', '是哪方面的問題？'),
      accountProblems,
    ),
    fixingNetwork: fix('check-network', {
      title: t('确认没有扣款后切换网络重新付款', 'Checked nothing was taken, switched networks and paid again', '確認沒有扣款後切換網路重新付款'),
      text: md(
        '付款需要稳定的网络：\n\n' +
          '1. **先看交易记录**，确认这笔没有扣款，避免重复付款。\n' +
          '2. 在 Wi-Fi 和 4G/5G 移动数据之间切换，移到信号好的地方。\n' +
          '3. 重新付款。大额付款不要使用公共 Wi-Fi。',
        'Payments need a steady connection:\n\n' +
          '1. **Check the transaction history first**, to be sure nothing was taken, so you do not pay twice.\n' +
          '2. Switch between Wi-Fi and 4G/5G mobile data, and move somewhere with a better signal.\n' +
          '3. Pay again. Avoid public Wi-Fi for large payments.',
        '付款需要穩定的網路：\n\n' +
          '1. **先看交易紀錄**，確認這筆沒有扣款，避免重複付款。\n' +
          '2. 在 Wi-Fi 和 4G／5G 行動數據之間切換，移到訊號好的地方。\n' +
          '3. 重新付款。大額付款不要使用公共 Wi-Fi。',
      ),
      next: 'askingOtherCause',
    }),
    fixingWalletBalance: fix('top-up-wallet', {
      title: t('查看了钱包余额并从手机银行转入', 'Checked the wallet balance and moved money in from mobile banking', '查看了錢包餘額並從網路銀行轉入'),
      text: md(
        '数字人民币钱包要先有**余额**才能付款：\n\n' +
          '1. 在数字人民币 App 首页点开钱包卡片，查看余额；付款用的是哪个子钱包，也看看它的余额。\n' +
          '2. 给钱包充钱：在您银行的手机银行里用“**从手机银行转入**”，转入数字人民币钱包。\n' +
          '3. **四类钱包**（只用手机号开通的，是默认类型）**不能用银行卡充值**，“银行卡充值”需要二类及以上钱包。绑定本人银行卡可以把钱包升级为二类。\n' +
          '4. 也可以先换一种付款方式。',
        'An e-CNY wallet needs a **balance** before it can pay:\n\n' +
          '1. In the e-CNY app, open the wallet card to see its balance; if you paid from a sub-wallet, check that one too.\n' +
          '2. Add money: in your bank\'s mobile banking app, use "**transfer in from mobile banking**" (从手机银行转入) to the e-CNY wallet.\n' +
          '3. A **type 4 wallet** (opened with only a phone number, the default) **cannot top up from a bank card**: card top-up needs a type 2 wallet or higher. Linking a bank card in your own name upgrades the wallet to type 2.\n' +
          '4. Or pay another way for now.',
        '數位人民幣錢包要先有**餘額**才能付款：\n\n' +
          '1. 在數位人民幣 App 首頁點開錢包卡片，查看餘額；付款用的是哪個子錢包，也看看它的餘額。\n' +
          '2. 為錢包加值：在您銀行的網路銀行 App 裡使用「**從手機銀行轉入**」，轉入數位人民幣錢包。\n' +
          '3. **四類錢包**（只用手機號碼開通的，是預設類型）**不能用銀行卡儲值**，「銀行卡儲值」需要二類以上錢包。綁定本人銀行卡可以把錢包升級為二類。\n' +
          '4. 也可以先換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    fixingWalletLimit: fix('check-wallet-limits', {
      title: t('查看了钱包等级和子钱包限额并调整', 'Checked the wallet tier and sub-wallet limits and adjusted them', '查看了錢包等級和子錢包限額並調整'),
      text: md(
        '数字人民币钱包按**等级**设有单笔、单日和余额上限，例如：\n\n' +
          '- **四类**（只用手机号开通，默认）：单笔 2,000 元、单日 5,000 元、余额最多 10,000 元\n' +
          '- **二类**：单笔 50,000 元、单日 100,000 元\n\n' +
          '这些只是示例，各银行和不同时期会调整，**请在钱包 App 中查看您的限额**。\n\n' +
          '1. 在钱包卡片上看您的钱包是几类、限额是多少。\n' +
          '2. 推送给商户的**子钱包**有您自己设置的单笔和单日限额，可能比钱包等级的还低：在子钱包设置里调高。\n' +
          '3. 降低金额、分开付款，或等第二天限额恢复。\n' +
          '4. 升级钱包：点钱包卡片 →“…”→ **升级钱包**。线上最高可升到二类或三类，一类需要到银行网点办理。\n' +
          '5. 证件过期或身份信息不完整时，有的银行会降低限额，在 App 或网点更新证件后恢复。',
        'An e-CNY wallet has per-payment, daily and balance limits set by its **tier**, for example:\n\n' +
          '- **Type 4** (phone number only, the default): 2,000 yuan per payment, 5,000 per day, at most 10,000 balance\n' +
          '- **Type 2**: 50,000 yuan per payment, 100,000 per day\n\n' +
          'These are examples only: banks set and change them, so **check the limits in your wallet app**.\n\n' +
          '1. On the wallet card, see which type your wallet is and its limits.\n' +
          '2. **Sub-wallets** pushed to merchants have per-payment and daily limits you set yourself, which may be lower than the tier\'s: raise them in the sub-wallet settings.\n' +
          '3. Lower or split the amount, or wait for the daily limit to reset.\n' +
          '4. Upgrade: tap the wallet card → "…" → **升级钱包 (upgrade wallet)**. Online you can reach type 2 or 3; type 1 needs a visit to a bank branch.\n' +
          '5. If your ID has expired or your identity details are incomplete, some banks lower the limits until you update the ID in the app or at a branch.',
        '數位人民幣錢包依**等級**設有單筆、單日和餘額上限，例如：\n\n' +
          '- **四類**（只用手機號碼開通，預設）：單筆 2,000 元、單日 5,000 元、餘額最多 10,000 元\n' +
          '- **二類**：單筆 50,000 元、單日 100,000 元\n\n' +
          '這些只是範例，各銀行和不同時期會調整，**請在錢包 App 中查看您的限額**。\n\n' +
          '1. 在錢包卡片上看您的錢包是幾類、限額是多少。\n' +
          '2. 推送給商家的**子錢包**有您自己設定的單筆和單日限額，可能比錢包等級的還低：在子錢包設定裡調高。\n' +
          '3. 降低金額、分開付款，或等隔天限額恢復。\n' +
          '4. 升級錢包：點錢包卡片 →「…」→ **升級錢包**。線上最高可升到二類或三類，一類需要到銀行分行辦理。\n' +
          '5. 證件過期或身分資料不完整時，有的銀行會降低限額，在 App 或分行更新證件後恢復。',
      ),
      next: 'askingOtherCause',
    }),
    fixingVerification: fix('redo-verification', {
      title: t('核对身份信息后重新完成了验证', 'Checked my identity details and redid the check', '核對身分資料後重新完成了驗證'),
      text: md(
        '付款时的**身份验证**（验证码、支付密码、指纹）没通过：\n\n' +
          '1. 重新获取短信验证码，收到后尽快输入。\n' +
          '2. 指纹识别失败就改用支付密码。\n' +
          '3. 要求填写身份信息时，逐项核对姓名和证件号码；换过证件或手机号的话，先在 App 里更新。\n\n' +
          '验证码和密码只在钱包页面自己输入，**不要透露给任何人**，银行工作人员也不会向您索要。',
        'The **identity check** for the payment (code, payment password, fingerprint) did not pass:\n\n' +
          '1. Request a new SMS code and enter it as soon as it arrives.\n' +
          '2. If the fingerprint fails, use the payment password instead.\n' +
          '3. If it asks for identity details, check your name and ID number one by one; if you changed your ID or phone number, update it in the app first.\n\n' +
          'Type codes and passwords yourself, only in the wallet, and **never reveal them to anyone**: bank staff will never ask for them.',
        '付款時的**身分驗證**（驗證碼、支付密碼、指紋）沒通過：\n\n' +
          '1. 重新取得簡訊驗證碼，收到後盡快輸入。\n' +
          '2. 指紋辨識失敗就改用支付密碼。\n' +
          '3. 要求填寫身分資料時，逐項核對姓名和證件號碼；換過證件或手機號碼的話，先在 App 裡更新。\n\n' +
          '驗證碼和密碼只在錢包頁面自己輸入，**不要透露給任何人**，銀行人員也不會向您索取。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMerchant: fix('check-merchant-acceptance', {
      title: t('确认了商家是否受理数字人民币', 'Checked whether the merchant accepts e-CNY', '確認了商家是否受理數位人民幣'),
      text: md(
        '并不是所有商家都收**数字人民币**，而且受理范围因地区、平台和商品而不同：\n\n' +
          '1. 在子钱包的商户列表或商家的付款页面里，确认有数字人民币选项。\n' +
          '2. 有的商家只在部分城市、只在线下或只在安卓手机上受理，有的只限自营商品。\n' +
          '3. 不受理的话，换一种付款方式。',
        'Not every merchant takes **e-CNY**, and acceptance differs by region, platform and goods:\n\n' +
          "1. Check the sub-wallet's merchant list, or the merchant's payment page, for an e-CNY option.\n" +
          '2. Some merchants accept it only in some cities, only in stores, or only on Android phones; some only for their own goods.\n' +
          '3. If they do not accept it, pay another way.',
        '並不是所有商家都收**數位人民幣**，而且受理範圍因地區、平台和商品而不同：\n\n' +
          '1. 在子錢包的商家清單或商家的付款頁面裡，確認有數位人民幣選項。\n' +
          '2. 有的商家只在部分城市、只在實體店或只在 Android 手機上受理，有的只限自營商品。\n' +
          '3. 不受理的話，換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    fixingTapToPay: fix('check-nfc', {
      title: t('检查了 NFC 和系统版本，或改用扫码', 'Checked NFC and the system version, or paid by QR code', '檢查了 NFC 和系統版本，或改用掃描 QR Code'),
      text: md(
        '“**碰一碰**”付款要靠手机的 NFC：\n\n' +
          '1. 确认手机有 NFC，并在设置里打开了 NFC。\n' +
          '2. 有些手机只能碰商户的标签，不能碰收款机或别人的手机（iPhone 就曾经如此）。\n' +
          '3. 手机系统太旧时验证常常失败：把系统和 App 更新到最新版本。\n' +
          '4. 还是不行就改用扫码付款。',
        '**Tap to pay** (碰一碰) relies on the phone\'s NFC:\n\n' +
          '1. Make sure your phone has NFC and that it is switched on in the settings.\n' +
          "2. Some phones can tap only a merchant's tag, not a card terminal or another phone (iPhones used to be like this).\n" +
          '3. On an old phone system the check often fails: update the system and the app.\n' +
          '4. If it still fails, pay by scanning a QR code instead.',
        '「**碰一碰**」付款要靠手機的 NFC：\n\n' +
          '1. 確認手機有 NFC，並在設定裡開啟了 NFC。\n' +
          '2. 有些手機只能碰商家的標籤，不能碰收銀機或別人的手機（iPhone 就曾經如此）。\n' +
          '3. 手機系統太舊時驗證常常失敗：把系統和 App 更新到最新版本。\n' +
          '4. 還是不行就改用掃描 QR Code 付款。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('查看了银行公告并在恢复后重试', "Checked the bank's announcements and retried once it was back", '查看了銀行公告並在恢復後重試'),
      text: md(
        '银行的系统可能在**维护、升级或出现故障**，这种情况只能等系统恢复：\n\n' +
          '1. 登录银行的官方网站或关注官方公众号，看看有没有维护或故障公告。\n' +
          '2. 等恢复后再付款，不要反复重试。\n' +
          '3. 着急的话先换一种付款方式。',
        "The bank's systems may be **under maintenance, being upgraded or having a fault**; all you can do is wait for them to return:\n\n" +
          "1. Check the bank's official website or official account for a maintenance or outage notice.\n" +
          '2. Pay again once it is back, rather than retrying again and again.\n' +
          '3. If it cannot wait, use another payment method for now.',
        '銀行的系統可能在**維護、升級或發生故障**，這種情況只能等系統恢復：\n\n' +
          '1. 到銀行的官方網站或官方帳號看看有沒有維護或故障公告。\n' +
          '2. 等恢復後再付款，不要一直重試。\n' +
          '3. 急著付款的話先換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    fixingDuplicateCharge: fix('check-charge', {
      title: t('查看了交易记录和订单状态', 'Checked the transaction history and the order status', '查看了交易紀錄和訂單狀態'),
      text: md(
        '支付失败后，请先确认有没有**重复扣款**：\n\n' +
          '1. 在钱包的交易记录里找这个时间的付款，看是一笔还是两笔，状态是“处理中”还是“成功”。\n' +
          '2. 问商家订单是否其实已经付款成功，**确认前不要再付一次**。\n' +
          '3. 处理中的交易一般会自动退回；如果有两笔成功的扣款，记下时间、金额和错误提示，及时反馈给银行。',
        'After a failed payment, first check whether you were **charged twice**:\n\n' +
          '1. In the wallet\'s transaction history, find payments at that time: is there one or two, and are they "processing" or "successful"?\n' +
          '2. Ask the merchant whether the order was actually paid, and **do not pay again until you know**.\n' +
          '3. A processing payment is usually returned by itself; if there are two successful charges, note the time, amount and error message and report them to the bank promptly.',
        '付款失敗後，請先確認有沒有**重複扣款**：\n\n' +
          '1. 在錢包的交易紀錄裡找這個時間的付款，看是一筆還是兩筆，狀態是「處理中」還是「成功」。\n' +
          '2. 問商家訂單是否其實已經付款成功，**確認前不要再付一次**。\n' +
          '3. 處理中的交易一般會自動退回；如果有兩筆成功的扣款，記下時間、金額和錯誤訊息，盡快回報給銀行。',
      ),
      next: TICKET,
    }),
    fixingRiskControl: fix('contact-official-channel', {
      title: t('通过官方渠道确认了钱包的安全状态', "Checked the wallet's status through the official channel", '透過官方管道確認了錢包的安全狀態'),
      text: md(
        '这笔付款被**安全检查拦截**了，这是为了保护您的资金：\n\n' +
          '1. 不要反复重试，以免钱包被进一步限制。\n' +
          '2. 确认手机安全，不在公共 Wi-Fi 下付款。\n' +
          '3. 通过银行 App 内的官方客服或银行官方电话咨询。',
        'This payment was **stopped by a security check**, which protects your money:\n\n' +
          '1. Do not retry again and again; it can restrict the wallet further.\n' +
          '2. Make sure your phone is safe and avoid public Wi-Fi for payments.\n' +
          "3. Contact the bank's official support in its app, or its official phone number.",
        '這筆付款被**安全檢查攔截**了，這是為了保護您的資金：\n\n' +
          '1. 不要一直重試，以免錢包被進一步限制。\n' +
          '2. 確認手機安全，不在公共 Wi-Fi 下付款。\n' +
          '3. 透過銀行 App 內的官方客服或銀行官方電話詢問。',
      ),
      next: TICKET,
    }),
    fixingPassword: fix('reset-password', {
      title: t('通过“忘记密码”重设了密码', 'Reset the password with "Forgot password"', '透過「忘記密碼」重設了密碼'),
      text: md(
        '**密码输错或忘记**会导致登录不了、付不了款：\n\n' +
          '1. 在登录页或“安全设置”里点“忘记密码”，按提示验证身份后重新设置。\n' +
          '2. 输错次数太多时会被暂时锁定：不要继续猜，按提示等待或解锁。\n' +
          '3. 新密码不要用生日、姓名，也不要和其他账户相同；有登录保护或双重验证的话把它打开。\n\n' +
          '密码不要告诉任何人，银行工作人员也不会问您要密码。',
        '**A wrong or forgotten password** stops you logging in and paying:\n\n' +
          '1. Tap "Forgot password" on the login page or in the security settings, verify your identity and set a new one.\n' +
          '2. After too many wrong tries it locks for a while: stop guessing, and wait or unlock it as the app says.\n' +
          '3. Do not use your birthday or name, nor a password from another account; if the app offers login protection or two-factor authentication, turn it on.\n\n' +
          'Tell your password to no one: bank staff will never ask for it.',
        '**密碼輸錯或忘記**會導致無法登入、無法付款：\n\n' +
          '1. 在登入頁或「安全設定」裡點「忘記密碼」，依提示驗證身分後重新設定。\n' +
          '2. 輸錯太多次會被暫時鎖定：不要繼續猜，依提示等待或解鎖。\n' +
          '3. 新密碼不要用生日、姓名，也不要和其他帳戶相同；有登入保護或雙重驗證的話把它開啟。\n\n' +
          '密碼不要告訴任何人，銀行人員也不會向您索取密碼。',
      ),
      next: 'askingOtherCause',
    }),
    fixingApp: fix('restart-app', {
      title: t('重启了应用和手机并检查了网络', 'Restarted the app and the phone and checked the connection', '重新啟動了 App 和手機並檢查了網路'),
      text: md(
        '付款按钮没反应、找不到付款入口，多半是**应用异常**：\n\n' +
          '1. 完全关闭钱包 App 再打开；不行就重启手机。\n' +
          '2. 看看网络是否正常。\n' +
          '3. 把 App 更新到最新版本，新版本会修复已知问题。',
        'When the pay button does nothing or the payment option is missing, **the app has usually hit a glitch**:\n\n' +
          '1. Close the wallet app completely and open it again; if that does not help, restart the phone.\n' +
          '2. Check that the connection works.\n' +
          '3. Update the app to the latest version: updates fix known problems.',
        '付款按鈕沒反應、找不到付款入口，多半是 **App 異常**：\n\n' +
          '1. 完全關閉錢包 App 再開啟；不行就重新啟動手機。\n' +
          '2. 看看網路是否正常。\n' +
          '3. 把 App 更新到最新版本，新版本會修正已知問題。',
      ),
      next: 'askingOtherCause',
    }),
    fixingHistory: fix('reload-history', {
      title: t('刷新并重启应用后查看了交易记录', 'Refreshed and restarted the app to see the history', '重新整理並重新啟動 App 後查看了交易紀錄'),
      text: md(
        '**交易记录不显示**通常和应用更新或系统有关：\n\n' +
          '1. 在交易记录页下拉刷新，检查筛选的时间范围和所选的子钱包。\n' +
          '2. 重启 App，并更新到最新版本。\n' +
          '3. 还是看不到的话，在手机银行里查看同一时间的记录，或联系银行的技术支持。',
        '**Missing transaction history** is usually down to an app update or the system:\n\n' +
          '1. Pull down to refresh the history page, and check the date filter and which sub-wallet is selected.\n' +
          '2. Restart the app and update it to the latest version.\n' +
          "3. If it is still missing, look at the same dates in your mobile banking app, or contact the bank's technical support.",
        '**交易紀錄不顯示**通常和 App 更新或系統有關：\n\n' +
          '1. 在交易紀錄頁下拉重新整理，檢查篩選的時間範圍和所選的子錢包。\n' +
          '2. 重新啟動 App，並更新到最新版本。\n' +
          '3. 還是看不到的話，在網路銀行 App 裡查看同一時間的紀錄，或聯絡銀行的技術支援。',
      ),
      next: 'askingOtherCause',
    }),
    ...endings(),
  },
});
