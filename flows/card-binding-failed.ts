/**
 * Linking a bank card to the wallet failed (seed 001, and seed 004's "无法绑定银行卡"): card details
 * typed wrong or not matching the bank's records, the SMS code, the network, an account not yet
 * verified, an expired or locked card, a bank or card the wallet does not take, the bank's limits,
 * bank restrictions on new or flagged cards, a card already linked, platform faults, or no way to
 * add a card at all. Facts and their sources: docs/domain.md; the flow × cause table:
 * docs/flow-causes.md.
 */
import { flowSetup, initialContext } from '../src/engine/flow-setup.js';
import {
  ask,
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

/** Cheapest check first: what the user can fix alone, then what needs the bank or the platform. */
const causes: Choice[] = [
  {
    id: 'details',
    label: t(
      '显示卡号、有效期或信息有误',
      'It said the card number, expiry or details are wrong',
      '顯示卡號、有效期限或資料有誤',
    ),
    target: 'fixingCardDetails',
    cause: 'card-info-invalid',
    unlessTried: 'recheck-card-details',
  },
  {
    id: 'sms',
    label: t('收不到验证码或验证码错误', 'The SMS code did not arrive or was rejected', '收不到驗證碼或驗證碼錯誤'),
    target: 'fixingSmsCode',
    cause: 'verification-failed',
    unlessTried: 'redo-sms-code',
  },
  {
    id: 'network',
    label: t('网络不好或一直加载', 'Bad connection, or it kept loading', '網路不好或一直載入'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'account',
    label: t('显示账户未实名或未激活', 'It said my account is not verified or activated', '顯示帳戶未實名或未啟用'),
    target: 'fixingAccount',
    cause: 'account-incomplete',
    unlessTried: 'complete-account',
  },
  {
    id: 'status',
    label: t('银行卡已过期或被锁定', 'The card has expired or is locked', '銀行卡已過期或被鎖定'),
    target: 'fixingCardStatus',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-card-status',
  },
  {
    id: 'unsupported',
    label: t(
      '显示不支持这家银行或这种卡',
      'It said this bank or card type is not supported',
      '顯示不支援這家銀行或這種卡',
    ),
    target: 'fixingUnsupportedCard',
    cause: 'merchant-unsupported',
    unlessTried: 'use-supported-card',
  },
  {
    id: 'limit',
    label: t(
      '显示超出限额或尝试次数过多',
      'It said a limit was reached or there were too many attempts',
      '顯示超出限額或嘗試次數過多',
    ),
    target: 'fixingCardLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-card-limits',
  },
  {
    id: 'bank',
    label: t(
      '银行拒绝了（新卡或卡有异常）',
      'The bank declined it (a new card, or one flagged)',
      '銀行拒絕了（新卡或卡片有異常）',
    ),
    target: 'fixingBankRestriction',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank-to-enable',
  },
  {
    id: 'linked',
    label: t('显示这张卡已经绑定过', 'It said the card is already linked', '顯示這張卡已經綁定過'),
    target: 'fixingAlreadyLinked',
    cause: 'already-registered',
    unlessTried: 'check-existing-link',
  },
  {
    id: 'platform',
    label: t('显示系统繁忙或维护中', 'It said the system is busy or under maintenance', '顯示系統忙碌或維護中'),
    target: 'fixingPlatform',
    cause: 'maintenance',
    unlessTried: 'wait-for-platform',
  },
  {
    id: 'no-option',
    label: t(
      '找不到添加银行卡的地方，或显示设备不支持',
      'I cannot find where to add a card, or it said my device is not supported',
      '找不到新增銀行卡的地方，或顯示裝置不支援',
    ),
    target: 'fixingFindOption',
    unlessTried: 'find-binding-option',
  },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads when linking a card. */
const routes: Routes = {
  'card-info-invalid': 'fixingCardDetails',
  'verification-failed': 'fixingSmsCode',
  network: 'fixingNetwork',
  'account-incomplete': 'fixingAccount',
  'card-expired-or-locked': 'fixingCardStatus',
  // The wallet does not take this bank or card type: a "merchant" that does not accept it.
  'merchant-unsupported': 'fixingUnsupportedCard',
  'limit-exceeded': 'fixingCardLimit',
  'bank-restricted': 'fixingBankRestriction',
  // A generic decline: the reason is never named (docs/domain.md §2c, S37, S38).
  'risk-control': 'fixingDeclined',
  'already-registered': 'fixingAlreadyLinked',
  maintenance: 'fixingPlatform',
  // An old app or phone: the same fix as a missing "add card" option (update them).
  'device-unsupported': 'fixingFindOption',
  // Linking a card takes no payment: what these messages usually mean, and the ticket.
  'insufficient-balance': 'explainingBalance',
  'duplicate-charge': 'explainingCharge',
  'payment-pending': 'explainingPending',
};

export const cardBindingFailed = flowSetup.createMachine({
  id: 'card-binding-failed',
  version: '3',
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
    // docs/domain.md §2b card-info and S18: name, ID number, card number and the bank-reserved
    // phone must match the bank's records; only your own card can be linked. Card details are
    // typed on the wallet's page, never in a chat (docs/domain.md §3, S20, S21).
    fixingCardDetails: fix('recheck-card-details', {
      title: t(
        '逐项核对了卡号、有效期和预留信息',
        'Rechecked the card number, expiry and the details the bank holds',
        '逐項核對了卡號、有效期限和留存資料',
      ),
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
    // docs/domain.md S18 and §2c: the code for linking a card comes from the bank, to the phone
    // number the bank has on file. Codes are never shared (docs/domain.md S21).
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
          '2. Check whether your phone filtered the message as spam.\n' +
          '3. Wait a minute, request a new code and enter it straight away: it expires after a few minutes.\n\n' +
          'Only you type the code, on the linking page. **If anyone asks you for it, do not give it.**',
        '綁卡的簡訊驗證碼是**銀行**傳送的，會傳到您在銀行**留存的手機號碼**：\n\n' +
          '1. 確認留存的手機號碼就是現在使用的號碼；如果不是，先到行動銀行 App 或分行更新。\n' +
          '2. 看看簡訊是否被手機攔截到垃圾訊息裡。\n' +
          '3. 等一分鐘後重新取得，收到後盡快輸入，驗證碼幾分鐘後就會失效。\n\n' +
          '驗證碼只能由您自己在綁卡頁面輸入，**任何人向您索取都不要給**。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 001: 不稳定的网络连接…尽量使用Wi-Fi; seed 002 and docs/domain.md §8: no public Wi-Fi.
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
    // Seed 001: 账户未激活或信息不完整 → 身份证明文件的上传和绑定手机号码的验证; docs/domain.md §2b account-kyc.
    fixingAccount: fix('complete-account', {
      title: t(
        '完善了实名认证和账户信息',
        'Completed identity verification and the account details',
        '完成了實名認證並補齊帳戶資料',
      ),
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
    // docs/domain.md §2b card-expired-locked (expired_card, 54, 33; pin_try_exceeded, 75, 38) and
    // §2a: Stripe's next steps are "use another card" and "contact the issuer" (S11). Lost, stolen
    // and retained cards get the same words: the reason stays between the bank and the cardholder
    // (docs/domain.md §2c, S37, S38).
    fixingCardStatus: fix('check-card-status', {
      title: t(
        '确认了银行卡是否过期或被锁定',
        'Checked whether the card has expired or is locked',
        '確認了銀行卡是否過期或被鎖定',
      ),
      text: md(
        '银行显示这张卡**已过期或被锁定**，暂时不能绑定：\n\n' +
          '1. 看一下卡面上的有效期；已经收到新卡的话，改绑新卡，有效期按新卡填写。\n' +
          '2. 密码输错次数太多会被锁定，请拨打卡背面的客服电话解锁。\n' +
          '3. 其他情况也请打这个电话问银行，需要时请银行补发新卡；着急的话，先绑定另一张本人名下的卡。\n\n' +
          '银行客服不会问您的密码或验证码。',
        'The bank says this card **has expired or is locked**, so it cannot be linked for now:\n\n' +
          '1. Look at the expiry date on the card; if you have received a new card, link the new one, with the expiry date printed on it.\n' +
          '2. Too many wrong PINs or passwords lock a card: call the number on the back of the card to unlock it.\n' +
          '3. For anything else, ask the bank on the same number and ask for a replacement card if needed; if it cannot wait, link another card in your own name.\n\n' +
          'The bank will never ask for your password or an SMS code.',
        '銀行顯示這張卡**已過期或被鎖定**，暫時不能綁定：\n\n' +
          '1. 看一下卡面上的有效期限；已經收到新卡的話，改綁新卡，有效期限依新卡填寫。\n' +
          '2. 密碼輸錯太多次會被鎖定，請撥打卡片背面的客服電話解鎖。\n' +
          '3. 其他情況也請打這支電話問銀行，需要時請銀行補發新卡；急著綁卡的話，先綁定另一張本人名下的卡。\n\n' +
          '銀行客服不會詢問您的密碼或驗證碼。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 001: 不同的数字钱包其功能和服务范围可能存在较大差异, check the official features page
    // and ask the wallet's support; docs/domain.md §2b merchant (Adyen 10 "Not supported": pick
    // another payment method). No list of banks is named: it differs by wallet and changes.
    fixingUnsupportedCard: fix('use-supported-card', {
      title: t(
        '查看了支持的银行和卡种并换了一张卡',
        'Checked the supported banks and card types and used another card',
        '查看了支援的銀行和卡種並換了一張卡',
      ),
      text: md(
        '不是每个钱包都支持所有银行和卡种，这张卡可能**不在钱包支持的范围内**：\n\n' +
          '1. 在钱包的添加银行卡页面，或官方网站的功能介绍里，查看支持的银行和卡种（储蓄卡、信用卡）。\n' +
          '2. 换一张在支持范围内、本人名下的银行卡绑定。\n' +
          '3. 不确定的话，截图保存提示，联系钱包客服确认。',
        'Not every wallet takes every bank and card type, and this card may **not be one the wallet supports**:\n\n' +
          "1. Look up the supported banks and card types (debit, credit) on the wallet's add-card page or its official features page.\n" +
          '2. Link another card in your own name that is on that list.\n' +
          "3. If you are not sure, keep a screenshot of the message and ask the wallet's support.",
        '不是每個錢包都支援所有銀行和卡種，這張卡可能**不在錢包支援的範圍內**：\n\n' +
          '1. 在錢包的新增銀行卡頁面，或官方網站的功能介紹裡，查看支援的銀行和卡種（金融卡、信用卡）。\n' +
          '2. 換一張在支援範圍內、本人名下的銀行卡綁定。\n' +
          '3. 不確定的話，截圖保存訊息，聯絡錢包客服確認。',
      ),
      next: 'askingOtherCause',
    }),
    // A card used through a wallet follows the limits the bank sets, not the balance caps
    // (docs/domain.md §1b, S33); amount and count limits (61, 65, card_velocity_exceeded,
    // withdrawal_count_limit_exceeded) send the person to the issuer (docs/domain.md §2a, S11, S16).
    fixingCardLimit: fix('check-card-limits', {
      title: t(
        '查看了银行卡的网上支付限额并稍后重试',
        "Checked the card's online payment limits and retried later",
        '查看了銀行卡的網路付款限額並稍後重試',
      ),
      text: md(
        '显示**超出限额或次数**，通常是银行给这张卡的网上支付（快捷支付）设了额度或次数限制，或者短时间内尝试得太多：\n\n' +
          '1. 不要连续反复尝试，隔一段时间（例如第二天）再绑。\n' +
          '2. 在银行 App 里，或拨打卡背面的客服电话，查看这张卡的网上支付（快捷支付）限额，需要时请银行调整。\n' +
          '3. 着急的话，先绑定另一张本人名下的卡。\n\n' +
          '各银行的限额不同，请以银行告诉您的为准。',
        'A **limit or a count was exceeded**: usually a limit the bank set on online (quick) payments with this card, or too many attempts in a short time:\n\n' +
          '1. Do not keep retrying; try again after a while (for example the next day).\n' +
          "2. In the bank app, or on the number on the back of the card, check the card's limits for online (quick) payments and ask the bank to change them if needed.\n" +
          '3. If it cannot wait, link another card in your own name.\n\n' +
          'Limits differ between banks: the ones your bank gives you are the ones that apply.',
        '顯示**超出限額或次數**，通常是銀行為這張卡的網路付款（快捷支付）設了額度或次數限制，或者短時間內嘗試太多次：\n\n' +
          '1. 不要連續一直嘗試，隔一段時間（例如隔天）再綁。\n' +
          '2. 在行動銀行 App 裡，或撥打卡片背面的客服電話，查看這張卡的網路付款（快捷支付）限額，需要時請銀行調整。\n' +
          '3. 急著綁卡的話，先綁定另一張本人名下的卡。\n\n' +
          '各銀行的限額不同，請以銀行告訴您的為準。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 001: 有些银行出于安全考虑…新发行的银行卡或者有异常消费记录的卡 → 联系银行客服; docs/domain.md
    // §2b bank-restriction (05, 57, 62; Stripe's next step: contact the issuer, S11, S37). The
    // classifier also reads "不支持该银行/该卡" as a bank restriction, hence step 3.
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t(
        '致电银行确认并解除了卡片限制',
        'Called the bank about restrictions on the card',
        '致電銀行確認並解除了卡片限制',
      ),
      text: md(
        '有些银行出于安全考虑会**限制这张卡的网上支付**，尤其是新发的卡，或者有异常消费记录的卡：\n\n' +
          '1. 拨打银行卡背面的客服电话，询问这张卡是否有限制。\n' +
          '2. 请银行开通网上支付/快捷支付，或解除限制。\n' +
          '3. 银行不同意，或者钱包不支持这家银行的卡时，可以先绑定另一张本人名下的卡。\n\n' +
          '银行客服不会问您的密码或验证码。',
        'For safety, some banks **restrict online payments on a card**, especially a newly issued one or one with unusual activity:\n\n' +
          '1. Call the number on the back of the card and ask whether the card has any restrictions.\n' +
          '2. Ask the bank to enable online / quick payments, or to lift the restriction.\n' +
          "3. If the bank will not, or the wallet does not take this bank's cards, link another card in your own name.\n\n" +
          'The bank will never ask for your password or an SMS code.',
        '有些銀行基於安全考量會**限制這張卡的網路付款**，尤其是新核發的卡，或有異常消費紀錄的卡：\n\n' +
          '1. 撥打銀行卡背面的客服電話，詢問這張卡是否有限制。\n' +
          '2. 請銀行開通網路付款／快捷支付，或解除限制。\n' +
          '3. 銀行不同意，或錢包不支援這家銀行的卡時，可以先綁定另一張本人名下的卡。\n\n' +
          '銀行客服不會詢問您的密碼或驗證碼。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c: Stripe and Adyen say never to tell the customer a fraud or risk reason
    // (S37, S38), so this names none and sends the person to the official channels (§7).
    fixingDeclined: fix('contact-official-channel', {
      title: t(
        '通过官方渠道确认了卡片和账户状态',
        'Checked the card and account through the official channels',
        '透過官方管道確認了卡片和帳戶狀態',
      ),
      text: md(
        '银行或钱包**拒绝了这次绑卡**，原因只会通过官方渠道告诉您本人：\n\n' +
          '1. 不要反复尝试绑定同一张卡，以免卡或账户被进一步限制。\n' +
          '2. 确认设备安全：系统和钱包 App 是最新版本，没有装来路不明的 App，不在公共 Wi-Fi 下绑卡。\n' +
          '3. 拨打银行卡背面的客服电话，或通过钱包 App 内的官方客服咨询。',
        '**The bank or the wallet declined this card link**, and they tell the reason only to you, through their official channels:\n\n' +
          '1. Do not try to link the same card again and again; it can restrict the card or the account further.\n' +
          '2. Make sure your device is safe: system and wallet app up to date, no apps from unknown sources, no public Wi-Fi for linking cards.\n' +
          "3. Call the number on the back of the card, or contact the wallet's official support in its app.",
        '銀行或錢包**拒絕了這次綁卡**，原因只會透過官方管道告訴您本人：\n\n' +
          '1. 不要一直嘗試綁定同一張卡，以免卡片或帳戶被進一步限制。\n' +
          '2. 確認裝置安全：系統和錢包 App 是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下綁卡。\n' +
          '3. 撥打銀行卡背面的客服電話，或透過錢包 App 內的官方客服詢問。',
      ),
      next: TO_TICKET,
    }),
    // docs/domain.md §2b duplicate-registration (重复绑卡, showdoc 2001, S18).
    fixingAlreadyLinked: fix('check-existing-link', {
      title: t('检查并解除了已有的绑定', 'Checked for and removed an existing link', '檢查並解除了既有的綁定'),
      text: md(
        '这张卡可能**已经绑定**在这个账户或另一个账户上：\n\n' +
          '1. 在钱包的“银行卡”列表里看看，按卡号后四位找一找。\n' +
          '2. 如果绑在您的另一个账户上，先在那个账户里解绑，再回来绑定。\n' +
          '3. 如果您从没绑过这张卡，可能有人冒用了您的信息：请立即修改密码并联系客服。',
        'The card may **already be linked**, to this account or to another one:\n\n' +
          "1. Look in the wallet's list of bank cards, by the last four digits.\n" +
          '2. If it is linked to another account of yours, remove it there first, then link it here.\n' +
          '3. If you never linked this card, someone may be using your details: change your password now and contact support.',
        '這張卡可能**已經綁定**在這個帳戶或另一個帳戶上：\n\n' +
          '1. 在錢包的「銀行卡」清單裡看看，依卡號末四碼找一找。\n' +
          '2. 如果綁在您的另一個帳戶上，先在那個帳戶裡解除綁定，再回來綁定。\n' +
          '3. 如果您從沒綁過這張卡，可能有人冒用了您的資料：請立即變更密碼並聯絡客服。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 001: 系统维护、故障或升级 → 查看官方网站或社交媒体平台的公告，等待一段时间; docs/domain.md §2b maintenance.
    fixingPlatform: fix('wait-for-platform', {
      title: t(
        '查看了平台公告并稍后重试',
        "Checked the platform's announcements and retried later",
        '查看了平台公告並稍後重試',
      ),
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
    // Seed 001: 了解其是否支持绑卡功能 (official features page; keep a record and ask support); seed
    // 004: 无法绑定银行卡…咨询客服. An old app or system: docs/domain.md §2b device (版本过低,
    // 不支持该设备 → update the app or OS, S1, S2).
    fixingFindOption: fix('find-binding-option', {
      title: t(
        '找了绑卡入口，更新了 App 并确认了钱包是否支持绑卡',
        'Looked for the add-card option, updated the app and checked whether the wallet supports cards',
        '找了綁卡入口，更新了 App 並確認了錢包是否支援綁卡',
      ),
      text: md(
        '不是所有钱包都支持绑卡，入口也各不相同；显示设备或版本不支持时，多半是 App 或手机系统太旧：\n\n' +
          '1. 一般在“我的”→“银行卡”→“添加银行卡”。\n' +
          '2. 在应用商店把钱包 App 更新到最新版本；手机系统太旧也请更新。\n' +
          '3. 看看钱包官方网站的功能介绍，确认是否支持绑卡、支持哪些银行。\n' +
          '4. 还是找不到的话，截图保存操作页面和提示，联系钱包客服确认。',
        "Not every wallet lets you link a card, and the option lives in different places; when it says the device or version is not supported, the app or the phone's system is usually too old:\n\n" +
          '1. It is usually under "Me" → "Bank cards" → "Add card".\n' +
          "2. Update the wallet app to the latest version in the app store, and update the phone's system if it is old.\n" +
          "3. Check the features page on the wallet's official website: does it support cards, and from which banks?\n" +
          "4. If you still cannot find it, keep screenshots of the screens and any message, and ask the wallet's support.",
        '不是所有錢包都支援綁卡，入口也各不相同；顯示裝置或版本不支援時，多半是 App 或手機系統太舊：\n\n' +
          '1. 一般在「我的」→「銀行卡」→「新增銀行卡」。\n' +
          '2. 在 App Store 或 Google Play 把錢包 App 更新到最新版本；手機系統太舊也請更新。\n' +
          '3. 看看錢包官方網站的功能介紹，確認是否支援綁卡、支援哪些銀行。\n' +
          '4. 還是找不到的話，截圖保存操作畫面和訊息，聯絡錢包客服確認。',
      ),
      next: 'askingOtherCause',
    }),
    // Linking checks the card's details and the bank's SMS code (docs/domain.md S18); it takes no
    // payment, so a balance message belongs to a payment or top-up.
    explainingBalance: explain(
      md(
        '这条提示说的是**余额不足**。绑定银行卡只核对卡的信息和银行发的验证码，一般不会扣款，所以它通常出现在绑卡之后的付款或充值时。如果您是在付款或充值时看到的，可以从“重新开始”选择“付款失败”或“充值失败”；如果确实是在绑卡时看到的，请交给客服确认。',
        'That message says **there is not enough balance**. Linking a card only checks the card\'s details and the bank\'s SMS code and normally takes no money, so this message usually comes from a payment or a top-up made after linking. If you saw it while paying or topping up, choose "A payment failed" or "A top-up failed" after "Start over"; if it really appeared while linking the card, let support look at it.',
        '這則訊息說的是**餘額不足**。綁定銀行卡只會核對卡片資料和銀行傳送的驗證碼，一般不會扣款，所以它通常出現在綁卡之後的付款或儲值時。如果您是在付款或儲值時看到的，可以從「重新開始」選擇「付款失敗」或「儲值失敗」；如果確實是在綁卡時看到的，請交給客服確認。',
      ),
    ),
    // docs/domain.md §2b duplicate-charge: an order already paid or a repeated payment (S36, S39);
    // linking takes no payment (S18).
    explainingCharge: explain(
      md(
        '这条提示说的是**重复扣款或订单已经付过款**，通常出现在付款时；绑定银行卡一般不会扣款。如果绑卡后发现卡里少了钱，请先在银行卡账单里看看这笔扣款的时间和商家：是您自己的付款，可以从“重新开始”选择“付款失败”；不认识这笔扣款，请选择“钱不见了或被重复扣款”。也可以直接提交工单给客服。',
        'That message is about **a duplicate charge or an order that was already paid**, which comes up when paying; linking a card normally takes no money. If money left the card after you linked it, look in the card statement for when it was taken and by whom: if it was your own payment, choose "A payment failed" after "Start over"; if you do not recognise it, choose "Money is missing or was taken twice". You can also send a ticket to support straight away.',
        '這則訊息說的是**重複扣款或訂單已經付過款**，通常出現在付款時；綁定銀行卡一般不會扣款。如果綁卡後發現卡裡少了錢，請先在銀行卡帳單裡看看這筆扣款的時間和商家：是您自己的付款，可以從「重新開始」選擇「付款失敗」；不認識這筆扣款，請選擇「錢不見了或被重複扣款」。也可以直接提交客服單給客服。',
      ),
    ),
    // docs/domain.md §2c (S26): a payment waiting for the person's password has no result yet;
    // paying again meanwhile can pay twice. Linking asks for no payment.
    explainingPending: explain(
      md(
        '这条提示说的是**有一笔付款在等您确认**（例如输入支付密码），绑定银行卡一般不需要付款。如果钱包 App 里有等待确认的付款，请在那里完成或取消，**在知道结果之前不要再付一次**。绑卡本身没有成功的话，先在钱包的银行卡列表里看看这张卡是否已经绑上，再决定要不要重新绑定；仍有疑问请交给客服。',
        "That message says **a payment is waiting for you to confirm it** (for example with your payment password); linking a card normally needs no payment. If the wallet app shows a payment waiting for you, finish or cancel it there, and **do not pay again until you know the result**. If the card link itself failed, first check the wallet's list of bank cards to see whether the card was linked after all, then decide whether to link it again; if anything is unclear, let support look at it.",
        '這則訊息說的是**有一筆付款在等您確認**（例如輸入支付密碼），綁定銀行卡一般不需要付款。如果錢包 App 裡有等待確認的付款，請在那裡完成或取消，**在知道結果之前不要再付一次**。綁卡本身沒有成功的話，先在錢包的銀行卡清單裡看看這張卡是否已經綁上，再決定要不要重新綁定；仍有疑問請交給客服。',
      ),
    ),
    // Card binding tickets need neither amount nor time: nothing is asked on the way.
    ...endings({ collect: [] }),
  },
});
