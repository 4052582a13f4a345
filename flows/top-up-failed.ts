/**
 * Topping up the wallet from a bank card failed (seed 003): not enough money on the card, the
 * card expired, damaged or locked, a card linked wrongly, bank restrictions on wallet top-ups,
 * limits, system faults, the network, an identity check, the app, a top-up still processing, and
 * money that left the card without reaching the wallet. Facts and their sources: docs/domain.md;
 * the flow × cause table: docs/flow-causes.md.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
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

/** Cheapest check first: the connection and the card's balance before calling the bank. */
const otherCauses: Choice[] = [
  {
    id: 'network',
    label: t('网络不好或一直加载', 'Bad connection, or it kept loading', '網路不好或一直載入'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'bank-balance',
    label: t('银行卡里钱不够', 'Not enough money on the bank card', '銀行卡裡錢不夠'),
    target: 'fixingBankBalance',
    cause: 'insufficient-balance',
    unlessTried: 'check-bank-balance',
  },
  {
    id: 'processing',
    label: t('一直显示“处理中”', 'It keeps saying "processing"', '一直顯示「處理中」'),
    target: 'fixingProcessingTopUp',
    cause: 'payment-pending',
    unlessTried: 'wait-for-top-up',
  },
  {
    id: 'limit',
    label: t('显示超出限额', 'It said a limit was exceeded', '顯示超出限額'),
    target: 'fixingTopUpLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-top-up-limits',
  },
  {
    id: 'card',
    label: t('银行卡过期、损坏或被锁定', 'The card has expired, is damaged or is locked', '銀行卡過期、損壞或被鎖定'),
    target: 'fixingCardStatus',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-card-status',
  },
  {
    id: 'binding',
    label: t('绑定的卡可能不对', 'The linked card may be wrong', '綁定的卡可能不對'),
    target: 'fixingBinding',
    cause: 'card-info-invalid',
    unlessTried: 'relink-card',
  },
  {
    id: 'identity',
    label: t('要求身份验证但没通过', 'It asked to verify my identity and that failed', '要求身分驗證但沒通過'),
    target: 'fixingIdentity',
    cause: 'verification-failed',
    unlessTried: 'redo-identity-check',
  },
  {
    id: 'bank',
    label: t('银行拒绝或限制钱包充值', 'The bank declined or restricts wallet top-ups', '銀行拒絕或限制錢包儲值'),
    target: 'fixingBankRestriction',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank-to-enable',
  },
  {
    id: 'card-not-accepted',
    label: t('钱包不支持用这张卡充值', 'The wallet does not take this card for top-ups', '錢包不支援用這張卡儲值'),
    target: 'fixingCardNotAccepted',
    cause: 'merchant-unsupported',
    unlessTried: 'use-supported-card',
  },
  {
    id: 'app',
    label: t(
      '充值按钮没反应或 App 要求更新',
      'The top-up button does nothing, or the app asks for an update',
      '儲值按鈕沒反應或 App 要求更新',
    ),
    target: 'fixingApp',
    unlessTried: 'update-app',
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
    label: t('卡里扣了钱但余额没增加', 'Money left the card but the balance did not go up', '卡裡扣了錢但餘額沒增加'),
    target: 'checkingWhenCharged',
    cause: 'duplicate-charge',
    unlessTried: 'check-top-up-record',
  },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads in this flow. */
const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBankBalance',
  // Still processing: no money-back date yet (docs/domain.md §6: the clock starts once it failed).
  'payment-pending': 'fixingProcessingTopUp',
  'limit-exceeded': 'fixingTopUpLimit',
  'card-expired-or-locked': 'fixingCardStatus',
  'card-info-invalid': 'fixingBinding',
  'verification-failed': 'fixingIdentity',
  'account-incomplete': 'fixingIdentity',
  'bank-restricted': 'fixingBankRestriction',
  'merchant-unsupported': 'fixingCardNotAccepted',
  'device-unsupported': 'fixingApp',
  maintenance: 'fixingMaintenance',
  'risk-control': 'fixingRiskControl',
  // The date the money should be back needs when it was taken and which card paid.
  'duplicate-charge': 'checkingWhenCharged',
  'already-registered': 'explainingRegistration',
};

export const topUpFailed = flowSetup.createMachine({
  id: 'top-up-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    // Seed 003: support needs the time, the amount and the error; the error comes first here, the
    // time and amount on the way to the ticket.
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '很抱歉充值没有成功。充值时显示了什么提示？可以直接粘贴过来（不要输入完整卡号）。',
        'Sorry the top-up did not go through. What did the app say? You can paste it as it was shown (leave out the full card number).',
        '很抱歉儲值沒有成功。儲值時顯示了什麼訊息？可以直接貼上來（請勿輸入完整卡號）。',
      ),
      placeholder: t('例如：银行卡余额不足', 'e.g. Bank card balance insufficient', '例如：銀行卡餘額不足'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, otherCauses),
    // Seed 003: switch networks, avoid peak hours, restart the router. docs/domain.md §2b
    // (network): check the record before trying again, the top-up may have gone through.
    fixingNetwork: fix('check-network', {
      title: t(
        '确认没有扣款后换了网络重新充值',
        'Checked nothing was taken, switched networks and retried',
        '確認沒有扣款後換了網路重新儲值',
      ),
      text: md(
        '网络不稳定时，充值请求可能没有发出去：\n\n' +
          '1. **先看充值记录和银行卡账单**，确认这笔钱没有被扣，避免重复充值。\n' +
          '2. 在 Wi-Fi 和移动数据之间切换，或者重启家里的路由器。\n' +
          '3. 避开网络高峰时段，再充值一次。',
        'On a shaky connection the top-up request may never have been sent:\n\n' +
          '1. **Check the top-up record and your card statement first**, to be sure nothing was taken, so you do not top up twice.\n' +
          '2. Switch between Wi-Fi and mobile data, or restart your router at home.\n' +
          '3. Avoid peak hours and try the top-up again.',
        '網路不穩定時，儲值請求可能沒有送出去：\n\n' +
          '1. **先看儲值紀錄和銀行卡帳單**，確認這筆錢沒有被扣，避免重複儲值。\n' +
          '2. 在 Wi-Fi 和行動數據之間切換，或重新啟動家裡的路由器。\n' +
          '3. 避開網路尖峰時段，再儲值一次。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: 余额不足; check the card and its balance.
    fixingBankBalance: fix('check-bank-balance', {
      title: t('查看了银行卡的可用余额', "Checked the card's available balance", '查看了銀行卡的可用餘額'),
      text: md(
        '充值的钱来自银行卡，**卡里的可用余额**要够：\n\n' +
          '1. 在手机银行 App 里查看这张卡的可用余额（冻结的金额不能用）。\n' +
          '2. 钱不够的话，先往卡里存钱或转账，再充值。\n' +
          '3. 或者充值小一点的金额，或换一张卡。',
        "A top-up is paid from the bank card, so **the card's available balance** must cover it:\n\n" +
          '1. Check the available balance of that card in your bank app (held amounts cannot be used).\n' +
          '2. If it is short, pay money into the card first, then top up.\n' +
          '3. Or top up a smaller amount, or use another card.',
        '儲值的錢來自銀行卡，**卡裡的可用餘額**要足夠：\n\n' +
          '1. 在行動銀行 App 裡查看這張卡的可用餘額（凍結的金額不能用）。\n' +
          '2. 餘額不夠的話，先存款或轉帳到這張卡，再儲值。\n' +
          '3. 或改儲值小一點的金額，或換一張卡。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c, S26: a pending result (USERPAYING, BANKERROR: the bank timed out) is not
    // a failure yet; check the result before trying again, or it may be taken twice.
    fixingProcessingTopUp: fix('wait-for-top-up', {
      title: t(
        '等待充值结果并查看了充值记录',
        'Waited for the result and checked the top-up record',
        '等待儲值結果並查看了儲值紀錄',
      ),
      text: md(
        '这笔充值**还没有结果**，银行或钱包还在处理：\n\n' +
          '1. 如果钱包或银行 App 弹出了输入密码或验证码的页面，请在那里完成。\n' +
          '2. 稍等一会儿，再在钱包的充值记录里查看这笔的状态。\n' +
          '3. **在知道结果之前不要再充值一次**，否则可能被扣两次。',
        'This top-up **has no result yet**: the bank or the wallet is still processing it:\n\n' +
          '1. If the wallet or bank app shows a screen asking for a password or a code, finish it there.\n' +
          "2. Wait a little, then check this top-up's status in the wallet's top-up record.\n" +
          '3. **Do not top up again until you know the result**, or you may be charged twice.',
        '這筆儲值**還沒有結果**，銀行或錢包還在處理：\n\n' +
          '1. 如果錢包或行動銀行 App 跳出輸入密碼或驗證碼的畫面，請在那裡完成。\n' +
          '2. 稍等一下，再到錢包的儲值紀錄裡查看這筆的狀態。\n' +
          '3. **在知道結果之前不要再儲值一次**，否則可能被扣兩次。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §1b (S33): money paid through a wallet with a bank card follows the bank's
    // limits, not the balance-payment caps, so no cap advice is computed here. §1a: a 四类 e-CNY
    // wallet holds at most 10,000 yuan (S1, S3, S5) and cannot top up from a bank card; 从手机银行转入
    // instead, and linking an own-name card makes it 二类 (S1, S2).
    fixingTopUpLimit: fix('check-top-up-limits', {
      title: t(
        '查看了银行卡和钱包的限额并调整了金额',
        "Checked the card's and the wallet's limits and adjusted the amount",
        '查看了銀行卡和錢包的限額並調整了金額',
      ),
      text: md(
        '这次充值可能**超出了限额**：\n\n' +
          '1. **银行卡的快捷支付限额**：用银行卡充值时，单笔和单日限额由银行设定。请在银行 App 里查看，需要时调高，或者分几次充值、第二天再充。\n' +
          '2. **钱包的余额上限**：余额加上这次充值超过上限时会被拒绝，例如数字人民币四类钱包的余额最多 10,000 元。\n' +
          '3. **数字人民币四类钱包**（只用手机号开通，是默认类型）**不能用银行卡充值**：请在银行的手机银行 App 里用“从手机银行转入”，或者绑定本人银行卡，把钱包升级为二类。\n\n' +
          '各银行和钱包的限额不同，请以 App 中显示的为准。',
        'The top-up may have **gone over a limit**:\n\n' +
          "1. **Your card's quick-payment limits**: for a top-up from a bank card, the bank sets the per-payment and daily limits. Check them in the bank's app and raise them if you need to, or split the top-up, or wait for the next day.\n" +
          "2. **The wallet's balance cap**: a top-up that would take the balance over it is refused; a tier 4 e-CNY wallet, for example, holds at most 10,000 yuan.\n" +
          '3. **A tier 4 e-CNY wallet** (opened with only a phone number, the default) **cannot top up from a bank card**: use "transfer in from mobile banking" (从手机银行转入) in your bank\'s mobile banking app, or link a bank card in your own name to upgrade the wallet to tier 2.\n\n' +
          'Limits differ between banks and wallets: the ones in your app are the ones that apply.',
        '這次儲值可能**超出了限額**：\n\n' +
          '1. **銀行卡的快捷支付限額**：用銀行卡儲值時，單筆和單日限額由銀行設定。請在行動銀行 App 裡查看，需要時調高，或分幾次儲值、隔天再儲值。\n' +
          '2. **錢包的餘額上限**：餘額加上這次儲值超過上限時會被拒絕，例如數位人民幣四類錢包的餘額最多 10,000 元。\n' +
          '3. **數位人民幣四類錢包**（只用手機號碼開通，是預設類型）**不能用銀行卡儲值**：請在銀行的行動銀行 App 裡使用「從手機銀行轉入」，或綁定本人的銀行卡，把錢包升級為二類。\n\n' +
          '各銀行和錢包的限額不同，請以 App 中顯示的為準。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: expired, damaged or locked cards; call the bank. docs/domain.md §2b
    // (card-expired-locked): lost and stolen cards get the same words, the reason stays between
    // the bank and the cardholder (S37).
    fixingCardStatus: fix('check-card-status', {
      title: t(
        '确认了银行卡状态（有效期、损坏、锁定）',
        "Checked the card's status (expiry, damage, lock)",
        '確認了銀行卡狀態（有效期限、損壞、鎖定）',
      ),
      text: md(
        '银行卡本身不能用时，充值就会失败：\n\n' +
          '1. **过期**：看卡面上的有效期；银行寄了新卡的话，在钱包里删除旧卡，绑定新卡。\n' +
          '2. **损坏**：卡片磨损或芯片损坏时到银行换卡。\n' +
          '3. **锁定**：密码输错次数太多或有异常交易时，银行会锁卡。拨打卡背面的电话，通过银行核实身份后解锁；其他情况也请打这个电话问银行。\n\n' +
          '银行卡密码和安全码不要告诉任何人，包括自称银行或钱包客服的人。',
        'If the card itself cannot be used, the top-up fails:\n\n' +
          '1. **Expired**: check the date on the card; if the bank sent a new one, remove the old card from the wallet and link the new one.\n' +
          '2. **Damaged**: if the card or its chip is worn or broken, ask the bank for a replacement.\n' +
          '3. **Locked**: banks lock a card after too many wrong PINs or unusual activity. Call the number on the back and unlock it after the bank checks it is you; for anything else, ask the bank on the same number.\n\n' +
          'Never tell anyone your card PIN or security code, including people who say they are from the bank or the wallet.',
        '銀行卡本身不能用時，儲值就會失敗：\n\n' +
          '1. **過期**：看卡面上的有效期限；銀行寄了新卡的話，在錢包裡刪除舊卡，綁定新卡。\n' +
          '2. **損壞**：卡片磨損或晶片損壞時到銀行換卡。\n' +
          '3. **鎖定**：密碼輸錯太多次或有異常交易時，銀行會鎖卡。撥打卡片背面的電話，經銀行核實身分後解鎖；其他情況也請打這支電話問銀行。\n\n' +
          '銀行卡密碼和安全碼不要告訴任何人，包括自稱銀行或錢包客服的人。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: a card linked wrongly. docs/domain.md §2b (card-info) and S18: only your own card,
    // and name, ID number, card number and the bank's phone number must match its records.
    fixingBinding: fix('relink-card', {
      title: t('检查并重新绑定了银行卡', 'Checked and relinked the bank card', '檢查並重新綁定了銀行卡'),
      text: md(
        '银行卡和钱包**绑定不正确**，或者卡的信息和银行的记录对不上时，充值会被拒绝：\n\n' +
          '1. 在钱包的银行卡列表里，按后四位确认充值用的就是您想用的那张卡。\n' +
          '2. 只能绑定本人的卡：持卡人姓名、证件号码、卡号和银行预留手机号都要和银行的记录一致。\n' +
          '3. 换过手机号、换过卡或卡片信息变了的话，删除这张卡后重新绑定。\n\n' +
          '卡号等信息只在钱包页面填写，不要发在聊天里。',
        "If the card is **not linked correctly**, or its details do not match the bank's records, the top-up is refused:\n\n" +
          "1. In the wallet's list of cards, check by the last four digits that the top-up uses the card you meant.\n" +
          "2. Only a card in your own name can be linked: the cardholder's name, ID number, card number and the phone number the bank has on file must all match the bank's records.\n" +
          '3. If your phone number, your card or its details changed, remove the card and link it again.\n\n' +
          'Enter card details only in the wallet, never in a chat.',
        '銀行卡和錢包**綁定不正確**，或卡片資料和銀行的紀錄對不上時，儲值會被拒絕：\n\n' +
          '1. 在錢包的銀行卡清單裡，依末四碼確認儲值用的就是您想用的那張卡。\n' +
          '2. 只能綁定本人的卡：持卡人姓名、證件號碼、卡號和銀行留存的手機號碼都要和銀行的紀錄一致。\n' +
          '3. 換過手機號碼、換過卡或卡片資料變了的話，刪除這張卡後重新綁定。\n\n' +
          '卡號等資料只在錢包頁面填寫，不要傳在聊天裡。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: redo the identity check with exact details. docs/domain.md §2c (S18, S40): sources
    // disagree on which phone gets a code, so both are named. §2b (account-kyc, S8, S36): complete
    // real-name verification or update an expired ID.
    fixingIdentity: fix('redo-identity-check', {
      title: t(
        '核对信息后重新完成了身份验证',
        'Checked my details and redid the identity check',
        '核對資料後重新完成了身分驗證',
      ),
      text: md(
        '有的钱包充值前要**验证身份**，没通过或实名信息不完整时就无法充值：\n\n' +
          '1. 确认输入的姓名、证件号码和手机号都准确无误。\n' +
          '2. 重新发起验证。短信验证码会发到钱包绑定的手机号，银行卡的验证码则发到银行预留的手机号，两个号码都看一下；人脸识别时找光线好的地方。\n' +
          '3. 证件过期或实名信息不完整的话，先在钱包或银行 App 里完成实名认证、更新证件。\n\n' +
          '验证码只在钱包页面自己输入，不要告诉任何人。',
        'Some wallets **verify your identity** before a top-up; if the check fails or your real-name details are incomplete, the top-up cannot go ahead:\n\n' +
          '1. Make sure the name, ID number and phone number you typed are exactly right.\n' +
          '2. Start the check again. An SMS code goes to the phone number linked to your wallet or, for a bank card, to the number the bank has on file: check both. For face recognition, find good light.\n' +
          '3. If your ID has expired or your real-name details are incomplete, complete the verification or update the ID in the wallet or bank app first.\n\n' +
          'Type codes yourself on the wallet page and tell them to no one.',
        '有的錢包儲值前要**驗證身分**，沒通過或實名資料不完整時就無法儲值：\n\n' +
          '1. 確認輸入的姓名、證件號碼和手機號碼都正確無誤。\n' +
          '2. 重新進行驗證。簡訊驗證碼會傳到錢包綁定的手機號碼，銀行卡的驗證碼則傳到銀行留存的手機號碼，兩個號碼都看一下；臉部辨識時找光線好的地方。\n' +
          '3. 證件過期或實名資料不完整的話，先在錢包或行動銀行 App 裡完成實名認證、更新證件。\n\n' +
          '驗證碼只在錢包頁面自己輸入，不要告訴任何人。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: some banks restrict wallet or electronic payments; call the bank. docs/domain.md
    // §2b (bank-restriction; Stripe: contact the card issuer, S11, S37).
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t(
        '致电银行确认了对钱包充值的限制',
        'Called the bank about limits on wallet top-ups',
        '致電銀行確認了對錢包儲值的限制',
      ),
      text: md(
        '有些银行会**限制向钱包充值或电子支付**，原因只会告诉持卡人本人：\n\n' +
          '1. 拨打银行卡背面的客服电话，问这张卡能不能给这个钱包充值。\n' +
          '2. 请银行开通快捷支付/网上支付，或解除限制。\n' +
          '3. 也可以换一张其他银行的卡充值。',
        'Some banks **restrict top-ups to wallets, or electronic payments**, and give the reason only to the cardholder:\n\n' +
          '1. Call the number on the back of the card and ask whether it can top up this wallet.\n' +
          '2. Ask the bank to enable quick / online payments, or to lift the restriction.\n' +
          "3. Or top up with another bank's card.",
        '有些銀行會**限制對錢包儲值或電子支付**，原因只會告訴持卡人本人：\n\n' +
          '1. 撥打銀行卡背面的客服電話，問這張卡能不能對這個錢包儲值。\n' +
          '2. 請銀行開通快捷支付／網路付款，或解除限制。\n' +
          '3. 也可以換一張其他銀行的卡儲值。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b (merchant: "not supported"). Which banks and card types a wallet takes for
    // top-ups is in no source (UNVERIFIED), so the text sends the person to the wallet's own list;
    // own-name cards only: S18. 从手机银行转入 for e-CNY: §1a (S1, S2).
    fixingCardNotAccepted: fix('use-supported-card', {
      title: t('换了一张钱包支持的卡充值', 'Topped up with a card the wallet accepts', '換了一張錢包支援的卡儲值'),
      text: md(
        '钱包可能**不支持用这张卡充值**（这家银行或这种卡不在可选范围内）：\n\n' +
          '1. 在充值页面看看可以选哪些银行和哪些类型的卡。\n' +
          '2. 换一张列表里有的、本人名下的银行卡（例如储蓄卡）再充值。\n' +
          '3. 数字人民币钱包也可以在银行的手机银行 App 里用“从手机银行转入”。',
        'The wallet may **not take this card for top-ups** (the bank or the kind of card is not among those it offers):\n\n' +
          '1. On the top-up page, look at which banks and kinds of card you can choose.\n' +
          '2. Top up with a card from that list in your own name (a debit card, for example).\n' +
          '3. For an e-CNY wallet you can also use "transfer in from mobile banking" (从手机银行转入) in your bank\'s mobile banking app.',
        '錢包可能**不支援用這張卡儲值**（這家銀行或這種卡不在可選範圍內）：\n\n' +
          '1. 在儲值頁面看看可以選哪些銀行和哪些類型的卡。\n' +
          '2. 換一張清單上有的、本人名下的銀行卡（例如金融卡）再儲值。\n' +
          '3. 數位人民幣錢包也可以在銀行的行動銀行 App 裡使用「從手機銀行轉入」。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: keep the app on its latest version (注意系统更新). docs/domain.md §2b
    // (device-unsupported: update the app or system; switches the user controls, S1, S2, S36).
    fixingApp: fix('update-app', {
      title: t(
        '重启并更新了 App 和手机系统',
        'Restarted and updated the app and the phone system',
        '重新啟動並更新了 App 和手機系統',
      ),
      text: md(
        '充值按钮没反应、找不到充值入口，或显示设备或版本不支持，多半是 **App 或手机设置**的问题：\n\n' +
          '1. 完全关闭钱包 App 再打开；不行就重启手机。\n' +
          '2. 在应用商店把钱包 App 更新到最新版本，手机系统太旧也请更新：新版本会修复已知问题。\n' +
          '3. 在钱包的支付设置里确认没有关闭相关的支付开关，然后重新充值。',
        'When the top-up button does nothing, the top-up option is missing or the phone or version is said to be unsupported, **the app or a phone setting** is usually at fault:\n\n' +
          '1. Close the wallet app completely and open it again; if that does not help, restart the phone.\n' +
          "2. Update the wallet app to the latest version in the app store, and the phone's system if it is old: updates fix known problems.\n" +
          "3. Check in the wallet's payment settings that no payment switch is turned off, then top up again.",
        '儲值按鈕沒反應、找不到儲值入口，或顯示裝置或版本不支援，多半是 **App 或手機設定**的問題：\n\n' +
          '1. 完全關閉錢包 App 再開啟；不行就重新啟動手機。\n' +
          '2. 在 App Store 或 Google Play 把錢包 App 更新到最新版本，手機系統太舊也請更新：新版本會修正已知問題。\n' +
          '3. 在錢包的付款設定裡確認沒有關閉相關的付款開關，然後重新儲值。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 003: maintenance, updates or a server outage; check the announcements and wait.
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t(
        '查看了公告并在系统恢复后重试',
        'Checked the announcements and retried once the system was back',
        '查看了公告並在系統恢復後重試',
      ),
      text: md(
        '钱包可能在**系统维护、更新或服务器故障**中：\n\n' +
          '1. 查看钱包官方网站、App 公告或官方社交媒体账号。\n' +
          '2. 耐心等系统恢复后再充值，不要反复重试。\n' +
          '3. 着急的话，可以在钱包 App 内联系官方客服。',
        'The wallet may be **under maintenance, updating, or having a server outage**:\n\n' +
          "1. Check the wallet's official website, in-app announcements or official social media accounts.\n" +
          '2. Wait until the system is back, then top up again, rather than retrying again and again.\n' +
          "3. If it cannot wait, contact the wallet's official support in its app.",
        '錢包可能正在**系統維護、更新或伺服器故障**中：\n\n' +
          '1. 查看錢包官方網站、App 公告或官方社群帳號。\n' +
          '2. 耐心等系統恢復後再儲值，不要一直重試。\n' +
          '3. 急著儲值的話，可以在錢包 App 內聯絡官方客服。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2a, §2c: Stripe and Adyen say never to tell the shopper a fraud or risk
    // reason (S37, S38), so this names no reason and sends the person to the official channels.
    fixingRiskControl: fix('contact-official-channel', {
      title: t(
        '通过官方渠道确认了账户状态',
        'Checked the account status through the official channel',
        '透過官方管道確認了帳戶狀態',
      ),
      text: md(
        '银行或钱包**拒绝了这次充值**，原因只会通过官方渠道告诉您本人：\n\n' +
          '1. 不要反复重试，以免账户被进一步限制。\n' +
          '2. 确认设备安全：系统和钱包是最新版本，没有装来路不明的 App，不在公共 Wi-Fi 下充值。\n' +
          '3. 通过钱包 App 内的官方客服，或银行卡背面的电话咨询。',
        '**The bank or the wallet declined this top-up**, and they tell the reason only to you, through their official channels:\n\n' +
          '1. Do not retry again and again; it can restrict the account further.\n' +
          '2. Make sure your device is safe: system and wallet up to date, no apps from unknown sources, no public Wi-Fi for top-ups.\n' +
          "3. Contact the wallet's official support in its app, or the number on the back of your card.",
        '銀行或錢包**拒絕了這次儲值**，原因只會透過官方管道告訴您本人：\n\n' +
          '1. 不要一直重試，以免帳戶被進一步限制。\n' +
          '2. 確認裝置安全：系統和錢包是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下儲值。\n' +
          '3. 透過錢包 App 內的官方客服，或銀行卡背面的電話詢問。',
      ),
      next: TO_TICKET,
    }),
    ...checkMoneyBack('checkingWhenCharged', 'failed-payment', 'fixingPendingTopUp', ['debit-card', 'credit-card']),
    // docs/domain.md §5: money taken for a failed payment is a debit returned the way it came, not a
    // hold (S24, S25, S27); a return to a card shows on the bank statement (S23, S27). The advice line
    // gives the person's own date. Seed 003's security section (docs/domain.md §8): do not follow
    // links of unknown origin; official channels only.
    fixingPendingTopUp: fix('check-top-up-record', {
      title: t(
        '核对了充值记录和银行卡账单',
        'Compared the top-up record with the card statement',
        '核對了儲值紀錄和銀行卡帳單',
      ),
      text: md(
        '卡里扣了钱但钱包余额没增加，先弄清楚这笔充值的状态：\n\n' +
          '1. 在钱包的充值记录里查看这笔的状态。还是“处理中”的话，**不要重复充值**，等它出结果。\n' +
          '2. 充值失败但卡里被扣的钱，会原路退回到这张卡上，不需要您申请；它显示在银行卡账单里，不在钱包余额里。\n' +
          '3. 显示充值成功但余额没变的话，请记下时间和金额，我帮您整理工单。\n\n' +
          '**有人打电话或发链接说能帮您处理充值失败或退款，请不要理会**：只通过官方 App 或银行卡背面的电话联系。',
        'Money left the card but the wallet balance did not go up. First find out where the top-up stands:\n\n' +
          '1. Check its status in the wallet\'s top-up record. **Do not top up again** while it says "processing": wait for the result.\n' +
          '2. Money taken for a top-up that failed goes back to the card the way it came, without you asking. It shows on the bank statement, not in the wallet balance.\n' +
          '3. If the top-up shows as successful but the balance did not change, note the time and the amount and I will put them into a ticket.\n\n' +
          '**Never follow a link or a call that offers to fix a failed top-up or refund it**: use only the official app, or the number on the back of your card.',
        '卡裡扣了錢但錢包餘額沒增加，先弄清楚這筆儲值的狀態：\n\n' +
          '1. 在錢包的儲值紀錄裡查看這筆的狀態。還是「處理中」的話，**不要重複儲值**，等它出結果。\n' +
          '2. 儲值失敗但卡裡被扣的錢，會原路退回到這張卡上，不需要您申請；它會顯示在銀行卡帳單裡，不在錢包餘額裡。\n' +
          '3. 顯示儲值成功但餘額沒變的話，請記下時間和金額，我幫您整理客服單。\n\n' +
          '**有人打電話或傳連結說能幫您處理儲值失敗或退款，請不要理會**：只透過官方 App 或銀行卡背面的電話聯絡。',
      ),
      advice: { kind: 'money-back', case: 'failed-payment' },
      next: TO_TICKET,
    }),
    // docs/domain.md §2b (already-registered): a message of registering or linking, not of a top-up.
    explainingRegistration: explain(
      md(
        '这条提示说的是**已经注册或已经绑定过**，通常出现在开通钱包或绑卡时，而不是充值时。如果您是在为充值添加银行卡时看到它，这张卡可能已经绑定在钱包里了，可以在银行卡列表里直接选用。其他情况请把情况交给客服确认，或者从“重新开始”选择对应的问题。',
        'That message says something is **already registered or already linked**. It usually comes up when opening a wallet or linking a card, not when topping up. If you saw it while adding a card for the top-up, the card may already be linked to the wallet: pick it from the list of cards. Otherwise, let support look at it, or choose the matching problem after "Start over".',
        '這則訊息說的是**已經註冊或已經綁定過**，通常出現在開通錢包或綁卡時，而不是儲值時。如果您是在為儲值新增銀行卡時看到它，這張卡可能已經綁定在錢包裡了，可以在銀行卡清單裡直接選用。其他情況請把情況交給客服確認，或從「重新開始」選擇對應的問題。',
      ),
    ),
    ...endings({ collect: ['occurredAt', 'amount'] }),
  },
});
