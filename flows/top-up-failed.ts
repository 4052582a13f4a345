/**
 * Topping up the wallet failed (seed 003): the bank card expired, damaged or locked, not enough
 * money on it, a card linked wrongly, bank restrictions on wallet top-ups, system faults, the
 * network, an identity check, and money that left the card without reaching the wallet.
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

/** Cheapest check first: the connection and the card's balance before calling the bank. */
const causes: Choice[] = [
  { id: 'network', label: t('网络不好或一直加载', 'Bad connection, or it kept loading', '網路不好或一直載入'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'bank-balance', label: t('银行卡里钱不够', 'Not enough money on the bank card', '銀行卡裡錢不夠'), target: 'fixingBankBalance', cause: 'insufficient-balance', unlessTried: 'check-bank-balance' },
  { id: 'card', label: t('银行卡过期、损坏或被锁定', 'The card has expired, is damaged or is locked', '銀行卡過期、損壞或被鎖定'), target: 'fixingCardStatus', cause: 'card-expired-or-locked', unlessTried: 'check-card-status' },
  { id: 'binding', label: t('绑定的卡可能不对', 'The linked card may be wrong', '綁定的卡可能不對'), target: 'fixingBinding', cause: 'card-info-invalid', unlessTried: 'relink-card' },
  { id: 'identity', label: t('要求身份验证但没通过', 'It asked to verify my identity and that failed', '要求身分驗證但沒通過'), target: 'fixingIdentity', cause: 'verification-failed', unlessTried: 'redo-identity-check' },
  { id: 'bank', label: t('银行拒绝或限制钱包充值', 'The bank declined or restricts wallet top-ups', '銀行拒絕或限制錢包儲值'), target: 'fixingBankRestriction', cause: 'bank-restricted', unlessTried: 'ask-bank-to-enable' },
  { id: 'maintenance', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance', '提示系統忙碌或維護中'), target: 'fixingMaintenance', cause: 'maintenance', unlessTried: 'wait-for-maintenance' },
  { id: 'charged', label: t('卡里扣了钱但余额没增加', 'Money left the card but the balance did not go up', '卡裡扣了錢但餘額沒增加'), target: 'fixingPendingTopUp', cause: 'duplicate-charge', unlessTried: 'check-top-up-record' },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET },
];

const routes: Routes = {
  network: 'fixingNetwork',
  'insufficient-balance': 'fixingBankBalance',
  'limit-exceeded': 'fixingBankBalance',
  'card-expired-or-locked': 'fixingCardStatus',
  'card-info-invalid': 'fixingBinding',
  'verification-failed': 'fixingIdentity',
  'account-incomplete': 'fixingIdentity',
  'bank-restricted': 'fixingBankRestriction',
  'risk-control': 'fixingBankRestriction',
  maintenance: 'fixingMaintenance',
  'duplicate-charge': 'fixingPendingTopUp',
};

export const topUpFailed = flowSetup.createMachine({
  id: 'top-up-failed',
  version: '2',
  context: ({ input }) => initialContext(input),
  initial: 'askingTime',
  states: {
    askingTime: ask('occurredAt', {
      answer: 'time',
      question: t(
        '很抱歉充值没有成功。是什么时候充值的？',
        'Sorry the top-up did not go through. When did you try it?',
        '很抱歉儲值沒有成功。是什麼時候儲值的？',
      ),
      placeholder: t('例如：今天上午10点', 'e.g. today at 10am', '例如：今天上午10點'),
      next: 'askingAmount',
    }),
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t('充值金额是多少？', 'How much did you try to top up?', '儲值金額是多少？'),
      placeholder: t('例如：500 元', 'e.g. ¥500', '例如：500 元'),
      next: 'askingError',
    }),
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '充值时显示了什么提示？可以直接粘贴过来（不要输入完整卡号）。',
        'What did the app say? You can paste it (leave out the full card number).',
        '儲值時顯示了什麼訊息？可以直接貼上來（請勿輸入完整卡號）。',
      ),
      placeholder: t('例如：银行卡余额不足', 'e.g. Bank card balance insufficient', '例如：銀行卡餘額不足'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    fixingNetwork: fix('check-network', {
      title: t('确认没有扣款后换了网络重新充值', 'Checked nothing was taken, switched networks and retried', '確認沒有扣款後換了網路重新儲值'),
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
    fixingBankBalance: fix('check-bank-balance', {
      title: t('查看了银行卡余额和快捷支付限额', "Checked the card's balance and quick-payment limit", '查看了銀行卡餘額和快捷支付限額'),
      text: md(
        '充值的钱来自银行卡，**卡里的可用余额**要够：\n\n' +
          '1. 在手机银行里查看这张卡的可用余额（冻结的金额不能用）。\n' +
          '2. 银行对快捷支付也有单笔和单日限额，请以银行 App 中显示的为准。\n' +
          '3. 分成小一点的金额充值，或换一张卡。',
        'A top-up is paid from the bank card, so **the card\'s available balance** must cover it:\n\n' +
          '1. Check the available balance of that card in your bank app (held amounts cannot be used).\n' +
          '2. Banks also cap quick payments per transaction and per day: the limits in your bank app are the ones that apply.\n' +
          '3. Top up a smaller amount, or use another card.',
        '儲值的錢來自銀行卡，**卡裡的可用餘額**要足夠：\n\n' +
          '1. 在網路銀行 App 裡查看這張卡的可用餘額（凍結的金額不能用）。\n' +
          '2. 銀行對快捷支付也有單筆和單日限額，請以銀行 App 中顯示的為準。\n' +
          '3. 分成小一點的金額儲值，或換一張卡。',
      ),
      next: 'askingOtherCause',
    }),
    fixingCardStatus: fix('check-card-status', {
      title: t('确认了银行卡状态（有效期、损坏、锁定）', "Checked the card's status (expiry, damage, lock)", '確認了銀行卡狀態（有效期限、損壞、鎖定）'),
      text: md(
        '银行卡本身不能用时，充值就会失败：\n\n' +
          '1. **过期**：看卡面上的有效期；银行寄了新卡的话，在钱包里删除旧卡，绑定新卡。\n' +
          '2. **损坏**：卡片磨损或芯片损坏时到银行换卡。\n' +
          '3. **锁定**：密码输错次数太多或有异常交易时，银行会锁卡。拨打卡背面的电话，通过银行核实身份后解锁。\n\n' +
          '银行卡密码和安全码不要告诉任何人，包括自称银行或钱包客服的人。',
        'If the card itself cannot be used, the top-up fails:\n\n' +
          '1. **Expired**: check the date on the card; if the bank sent a new one, remove the old card from the wallet and link the new one.\n' +
          '2. **Damaged**: if the card or its chip is worn or broken, ask the bank for a replacement.\n' +
          '3. **Locked**: banks lock a card after too many wrong PINs or unusual activity. Call the number on the back and unlock it after the bank checks it is you.\n\n' +
          'Never tell anyone your card PIN or security code, including people who say they are from the bank or the wallet.',
        '銀行卡本身不能用時，儲值就會失敗：\n\n' +
          '1. **過期**：看卡面上的有效期限；銀行寄了新卡的話，在錢包裡刪除舊卡，綁定新卡。\n' +
          '2. **損壞**：卡片磨損或晶片損壞時到銀行換卡。\n' +
          '3. **鎖定**：密碼輸錯太多次或有異常交易時，銀行會鎖卡。撥打卡片背面的電話，經銀行核實身分後解鎖。\n\n' +
          '銀行卡密碼和安全碼不要告訴任何人，包括自稱銀行或錢包客服的人。',
      ),
      next: 'askingOtherCause',
    }),
    fixingBinding: fix('relink-card', {
      title: t('检查并重新绑定了银行卡', 'Checked and relinked the bank card', '檢查並重新綁定了銀行卡'),
      text: md(
        '银行卡和钱包**绑定不正确**时，充值会被拒绝：\n\n' +
          '1. 在钱包的银行卡列表里，按后四位确认充值用的就是您想用的那张卡。\n' +
          '2. 卡的持卡人要和钱包的实名用户是同一个人。\n' +
          '3. 换过手机号或卡片信息变了的话，删除这张卡后重新绑定。',
        'If the card is **not linked correctly** to the wallet, the top-up is refused:\n\n' +
          '1. In the wallet\'s list of cards, check by the last four digits that the top-up uses the card you meant.\n' +
          '2. The cardholder must be the same person the wallet is registered to.\n' +
          '3. If your phone number or the card details changed, remove the card and link it again.',
        '銀行卡和錢包**綁定不正確**時，儲值會被拒絕：\n\n' +
          '1. 在錢包的銀行卡清單裡，依末四碼確認儲值用的就是您想用的那張卡。\n' +
          '2. 卡片的持卡人要和錢包的實名使用者是同一個人。\n' +
          '3. 換過手機號碼或卡片資料變了的話，刪除這張卡後重新綁定。',
      ),
      next: 'askingOtherCause',
    }),
    fixingIdentity: fix('redo-identity-check', {
      title: t('核对信息后重新完成了身份验证', 'Checked my details and redid the identity check', '核對資料後重新完成了身分驗證'),
      text: md(
        '有的钱包充值前要**验证身份**，没通过就无法充值：\n\n' +
          '1. 确认输入的姓名、证件号码和手机号都准确无误。\n' +
          '2. 重新发起验证；人脸识别时找光线好的地方。\n' +
          '3. 证件过期或实名信息不完整的话，先在钱包或银行 App 里更新。\n\n' +
          '验证码只在钱包页面自己输入，不要告诉任何人。',
        'Some wallets **verify your identity** before a top-up; if that fails, the top-up cannot go ahead:\n\n' +
          '1. Make sure the name, ID number and phone number you typed are exactly right.\n' +
          '2. Start the check again; for face recognition, find good light.\n' +
          '3. If your ID has expired or the real-name details are incomplete, update them in the wallet or bank app first.\n\n' +
          'Type codes yourself on the wallet page and tell them to no one.',
        '有的錢包儲值前要**驗證身分**，沒通過就無法儲值：\n\n' +
          '1. 確認輸入的姓名、證件號碼和手機號碼都正確無誤。\n' +
          '2. 重新進行驗證；臉部辨識時找光線好的地方。\n' +
          '3. 證件過期或實名資料不完整的話，先在錢包或銀行 App 裡更新。\n\n' +
          '驗證碼只在錢包頁面自己輸入，不要告訴任何人。',
      ),
      next: 'askingOtherCause',
    }),
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t('致电银行确认了对钱包充值的限制', 'Called the bank about limits on wallet top-ups', '致電銀行確認了對錢包儲值的限制'),
      text: md(
        '有些银行会**限制向钱包充值或电子支付**：\n\n' +
          '1. 拨打银行卡背面的客服电话，问这张卡能不能给这个钱包充值。\n' +
          '2. 请银行开通快捷支付/网上支付，或解除限制。\n' +
          '3. 也可以换一张其他银行的卡充值。',
        'Some banks **restrict top-ups to wallets, or electronic payments**:\n\n' +
          '1. Call the number on the back of the card and ask whether it can top up this wallet.\n' +
          '2. Ask the bank to enable quick / online payments, or to lift the restriction.\n' +
          "3. Or top up with another bank's card.",
        '有些銀行會**限制對錢包儲值或電子支付**：\n\n' +
          '1. 撥打銀行卡背面的客服電話，問這張卡能不能對這個錢包儲值。\n' +
          '2. 請銀行開通快捷支付／網路付款，或解除限制。\n' +
          '3. 也可以換一張其他銀行的卡儲值。',
      ),
      next: 'askingOtherCause',
    }),
    fixingMaintenance: fix('wait-for-maintenance', {
      title: t('查看了公告并在系统恢复后重试', 'Checked the announcements and retried once the system was back', '查看了公告並在系統恢復後重試'),
      text: md(
        '钱包可能在**系统维护、更新或服务器故障**中：\n\n' +
          '1. 查看钱包官方网站、App 公告或官方社交媒体账号。\n' +
          '2. 把钱包应用更新到最新版本。\n' +
          '3. 耐心等系统恢复后再充值。',
        'The wallet may be **under maintenance, updating, or having a server outage**:\n\n' +
          "1. Check the wallet's official website, in-app announcements or official social media accounts.\n" +
          '2. Update the wallet app to the latest version.\n' +
          '3. Wait until the system is back, then top up again.',
        '錢包可能正在**系統維護、更新或伺服器故障**中：\n\n' +
          '1. 查看錢包官方網站、App 公告或官方社群帳號。\n' +
          '2. 把錢包 App 更新到最新版本。\n' +
          '3. 耐心等系統恢復後再儲值。',
      ),
      next: 'askingOtherCause',
    }),
    fixingPendingTopUp: fix('check-top-up-record', {
      title: t('核对了充值记录和银行卡账单', 'Compared the top-up record with the card statement', '核對了儲值紀錄和銀行卡帳單'),
      text: md(
        '卡里扣了钱但钱包余额没增加，通常是充值还在处理中，或被退回：\n\n' +
          '1. 在钱包的充值记录里看这笔的状态：“处理中”一般很快会到账或自动退回。\n' +
          '2. 在银行卡账单里看是“冻结/待入账”还是“已扣款”。冻结的金额借记卡一般 1–4 天内释放，信用卡最长可能要 30 天。\n' +
          '3. 确认之前**不要重复充值**。如果显示已扣款但一直没到账，我帮您整理工单，记下时间和金额。',
        'When money left the card but the wallet balance did not go up, the top-up is usually still processing, or being returned:\n\n' +
          '1. In the wallet\'s top-up record, check its status: "processing" usually either arrives or is returned soon.\n' +
          '2. In the card statement, see whether it is "pending" or "posted". Pending amounts usually drop off within 1–4 days on a debit card; on a credit card it can take up to 30 days.\n' +
          '3. **Do not top up again** until you know. If it shows as posted but never arrived, I will put the time and amount into a ticket for you.',
        '卡裡扣了錢但錢包餘額沒增加，通常是儲值還在處理中，或被退回：\n\n' +
          '1. 在錢包的儲值紀錄裡看這筆的狀態：「處理中」一般很快會入帳或自動退回。\n' +
          '2. 在銀行卡帳單裡看是「凍結／待入帳」還是「已扣款」。凍結的金額金融卡一般 1–4 天內釋放，信用卡最長可能要 30 天。\n' +
          '3. 確認之前**不要重複儲值**。如果顯示已扣款但一直沒入帳，我幫您整理客服單，記下時間和金額。',
      ),
      next: TICKET,
    }),
    ...endings(),
  },
});
