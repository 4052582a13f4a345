/**
 * A payment from a bank's digital (e-CNY, 数字人民币) wallet failed (seed 004, docs/domain.md §1a):
 * balance (a 四类 wallet cannot top up from a bank card), wallet-tier and sub-wallet limits,
 * verification, the wallet's identity details, the linked bank card, a declining operator bank,
 * merchant acceptance, tap-to-pay, maintenance, a payment still waiting, money taken after a
 * failure, and the account itself: password and login, the pay button, missing history. Facts and
 * their sources: docs/domain.md; the flow × cause table: docs/flow-causes.md.
 *
 * Limits are shown as examples: they differ by bank and have changed over time, so the user is
 * always sent to the figures in their own wallet app.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
  askAmountFor,
  checkMoneyBack,
  choose,
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

const none: Choice = {
  id: 'none',
  label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'),
  target: TO_TICKET,
};

/** Cheapest check first; trouble with the account or the app has its own short list. */
const otherCauses: Choice[] = [
  {
    id: 'network',
    label: t('网络不好或支付超时', 'Bad connection or a timeout', '網路不好或付款逾時'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'balance',
    label: t('钱包余额不足', 'Not enough in the wallet', '錢包餘額不足'),
    target: 'fixingWalletBalance',
    cause: 'insufficient-balance',
    unlessTried: 'top-up-wallet',
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
    label: t('显示超出单笔或单日限额', 'It said a per-payment or daily limit was exceeded', '顯示超出單筆或單日限額'),
    target: 'askingAmountForLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-wallet-limits',
  },
  {
    id: 'identity',
    label: t(
      '显示证件过期或身份信息不完整',
      'It said my ID has expired or my details are incomplete',
      '顯示證件過期或身分資料不完整',
    ),
    target: 'fixingIdentity',
    cause: 'account-incomplete',
    unlessTried: 'update-identity',
  },
  {
    id: 'card',
    label: t(
      '绑定的银行卡过期、被锁定或被拒',
      'The linked bank card has expired, is locked or was declined',
      '綁定的銀行卡過期、被鎖定或被拒絕',
    ),
    target: 'fixingLinkedCard',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-linked-card',
  },
  {
    id: 'merchant',
    label: t('商家不收数字人民币', 'The shop does not take e-CNY', '商家不收數位人民幣'),
    target: 'fixingMerchant',
    cause: 'merchant-unsupported',
    unlessTried: 'check-merchant-acceptance',
  },
  {
    id: 'tap',
    label: t('“碰一碰”（NFC）付款不成功', 'Tap to pay (NFC) does not work', '「碰一碰」（NFC）付款不成功'),
    target: 'fixingTapToPay',
    cause: 'device-unsupported',
    unlessTried: 'check-nfc',
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
    label: t(
      '支付失败但被扣款，或扣了两次',
      'It failed but money was taken, or taken twice',
      '付款失敗但被扣款，或扣了兩次',
    ),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-charge',
  },
  {
    id: 'account',
    label: t(
      '密码、登录、付款按钮或交易记录有问题',
      'Trouble with the password, login, pay button or history',
      '密碼、登入、付款按鈕或交易紀錄有問題',
    ),
    target: 'askingAccountProblem',
  },
  none,
];

const accountProblems: Choice[] = [
  {
    id: 'password',
    label: t('忘记密码或登录不上', 'I forgot the password or cannot log in', '忘記密碼或無法登入'),
    target: 'fixingPassword',
    cause: 'verification-failed',
    unlessTried: 'reset-password',
  },
  {
    id: 'app',
    label: t(
      '付款按钮没反应或找不到付款入口',
      'The pay button does nothing, or I cannot find it',
      '付款按鈕沒反應或找不到付款入口',
    ),
    target: 'fixingApp',
    unlessTried: 'restart-app',
  },
  {
    id: 'history',
    label: t('交易记录不见了', 'My transaction history disappeared', '交易紀錄不見了'),
    target: 'fixingHistory',
    unlessTried: 'reload-history',
  },
  none,
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingWalletBalance',
  'verification-failed': 'fixingVerification',
  'payment-pending': 'fixingPendingPayment',
  // The advice compares the amount with the wallet tiers' caps: asked first if the host did not give it.
  'limit-exceeded': 'askingAmountForLimit',
  'account-incomplete': 'fixingIdentity',
  // The card linked to the wallet, not the wallet's password (the bug).
  'card-expired-or-locked': 'fixingLinkedCard',
  'card-info-invalid': 'fixingLinkedCard',
  'bank-restricted': 'fixingBankDecline',
  'merchant-unsupported': 'fixingMerchant',
  'device-unsupported': 'fixingTapToPay',
  maintenance: 'fixingMaintenance',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken (the wallet is the payment method).
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const bankWalletPaymentFailed = flowSetup.createMachine({
  id: 'bank-wallet-payment-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  // The person paid from an e-CNY wallet: money-back advice uses its rule (docs/domain.md §6).
  entry: { type: 'assumePaymentMethod', params: { method: 'e-cny' } },
  initial: 'askingError',
  states: {
    // Seed 004: note the exact error message or code, support will use it.
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '很抱歉数字人民币钱包付款没有成功。钱包显示了什么错误提示或错误码？请照原样写下来或粘贴过来，客服排查时会用到。',
        'Sorry your e-CNY wallet payment did not go through. What error message or code did the wallet show? Please copy it exactly: support will need it.',
        '很抱歉數位人民幣錢包付款沒有成功。錢包顯示了什麼錯誤訊息或錯誤代碼？請照原樣寫下來或貼上來，客服排查時會用到。',
      ),
      placeholder: t('例如：超出单日支付限额', 'e.g. Daily payment limit exceeded', '例如：超出單日付款限額'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    askingAccountProblem: choose(
      t('是哪方面的问题？', 'What kind of trouble is it?', '是哪方面的問題？'),
      accountProblems,
    ),
    // Seed 004: switch to Wi-Fi or 4G; no public Wi-Fi for large payments. docs/domain.md §2b
    // (network): check the history before paying again, the payment may have gone through.
    fixingNetwork: fix('check-network', {
      title: t(
        '确认没有扣款后切换网络重新付款',
        'Checked nothing was taken, switched networks and paid again',
        '確認沒有扣款後切換網路重新付款',
      ),
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
    // Seed 004: top up by bank transfer or cash. docs/domain.md §1a: 从手机银行转入 (S1, S2); a 四类
    // wallet cannot top up from a card, linking an own-name card makes it 二类 (S1, S2); wallets
    // with several operator banks (S2); 随用随充 and its switch (S31); cash into e-CNY at ICBC and ABC
    // ATMs for a real-name wallet at that bank (S31). A counter cash top-up is UNVERIFIED (§8): not said.
    fixingWalletBalance: fix('top-up-wallet', {
      title: t('查看了钱包余额并转入了钱', 'Checked the wallet balance and moved money in', '查看了錢包餘額並轉入了錢'),
      text: md(
        '数字人民币钱包要先有**余额**才能付款：\n\n' +
          '1. 在数字人民币 App 首页点开钱包卡片，查看余额；在几家银行都开了钱包的话，看付款用的那一个。\n' +
          '2. 给钱包充钱：在您银行的手机银行 App 里用“**从手机银行转入**”，转入数字人民币钱包。\n' +
          '3. **四类钱包**（只用手机号开通的，是默认类型）**不能用银行卡充值**，“银行卡充值”需要二类及以上钱包。绑定本人银行卡可以把钱包升级为二类。\n' +
          '4. 绑定了银行卡的钱包可以打开“**随用随充**”（钱包管理 → 银行卡管理 → 银行卡扣款）：余额不够时，差额从卡里自动扣。\n' +
          '5. 也可以存现金：有些银行的 ATM（例如工商银行、农业银行）可以把现金存入您在这家银行实名开立的数字人民币钱包，具体请问您的银行。\n' +
          '6. 着急的话，先换一种付款方式。',
        'An e-CNY wallet needs a **balance** before it can pay:\n\n' +
          '1. In the e-CNY app, open the wallet card to see its balance; if you have wallets with several banks, check the one you paid with.\n' +
          '2. Add money: in your bank\'s mobile banking app, use "**transfer in from mobile banking**" (从手机银行转入) to move money into the e-CNY wallet.\n' +
          '3. A **tier 4 wallet** (opened with only a phone number, the default) **cannot top up from a bank card**: card top-ups need tier 2 or higher. Linking a bank card in your own name upgrades the wallet to tier 2.\n' +
          '4. With a linked card you can switch on **top up as you pay** (随用随充: 钱包管理 → 银行卡管理 → 银行卡扣款): when the balance is short, the rest is taken from the card.\n' +
          "5. Cash works too: some banks' ATMs (such as ICBC and ABC) can deposit cash into an e-CNY wallet you hold with that bank in your real name; ask your bank.\n" +
          '6. If it cannot wait, pay another way for now.',
        '數位人民幣錢包要先有**餘額**才能付款：\n\n' +
          '1. 在數位人民幣 App 首頁點開錢包卡片，查看餘額；在幾家銀行都開了錢包的話，看付款用的那一個。\n' +
          '2. 為錢包儲值：在您銀行的行動銀行 App 裡使用「**從手機銀行轉入**」，轉入數位人民幣錢包。\n' +
          '3. **四類錢包**（只用手機號碼開通的，是預設類型）**不能用銀行卡儲值**，用銀行卡儲值需要二類以上的錢包。綁定本人的銀行卡可以把錢包升級為二類。\n' +
          '4. 綁定了銀行卡的錢包可以開啟自動儲值「**隨用隨充**」（錢包管理 → 銀行卡管理 → 銀行卡扣款）：餘額不夠時，差額會自動從卡裡扣。\n' +
          '5. 也可以存現金：有些銀行的 ATM（例如工商銀行、農業銀行）可以把現金存入您在該銀行以實名開立的數位人民幣錢包，詳情請洽您的銀行。\n' +
          '6. 急著付款的話，先換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    ...askAmountFor('askingAmountForLimit', 'fixingWalletLimit'),
    // docs/domain.md §1a: 四类 2,000 per payment, 5,000 per day, 10,000 balance (S3, S4, S5); 二类
    // 50,000 and 100,000 (S5, S6), the same figures as src/engine/advice/limits.ts, whose advice line
    // after the text compares the person's amount with them. Sub-wallet limits set by the user and the
    // upgrade path (S2); PSBC lowers limits for an expired ID (S8).
    fixingWalletLimit: fix('check-wallet-limits', {
      title: t(
        '查看了钱包等级和子钱包限额并调整',
        'Checked the wallet tier and sub-wallet limits and adjusted them',
        '查看了錢包等級和子錢包限額並調整',
      ),
      text: md(
        '数字人民币钱包按**等级**设有单笔、单日和余额上限，例如：\n\n' +
          '- **四类**（只用手机号开通，默认）：单笔 2,000 元、单日 5,000 元、余额最多 10,000 元\n' +
          '- **二类**：单笔 50,000 元、单日 100,000 元\n\n' +
          '这些只是示例，各银行和不同时期会调整，**请在钱包 App 中查看您的限额**。\n\n' +
          '1. 在钱包卡片上看您的钱包是几类、限额是多少。\n' +
          '2. 推送给商家的**子钱包**有您自己设置的单笔和单日限额，可能比钱包等级的还低：在子钱包设置里调高。\n' +
          '3. 降低金额、分开付款，或等第二天限额恢复。\n' +
          '4. 升级钱包：点钱包卡片 →“…”→ **升级钱包**。线上最高可升到二类或三类，一类需要到银行网点办理。\n' +
          '5. 证件过期或身份信息不完整时，有的银行会降低限额，在 App 或网点更新证件后恢复。',
        'An e-CNY wallet has per-payment, daily and balance limits set by its **tier**, for example:\n\n' +
          '- **Tier 4** (phone number only, the default): 2,000 yuan per payment, 5,000 per day, at most 10,000 balance\n' +
          '- **Tier 2**: 50,000 yuan per payment, 100,000 per day\n\n' +
          'These are examples only: banks set and change them, so **check the limits in your wallet app**.\n\n' +
          '1. On the wallet card, see which tier your wallet is and its limits.\n' +
          "2. **Sub-wallets** pushed to merchants have per-payment and daily limits you set yourself, which may be lower than the tier's: raise them in the sub-wallet settings.\n" +
          '3. Lower or split the amount, or wait for the daily limit to reset.\n' +
          '4. Upgrade: tap the wallet card → "…" → **升级钱包 (upgrade wallet)**. Online you can reach tier 2 or 3; tier 1 needs a visit to a bank branch.\n' +
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
      advice: { kind: 'limit', scheme: 'e-cny' },
      next: 'askingOtherCause',
    }),
    // Seed 004: redo the check, check the details one by one, update changed details. docs/domain.md
    // §2c (S18, S31, S40): sources disagree on which phone gets a code, so both are named.
    fixingVerification: fix('redo-verification', {
      title: t(
        '核对身份信息后重新完成了验证',
        'Checked my identity details and redid the check',
        '核對身分資料後重新完成了驗證',
      ),
      text: md(
        '付款时的**安全验证**（短信验证码、支付密码、指纹）没通过：\n\n' +
          '1. 重新获取短信验证码，收到后尽快输入。验证码会发到钱包绑定的手机号；涉及银行卡时，发到银行预留的手机号，两个号码都看一下。\n' +
          '2. 指纹识别失败就改用支付密码。\n' +
          '3. 要求填写身份信息时，逐项核对姓名和证件号码；换过证件或手机号的话，先在 App 里更新。\n\n' +
          '验证码和密码只在钱包页面自己输入，**不要透露给任何人**，银行工作人员也不会向您索要。',
        'The **security check** for the payment (SMS code, payment password, fingerprint) did not pass:\n\n' +
          '1. Request a new SMS code and enter it as soon as it arrives. It goes to the phone number linked to your wallet or, for a bank card, to the number the bank has on file: check both.\n' +
          '2. If the fingerprint fails, use the payment password instead.\n' +
          '3. If it asks for identity details, check your name and ID number one by one; if you changed your ID or phone number, update it in the app first.\n\n' +
          'Type codes and passwords yourself, only in the wallet, and **never reveal them to anyone**: bank staff will never ask for them.',
        '付款時的**安全驗證**（簡訊驗證碼、支付密碼、指紋）沒通過：\n\n' +
          '1. 重新取得簡訊驗證碼，收到後盡快輸入。驗證碼會傳到錢包綁定的手機號碼；涉及銀行卡時，會傳到銀行留存的手機號碼，兩個號碼都看一下。\n' +
          '2. 指紋辨識失敗就改用支付密碼。\n' +
          '3. 要求填寫身分資料時，逐項核對姓名和證件號碼；換過證件或手機號碼的話，先在 App 裡更新。\n\n' +
          '驗證碼和密碼只在錢包頁面自己輸入，**不要透露給任何人**，銀行人員也不會向您索取。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c, S26: USERPAYING means the payment waits for the person's password; the
    // merchant queries it for about 30 s. Paying again meanwhile can pay twice.
    fixingPendingPayment: fix('wait-for-pending', {
      title: t('等待付款结果并查看了订单', 'Waited for the result and checked the order', '等待付款結果並查看了訂單'),
      text: md(
        '这笔付款**还没有失败**，它在等您确认：\n\n' +
          '1. 如果数字人民币 App 或银行 App 弹出了输入支付密码的页面，请在那里完成；没有弹出就打开钱包看看有没有待确认的付款。\n' +
          '2. 等半分钟左右，再在钱包的交易记录和商家那里查看订单状态。\n' +
          '3. **在知道结果之前不要再付一次**，否则可能付两次。',
        'This payment **has not failed yet**: it is waiting for you to confirm it:\n\n' +
          '1. If the e-CNY app or your bank app shows a screen asking for your payment password, finish it there; if not, open the wallet and look for a payment waiting for you.\n' +
          "2. Wait about half a minute, then check the order's status in the wallet's history and with the merchant.\n" +
          '3. **Do not pay again until you know the result**, or you may pay twice.',
        '這筆付款**還沒有失敗**，它在等您確認：\n\n' +
          '1. 如果數位人民幣 App 或行動銀行 App 跳出輸入支付密碼的畫面，請在那裡完成；沒有跳出就打開錢包看看有沒有待確認的付款。\n' +
          '2. 等半分鐘左右，再到錢包的交易紀錄和商家那裡查看訂單狀態。\n' +
          '3. **在知道結果之前不要再付一次**，否則可能付兩次。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (account-kyc: 证件过期, 身份信息不完整): PSBC lowers limits and restricts
    // services for an expired ID or incomplete data until it is updated in the app, mobile banking
    // or a branch (S8); the upgrade path (S2).
    fixingIdentity: fix('update-identity', {
      title: t('更新了证件和身份信息', 'Updated my ID and identity details', '更新了證件和身分資料'),
      text: md(
        '钱包的**身份信息不完整，或者证件已过期**，付款会受到限制：\n\n' +
          '1. 在数字人民币 App 或开立钱包的银行的手机银行 App 里更新证件信息；也可以带身份证到银行网点办理。\n' +
          '2. 有的银行（例如中国邮政储蓄银行）在证件过期或信息不完整时会降低钱包限额，更新证件后恢复。\n' +
          '3. 需要更高额度的话，升级钱包：点钱包卡片 →“…”→ 升级钱包。\n' +
          '4. 更新完成后再付款一次。',
        "The wallet's **identity details are incomplete, or your ID has expired**, so payments are restricted:\n\n" +
          '1. Update your ID in the e-CNY app or in the mobile banking app of the bank that runs the wallet, or take your ID card to one of its branches.\n' +
          "2. Some banks (the Postal Savings Bank of China, PSBC, for one) lower a wallet's limits while the ID has expired or the details are incomplete, and restore them once it is updated.\n" +
          '3. For higher limits, upgrade the wallet: tap the wallet card → "…" → 升级钱包 (upgrade wallet).\n' +
          '4. Then try the payment again.',
        '錢包的**身分資料不完整，或證件已過期**，付款會受到限制：\n\n' +
          '1. 在數位人民幣 App 或開立錢包的銀行的行動銀行 App 裡更新證件資料；也可以帶身分證到銀行分行辦理。\n' +
          '2. 有的銀行（例如中國郵政儲蓄銀行）在證件過期或資料不完整時會降低錢包限額，更新證件後恢復。\n' +
          '3. 需要更高額度的話，升級錢包：點錢包卡片 →「…」→ 升級錢包。\n' +
          '4. 更新完成後再付款一次。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (card-expired-locked, card-info): use the renewed card; details must match
    // the bank's records, own cards only (S18). Lost and stolen cards get the same words (S37, S38).
    // 随用随充 takes a short balance from the linked card, its switch is under 钱包管理 → 银行卡管理 (S31);
    // 从手机银行转入 (S1, S2).
    fixingLinkedCard: fix('check-linked-card', {
      title: t(
        '检查并换绑了钱包绑定的银行卡',
        'Checked and relinked the bank card linked to the wallet',
        '檢查並重新綁定了錢包綁定的銀行卡',
      ),
      text: md(
        '钱包**绑定的银行卡**现在用不了：可能已过期或被锁定，或者卡的信息和银行的记录对不上：\n\n' +
          '1. 看一下卡面上的有效期。您换了新卡（到期换卡或挂失补办）的话，在钱包管理 → 银行卡管理里删除旧卡，绑定新卡；姓名、证件号码、卡号和银行预留手机号都要和银行的记录一致。\n' +
          '2. 卡被锁定或被银行拒绝的话，拨打银行的官方客服电话（卡背面的号码）解锁或补办。\n' +
          '3. 在那之前，可以先用钱包余额付款；余额不够时，用“从手机银行转入”从另一张卡转钱进来。',
        "The **bank card linked to your wallet** cannot be used right now: it may have expired or be locked, or its details no longer match the bank's records:\n\n" +
          "1. Check the expiry date on the card. If you have a new card (a renewal, or a replacement after you reported the old one lost), remove the old card under 钱包管理 → 银行卡管理 (card management) and link the new one: the name, ID number, card number and the phone number the bank has on file must all match the bank's records.\n" +
          "2. If the card is locked or the bank declined it, call the bank's official number (on the back of the card) to unlock or replace it.\n" +
          '3. Until then, pay from the wallet balance; if it is short, move money in from another card with "transfer in from mobile banking" (从手机银行转入).',
        '錢包**綁定的銀行卡**現在無法使用：可能已過期或被鎖定，或卡片資料和銀行的紀錄對不上：\n\n' +
          '1. 看一下卡面上的有效期限。您換了新卡（到期換卡，或掛失後補發）的話，在錢包管理 → 銀行卡管理裡刪除舊卡，綁定新卡；姓名、證件號碼、卡號和銀行留存的手機號碼都要和銀行的紀錄一致。\n' +
          '2. 卡片被鎖定或被銀行拒絕的話，請撥打銀行的官方客服電話（卡片背面的號碼）解鎖或補發。\n' +
          '3. 在那之前，可以先用錢包餘額付款；餘額不夠時，用「從手機銀行轉入」從另一張卡轉錢進來。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (bank-restriction: do not honor, 05, 57, 62; contact the issuer, S11, S37);
    // never reveal a refusal reason (S38). e-CNY hotline 956196, +86 10 956196 from abroad (S32, §7).
    fixingBankDecline: fix('ask-operator-bank', {
      title: t(
        '联系了开立钱包的银行或换了付款方式',
        'Called the bank that runs the wallet or paid another way',
        '聯絡了開立錢包的銀行或改用其他付款方式',
      ),
      text: md(
        '这笔付款被**开立钱包的银行拒绝**了，银行只会把原因告诉您本人：\n\n' +
          '1. 拨打这家银行的官方客服电话（绑定的银行卡背面也有号码），说明是哪笔付款被拒。\n' +
          '2. 请银行确认钱包和绑定的银行卡没有被限制交易。\n' +
          '3. 也可以拨打数字人民币的客服电话 956196（境外请拨 +86 10 956196）。\n' +
          '4. 着急的话，先换一种付款方式。',
        'This payment was **declined by the bank that runs your wallet**, and the bank gives the reason only to you:\n\n' +
          "1. Call that bank's official customer service number (a linked card has it on the back) and say which payment was declined.\n" +
          '2. Ask the bank to check that nothing restricts the wallet or the linked card.\n' +
          '3. You can also call e-CNY customer service on 956196 (+86 10 956196 from outside mainland China).\n' +
          '4. If it cannot wait, pay another way for now.',
        '這筆付款被**開立錢包的銀行拒絕**了，銀行只會把原因告訴您本人：\n\n' +
          '1. 撥打這家銀行的官方客服電話（綁定的銀行卡背面也有號碼），說明是哪筆付款被拒。\n' +
          '2. 請銀行確認錢包和綁定的銀行卡沒有被限制交易。\n' +
          '3. 也可以撥打數位人民幣的客服電話 956196（從中國大陸以外撥打請撥 +86 10 956196）。\n' +
          '4. 急著付款的話，先換一種付款方式。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1a (S2): acceptance differs by region, platform and goods.
    fixingMerchant: fix('check-merchant-acceptance', {
      title: t(
        '确认了商家是否受理数字人民币',
        'Checked whether the merchant accepts e-CNY',
        '確認了商家是否受理數位人民幣',
      ),
      text: md(
        '并不是所有商家都收**数字人民币**，而且受理范围因地区、平台和商品而不同：\n\n' +
          '1. 在子钱包的商家列表或商家的付款页面里，确认有数字人民币选项。\n' +
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
    // docs/domain.md §1a: NFC phones only; an iPhone could tap merchant tags only (S2, 2022); checks
    // often failed on old phone systems (S1).
    fixingTapToPay: fix('check-nfc', {
      title: t(
        '检查了 NFC 和系统版本，或改用扫码',
        'Checked NFC and the system version, or paid by QR code',
        '檢查了 NFC 和系統版本，或改用掃描 QR Code',
      ),
      text: md(
        '“**碰一碰**”付款要靠手机的 NFC：\n\n' +
          '1. 确认手机有 NFC，并在设置里打开了 NFC。\n' +
          '2. 有些手机只能碰商家的标签，不能碰收款机或别人的手机（iPhone 就曾经如此）。\n' +
          '3. 手机系统太旧时验证常常失败：把系统和 App 更新到最新版本。\n' +
          '4. 还是不行就改用扫码付款。',
        "**Tap to pay** (碰一碰) relies on the phone's NFC:\n\n" +
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
    // Seed 004: the bank's website or official account for maintenance notices; wait.
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t(
        '查看了银行公告并在恢复后重试',
        "Checked the bank's announcements and retried once it was back",
        '查看了銀行公告並在恢復後重試',
      ),
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
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingDuplicateCharge'),
    // Seed 004: check the history for a duplicate charge and report it to the bank. docs/domain.md
    // §5.2: a failed e-CNY payment goes back to the wallet, the part 随用随充 took from a card back to
    // that card (S31); its timing is UNVERIFIED, so the advice line's date is the product's choice
    // (§6). ISO 94 alone does not show money was taken (S39): the text asks the person to look.
    fixingDuplicateCharge: fix('check-charge', {
      title: t(
        '查看了交易记录和订单状态',
        'Checked the transaction history and the order status',
        '查看了交易紀錄和訂單狀態',
      ),
      text: md(
        '付款失败后，请先确认有没有被扣款，有没有**重复扣款**：\n\n' +
          '1. 在钱包的交易记录里找这个时间的付款，看是一笔还是两笔，状态是“处理中”还是“成功”。\n' +
          '2. 问商家订单是否其实已经付款成功，**确认前不要再付一次**。\n' +
          '3. 付款失败但被扣的钱会原路退回钱包；通过“随用随充”从银行卡扣的那部分，退回到那张卡上。如果有两笔成功的扣款，记下时间、金额和错误提示，及时反馈给银行。',
        'After a failed payment, first check whether money was taken, and whether you were **charged twice**:\n\n' +
          '1. In the wallet\'s transaction history, find payments at that time: is there one or two, and are they "processing" or "successful"?\n' +
          '2. Ask the merchant whether the order was actually paid, and **do not pay again until you know**.\n' +
          '3. Money taken for a payment that failed goes back to the wallet; any part taken from a bank card by top up as you pay (随用随充) goes back to that card. If there are two successful charges, note the time, amount and error message and report them to the bank promptly.',
        '付款失敗後，請先確認有沒有被扣款，有沒有**重複扣款**：\n\n' +
          '1. 在錢包的交易紀錄裡找這個時間的付款，看是一筆還是兩筆，狀態是「處理中」還是「成功」。\n' +
          '2. 問商家訂單是否其實已經付款成功，**確認前不要再付一次**。\n' +
          '3. 付款失敗但被扣的錢會原路退回錢包；透過自動儲值「隨用隨充」從銀行卡扣的那部分，會退回到那張卡上。如果有兩筆成功的扣款，記下時間、金額和錯誤訊息，盡快回報給銀行。',
      ),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    // docs/domain.md §2a, §2c: Stripe and Adyen say never to tell the shopper a fraud or risk reason
    // (S37, S38), so this names no reason. e-CNY hotline 956196 (S32).
    fixingRiskControl: fix('contact-official-channel', {
      title: t(
        '通过官方渠道确认了钱包的状态',
        "Checked the wallet's status through the official channel",
        '透過官方管道確認了錢包的狀態',
      ),
      text: md(
        '银行**拒绝了这笔付款**，原因只会通过官方渠道告诉您本人：\n\n' +
          '1. 不要反复重试，以免钱包被进一步限制。\n' +
          '2. 确认手机安全：系统和 App 是最新版本，没有装来路不明的 App，不在公共 Wi-Fi 下付款。\n' +
          '3. 通过数字人民币 App 内的官方客服、客服电话 956196，或开立钱包的银行的官方电话咨询。',
        '**The bank declined this payment**, and it tells the reason only to you, through its official channels:\n\n' +
          '1. Do not retry again and again; it can restrict the wallet further.\n' +
          '2. Make sure your phone is safe: system and apps up to date, no apps from unknown sources, no public Wi-Fi for payments.\n' +
          '3. Contact official support in the e-CNY app, call 956196, or call the official number of the bank that runs your wallet.',
        '銀行**拒絕了這筆付款**，原因只會透過官方管道告訴您本人：\n\n' +
          '1. 不要一直重試，以免錢包被進一步限制。\n' +
          '2. 確認手機安全：系統和 App 是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下付款。\n' +
          '3. 透過數位人民幣 App 內的官方客服、客服電話 956196，或開立錢包的銀行的官方電話詢問。',
      ),
      next: TO_TICKET,
    }),
    // Seed 004: wrong passwords, the recovery process, never tell anyone the password.
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
          '1. 在登入頁或「安全設定」裡點「忘記密碼」，依畫面指示驗證身分後重新設定。\n' +
          '2. 輸錯太多次會被暫時鎖定：不要繼續猜，依畫面指示等待或解鎖。\n' +
          '3. 新密碼不要用生日、姓名，也不要和其他帳戶相同；有登入保護或雙重驗證的話把它開啟。\n\n' +
          '密碼不要告訴任何人，銀行人員也不會向您索取密碼。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 004: the pay button does not work; restart the app or the phone, check the network.
    fixingApp: fix('restart-app', {
      title: t(
        '重启了 App 和手机并检查了网络',
        'Restarted the app and the phone and checked the connection',
        '重新啟動了 App 和手機並檢查了網路',
      ),
      text: md(
        '付款按钮没反应、找不到付款入口，多半是 **App 异常**：\n\n' +
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
    // Seed 004: history missing after an update; restart the app or contact technical support.
    fixingHistory: fix('reload-history', {
      title: t(
        '刷新并重启 App 后查看了交易记录',
        'Refreshed and restarted the app to see the history',
        '重新整理並重新啟動 App 後查看了交易紀錄',
      ),
      text: md(
        '**交易记录不显示**通常和 App 更新或系统有关：\n\n' +
          '1. 在交易记录页下拉刷新，检查筛选的时间范围和所选的子钱包。\n' +
          '2. 重启 App，并更新到最新版本。\n' +
          '3. 还是看不到的话，在手机银行 App 里查看同一时间的记录，或联系银行的技术支持。',
        '**Missing transaction history** is usually down to an app update or the system:\n\n' +
          '1. Pull down to refresh the history page, and check the date filter and which sub-wallet is selected.\n' +
          '2. Restart the app and update it to the latest version.\n' +
          "3. If it is still missing, look at the same dates in your mobile banking app, or contact the bank's technical support.",
        '**交易紀錄不顯示**通常和 App 更新或系統有關：\n\n' +
          '1. 在交易紀錄頁下拉重新整理，檢查篩選的時間範圍和所選的子錢包。\n' +
          '2. 重新啟動 App，並更新到最新版本。\n' +
          '3. 還是看不到的話，在行動銀行 App 裡查看同一時間的紀錄，或聯絡銀行的技術支援。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1a, S7: one wallet of each of 一, 二 and 三类 per person is CCB's rule; no source
    // shows it for other banks, so it is said as one bank's rule, never every bank's.
    explainingRegistration: explain(
      md(
        '这条提示说的是**已经开通或已经绑定过**，通常出现在开通钱包或绑卡时，而不是付款时。有的银行（例如中国建设银行）规定一、二、三类钱包每类只能开一个：在这家银行已经开过的话，登录原来的钱包就可以。如果您是在付款时看到它，请把情况交给客服确认；如果其实是在绑卡或开通，可以从“重新开始”选择对应的问题。',
        'That message says something is **already opened or already linked**. It usually comes up when opening a wallet or linking a card, not when paying. Some banks, such as China Construction Bank (CCB), allow only one wallet of each of tiers 1, 2 and 3 per person: if you already have one there, log in to it. If you saw the message while paying, let support look at it; if you were really linking a card or opening a wallet, choose that problem after "Start over".',
        '這則訊息說的是**已經開通或已經綁定過**，通常出現在開通錢包或綁卡時，而不是付款時。有的銀行（例如中國建設銀行）規定一、二、三類錢包每類只能開一個：在這家銀行已經開過的話，登入原來的錢包就可以。如果您是在付款時看到它，請把情況交給客服確認；如果其實是在綁卡或開通，可以從「重新開始」選擇對應的問題。',
      ),
    ),
    ...endings({ collect: ['occurredAt', 'amount'] }),
  },
});
