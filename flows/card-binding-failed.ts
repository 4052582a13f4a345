/**
 * Linking a bank card to the wallet failed (seed 001, and seed 004's "无法绑定银行卡"): card details
 * typed wrong or not matching the bank's records, the SMS code, the network, an account not yet
 * verified, bank restrictions on new or flagged cards, a card already linked, platform faults, or
 * no way to add a card at all.
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

/** Cheapest check first: what the user can fix alone, then what needs the bank or the platform. */
const causes: Choice[] = [
  { id: 'details', label: t('提示卡号、有效期或信息有误', 'It said the card number, expiry or details are wrong', '提示卡號、有效期限或資料有誤'), target: 'fixingCardDetails', cause: 'card-info-invalid', unlessTried: 'recheck-card-details' },
  { id: 'sms', label: t('收不到验证码或验证码错误', 'The SMS code did not arrive or was rejected', '收不到驗證碼或驗證碼錯誤'), target: 'fixingSmsCode', cause: 'verification-failed', unlessTried: 'redo-sms-code' },
  { id: 'network', label: t('网络不好或一直加载', 'Bad connection, or it kept loading', '網路不好或一直載入'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'account', label: t('提示账户未实名或未激活', 'It said my account is not verified or activated', '提示帳戶未實名或未啟用'), target: 'fixingAccount', cause: 'account-incomplete', unlessTried: 'complete-account' },
  { id: 'bank', label: t('银行拒绝了（新卡或卡有异常）', 'The bank declined it (a new card, or one flagged)', '銀行拒絕了（新卡或卡片有異常）'), target: 'fixingBankRestriction', cause: 'bank-restricted', unlessTried: 'ask-bank-to-enable' },
  { id: 'linked', label: t('提示这张卡已经绑定过', 'It said the card is already linked', '提示這張卡已經綁定過'), target: 'fixingAlreadyLinked', cause: 'already-registered', unlessTried: 'check-existing-link' },
  { id: 'platform', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance', '提示系統忙碌或維護中'), target: 'fixingPlatform', cause: 'maintenance', unlessTried: 'wait-for-platform' },
  { id: 'no-option', label: t('找不到添加银行卡的地方', 'I cannot find where to add a card', '找不到新增銀行卡的地方'), target: 'fixingFindOption', unlessTried: 'find-binding-option' },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET },
];

const routes: Routes = {
  'card-info-invalid': 'fixingCardDetails',
  'verification-failed': 'fixingSmsCode',
  network: 'fixingNetwork',
  'account-incomplete': 'fixingAccount',
  'bank-restricted': 'fixingBankRestriction',
  'card-expired-or-locked': 'fixingBankRestriction',
  'risk-control': 'fixingBankRestriction',
  'already-registered': 'fixingAlreadyLinked',
  maintenance: 'fixingPlatform',
};

export const cardBindingFailed = flowSetup.createMachine({
  id: 'card-binding-failed',
  version: '2',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '很抱歉银行卡没有绑定成功。绑卡时显示了什么提示？可以直接粘贴过来（不要输入完整卡号）。',
        'Sorry the card could not be linked. What did the app say when it failed? You can paste it (leave out the full card number).',
        '很抱歉銀行卡沒有綁定成功。綁卡時顯示了什麼訊息？可以直接貼上來（請勿輸入完整卡號）。',
      ),
      placeholder: t('例如：银行卡信息不一致', 'e.g. Card details do not match', '例如：銀行卡資料不一致'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    fixingCardDetails: fix('recheck-card-details', {
      title: t('逐项核对了卡号、有效期和预留信息', 'Rechecked the card number, expiry and the details the bank holds', '逐項核對了卡號、有效期限和留存資料'),
      text: md(
        '绑卡时只要有一项和银行记录不一致，就会被拒绝。请仔细核对：\n\n' +
          '1. **卡号**：对着卡面逐位核对，注意不要多输或漏输。\n' +
          '2. **有效期**：按卡面上的“月/年”填写；信用卡还需要卡背面的安全码（CVV）。\n' +
          '3. **持卡人姓名、身份证号和手机号**必须和开卡时留在银行的完全一致；手机号换过的话，要先到银行更新预留手机号。\n' +
          '4. 只能绑定**本人名下**的银行卡。\n\n' +
          '卡号、有效期和安全码只在钱包的绑卡页面填写，不要发给任何人。',
        'Linking fails if even one detail differs from what the bank has on record. Please check each one:\n\n' +
          '1. **Card number**: compare it digit by digit with the card; watch for an extra or missing digit.\n' +
          '2. **Expiry date**: as printed on the card (month/year); credit cards also need the security code (CVV) on the back.\n' +
          '3. **Cardholder name, ID number and phone number** must match what you gave the bank exactly; if you changed your phone number, update it with the bank first.\n' +
          '4. You can only link a card **in your own name**.\n\n' +
          'Type the card number, expiry and security code only on the wallet\'s "add card" page, and never send them to anyone.',
        '綁卡時只要有一項和銀行紀錄不一致，就會被拒絕。請仔細核對：\n\n' +
          '1. **卡號**：對照卡面逐位核對，注意不要多輸入或漏輸入。\n' +
          '2. **有效期限**：依卡面上的「月／年」填寫；信用卡還需要卡片背面的安全碼（CVV）。\n' +
          '3. **持卡人姓名、身分證字號和手機號碼**必須和開卡時留存在銀行的完全一致；換過手機號碼的話，要先向銀行更新留存的手機號碼。\n' +
          '4. 只能綁定**本人名下**的銀行卡。\n\n' +
          '卡號、有效期限和安全碼只在錢包的綁卡頁面填寫，不要傳給任何人。',
      ),
      next: 'askingOtherCause',
    }),
    fixingSmsCode: fix('redo-sms-code', {
      title: t('重新获取并输入了短信验证码', 'Requested and entered a new SMS code', '重新取得並輸入了簡訊驗證碼'),
      text: md(
        '绑卡的短信验证码是**银行**发的，会发到您在银行**预留的手机号**：\n\n' +
          '1. 确认预留手机号就是现在用的这个号码；如果不是，先到银行 App 或网点更新。\n' +
          '2. 看看短信是否被手机拦截到了垃圾短信里。\n' +
          '3. 等一分钟后重新获取，收到后尽快输入，验证码几分钟后就会失效。\n\n' +
          '验证码只能由您自己在绑卡页面输入，**任何人向您索要都不要给**。',
        'The SMS code for linking a card is sent by **the bank**, to the **phone number the bank has on file**:\n\n' +
          '1. Make sure that is the number you use now; if not, update it in the bank app or at a branch first.\n' +
          "2. Check whether your phone filtered the message as spam.\n" +
          '3. Wait a minute, request a new code and enter it straight away: it expires after a few minutes.\n\n' +
          'Only you type the code, on the linking page. **If anyone asks you for it, do not give it.**',
        '綁卡的簡訊驗證碼是**銀行**發送的，會傳到您在銀行**留存的手機號碼**：\n\n' +
          '1. 確認留存的手機號碼就是現在使用的號碼；如果不是，先到銀行 App 或分行更新。\n' +
          '2. 看看簡訊是否被手機攔截到垃圾訊息裡。\n' +
          '3. 等一分鐘後重新取得，收到後盡快輸入，驗證碼幾分鐘後就會失效。\n\n' +
          '驗證碼只能由您自己在綁卡頁面輸入，**任何人向您索取都不要給**。',
      ),
      next: 'askingOtherCause',
    }),
    fixingNetwork: fix('check-network', {
      title: t('换到稳定的网络后重新绑卡', 'Moved to a steady connection and tried again', '換到穩定的網路後重新綁卡'),
      text: md(
        '网络不稳定时，绑卡信息可能没有提交成功：\n\n' +
          '1. 换到信号好的地方；条件允许的话，用家里或办公室可靠的 Wi-Fi，而不是信号弱的移动数据。\n' +
          '2. 不要在公共 Wi-Fi 下填写银行卡信息。\n' +
          '3. 关掉绑卡页面，重新打开后再绑一次。',
        'On a shaky connection the card details may not have reached the wallet:\n\n' +
          '1. Move somewhere with a good signal; if you can, use a reliable Wi-Fi at home or at work rather than weak mobile data.\n' +
          '2. Do not enter card details on public Wi-Fi.\n' +
          '3. Close the linking page, open it again and retry.',
        '網路不穩定時，綁卡資料可能沒有送出成功：\n\n' +
          '1. 換到訊號好的地方；可以的話，使用家裡或辦公室可靠的 Wi-Fi，而不是訊號弱的行動數據。\n' +
          '2. 不要在公共 Wi-Fi 下填寫銀行卡資料。\n' +
          '3. 關閉綁卡頁面，重新開啟後再綁一次。',
      ),
      next: 'askingOtherCause',
    }),
    fixingAccount: fix('complete-account', {
      title: t('完善了实名认证和账户信息', 'Completed identity verification and the account details', '完成了實名認證並補齊帳戶資料'),
      text: md(
        '钱包账户**还没有激活或信息不完整**时，权限不足，无法绑卡：\n\n' +
          '1. 在钱包的“我的/账户设置”里查看实名认证状态。\n' +
          '2. 按提示补全：上传身份证件照片、验证绑定的手机号。\n' +
          '3. 认证通过后再重新绑卡。',
        'Until the wallet account is **activated and its details complete**, it may not be allowed to link cards:\n\n' +
          '1. Check the identity-verification status under "Me" or the account settings.\n' +
          '2. Complete whatever is missing: upload your ID document and verify your phone number.\n' +
          '3. Once verified, link the card again.',
        '錢包帳戶**還沒有啟用或資料不完整**時，權限不足，無法綁卡：\n\n' +
          '1. 在錢包的「我的／帳戶設定」裡查看實名認證狀態。\n' +
          '2. 依提示補齊：上傳身分證件照片、驗證綁定的手機號碼。\n' +
          '3. 認證通過後再重新綁卡。',
      ),
      next: 'askingOtherCause',
    }),
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t('致电银行确认并解除了卡片限制', 'Called the bank about restrictions on the card', '致電銀行確認並解除了卡片限制'),
      text: md(
        '有些银行出于安全考虑会**限制这张卡的网上支付**，尤其是新发的卡，或者有异常消费记录的卡：\n\n' +
          '1. 拨打银行卡背面的客服电话，询问这张卡是否有限制。\n' +
          '2. 请银行开通网上支付/快捷支付，或解除限制。\n' +
          '3. 卡已过期或被锁定时，请银行换卡或解锁；也可以先绑定另一张卡。\n\n' +
          '银行客服不会问您的密码或验证码。',
        'For safety, some banks **restrict online payments on a card**, especially a newly issued one or one with unusual activity:\n\n' +
          '1. Call the number on the back of the card and ask whether the card has any restrictions.\n' +
          '2. Ask the bank to enable online / quick payments, or to lift the restriction.\n' +
          '3. If the card has expired or is locked, ask for a replacement or to unlock it; meanwhile you can link another card.\n\n' +
          'The bank will never ask for your password or an SMS code.',
        '有些銀行基於安全考量會**限制這張卡的網路付款**，尤其是新核發的卡，或有異常消費紀錄的卡：\n\n' +
          '1. 撥打銀行卡背面的客服電話，詢問這張卡是否有限制。\n' +
          '2. 請銀行開通網路付款／快捷支付，或解除限制。\n' +
          '3. 卡片已過期或被鎖定時，請銀行換卡或解鎖；也可以先綁定另一張卡。\n\n' +
          '銀行客服不會詢問您的密碼或驗證碼。',
      ),
      next: 'askingOtherCause',
    }),
    fixingAlreadyLinked: fix('check-existing-link', {
      title: t('检查并解除了已有的绑定', 'Checked for and removed an existing link', '檢查並解除了既有的綁定'),
      text: md(
        '这张卡可能**已经绑定**在这个账户或另一个账户上：\n\n' +
          '1. 在钱包的“银行卡”列表里看看，按卡号后四位找一找。\n' +
          '2. 如果绑在您的另一个账户上，先在那个账户里解绑，再回来绑定。\n' +
          '3. 如果您从没绑过这张卡，可能有人冒用了您的信息：请立即修改密码并联系客服。',
        'The card may **already be linked**, to this account or to another one:\n\n' +
          '1. Look in the wallet\'s list of bank cards, by the last four digits.\n' +
          '2. If it is linked to another account of yours, remove it there first, then link it here.\n' +
          '3. If you never linked this card, someone may be using your details: change your password now and contact support.',
        '這張卡可能**已經綁定**在這個帳戶或另一個帳戶上：\n\n' +
          '1. 在錢包的「銀行卡」清單裡看看，依卡號末四碼找一找。\n' +
          '2. 如果綁在您的另一個帳戶上，先在那個帳戶裡解除綁定，再回來綁定。\n' +
          '3. 如果您從沒綁過這張卡，可能有人冒用了您的資料：請立即變更密碼並聯絡客服。',
      ),
      next: 'askingOtherCause',
    }),
    fixingPlatform: fix('wait-for-platform', {
      title: t('查看了平台公告并稍后重试', "Checked the platform's announcements and retried later", '查看了平台公告並稍後重試'),
      text: md(
        '钱包平台可能正在**系统维护、升级或出现故障**，暂时无法绑卡：\n\n' +
          '1. 查看钱包 App 内的公告，或官方网站、官方社交媒体账号的通知。\n' +
          '2. 把钱包更新到最新版本。\n' +
          '3. 过一段时间再绑定，不要短时间内反复尝试。',
        'The wallet platform may be **under maintenance, being upgraded or having a fault**, so cards cannot be linked for now:\n\n' +
          "1. Check the announcements in the wallet app, or the provider's website and official social media accounts.\n" +
          '2. Update the wallet to the latest version.\n' +
          '3. Try again a little later, rather than many times in a row.',
        '錢包平台可能正在**系統維護、升級或發生故障**，暫時無法綁卡：\n\n' +
          '1. 查看錢包 App 內的公告，或官方網站、官方社群帳號的通知。\n' +
          '2. 把錢包更新到最新版本。\n' +
          '3. 過一段時間再綁定，不要短時間內一直嘗試。',
      ),
      next: 'askingOtherCause',
    }),
    fixingFindOption: fix('find-binding-option', {
      title: t('确认了钱包是否支持绑卡', 'Checked whether the wallet supports linking cards', '確認了錢包是否支援綁卡'),
      text: md(
        '不是所有钱包都支持绑卡，入口也各不相同：\n\n' +
          '1. 一般在“我的”→“银行卡”→“添加银行卡”。\n' +
          '2. 看看钱包官方网站的功能介绍，确认是否支持绑卡、支持哪些银行。\n' +
          '3. 还是找不到的话，截图保存操作页面和提示，联系钱包客服确认。',
        'Not every wallet lets you link a card, and the option lives in different places:\n\n' +
          '1. It is usually under "Me" → "Bank cards" → "Add card".\n' +
          "2. Check the features page on the wallet's official website: does it support cards, and from which banks?\n" +
          '3. If you still cannot find it, keep screenshots of the screens and any message, and ask the wallet\'s support.',
        '不是所有錢包都支援綁卡，入口也各不相同：\n\n' +
          '1. 一般在「我的」→「銀行卡」→「新增銀行卡」。\n' +
          '2. 看看錢包官方網站的功能介紹，確認是否支援綁卡、支援哪些銀行。\n' +
          '3. 還是找不到的話，截圖保存操作畫面和訊息，聯絡錢包客服確認。',
      ),
      next: 'askingOtherCause',
    }),
    ...endings(),
  },
});
