/**
 * Opening or activating a wallet failed (seed 002): identity data incomplete or wrong, face,
 * fingerprint or SMS verification, the network, platform maintenance, one registration per phone
 * number or ID, device compatibility, a bank card the bank declined or that has expired or is
 * locked, and an account restricted for reasons only the official channels give. Facts and their
 * sources: docs/domain.md; the flow × cause table: docs/flow-causes.md.
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

/** Cheapest check first: re-entering data before changing devices, calling the bank or waiting for the platform. */
const causes: Choice[] = [
  {
    id: 'details',
    label: t('显示信息不完整或有误', 'It said my details are incomplete or wrong', '顯示資料不完整或有誤'),
    target: 'fixingIdentityData',
    cause: 'account-incomplete',
    unlessTried: 'complete-identity-data',
  },
  {
    id: 'verification',
    label: t('人脸、指纹或短信验证没通过', 'The face, fingerprint or SMS check failed', '臉部、指紋或簡訊驗證沒通過'),
    target: 'fixingVerification',
    cause: 'verification-failed',
    unlessTried: 'redo-verification',
  },
  {
    id: 'network',
    label: t('网络不好或页面一直加载', 'Bad connection, or the page kept loading', '網路不好或頁面一直載入'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'registered',
    label: t(
      '显示手机号或身份证已注册',
      'It said my phone number or ID is already registered',
      '顯示手機號碼或身分證已註冊',
    ),
    target: 'fixingAlreadyRegistered',
    cause: 'already-registered',
    unlessTried: 'use-existing-account',
  },
  {
    id: 'device',
    label: t(
      '手机不支持或找不到开通功能',
      'My phone is not supported, or the option is missing',
      '手機不支援或找不到開通功能',
    ),
    target: 'fixingDevice',
    cause: 'device-unsupported',
    unlessTried: 'switch-device',
  },
  {
    id: 'card',
    label: t(
      '银行卡被拒、过期或被锁定',
      'The bank card was declined, has expired or is locked',
      '銀行卡被拒、過期或被鎖定',
    ),
    target: 'fixingBankCard',
    cause: 'bank-restricted',
    unlessTried: 'check-bank-card',
  },
  {
    id: 'platform',
    label: t('显示系统繁忙或维护中', 'It said the system is busy or under maintenance', '顯示系統忙碌或維護中'),
    target: 'fixingPlatform',
    cause: 'maintenance',
    unlessTried: 'wait-for-platform',
  },
  {
    id: 'restricted',
    label: t('显示账户受限或被冻结', 'It said the account is restricted or frozen', '顯示帳戶受限或被凍結'),
    target: 'fixingAccountRestricted',
    cause: 'risk-control',
    unlessTried: 'contact-official-channel',
  },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TO_TICKET },
];

/** Every cause the classifier can name, and where it leads when opening a wallet. */
const routes: Routes = {
  'account-incomplete': 'fixingIdentityData',
  // Activation may check a bank card's details against the bank (docs/domain.md S18).
  'card-info-invalid': 'fixingIdentityData',
  'verification-failed': 'fixingVerification',
  network: 'fixingNetwork',
  'already-registered': 'fixingAlreadyRegistered',
  'device-unsupported': 'fixingDevice',
  maintenance: 'fixingPlatform',
  'bank-restricted': 'fixingBankCard',
  'card-expired-or-locked': 'fixingBankCard',
  // No reason is named (docs/domain.md §2c, S37, S38).
  'risk-control': 'fixingAccountRestricted',
  // Opening a wallet takes no payment: what these messages usually mean, and the ticket.
  'insufficient-balance': 'explainingBalance',
  'limit-exceeded': 'explainingLimit',
  'merchant-unsupported': 'explainingMerchant',
  'duplicate-charge': 'explainingCharge',
  'payment-pending': 'explainingPending',
};

export const activationFailed = flowSetup.createMachine({
  id: 'activation-failed',
  version: '3',
  context: ({ input }) => initialContext(input),
  initial: 'askingError',
  states: {
    askingError: ask('errorMessage', {
      answer: 'text',
      question: t(
        '很抱歉钱包没有开通成功。开通时显示了什么提示？可以直接粘贴过来（不要输入身份证号或验证码）。',
        'Sorry the wallet could not be activated. What did the app say? You can paste it (leave out your ID number and any code).',
        '很抱歉錢包沒有開通成功。開通時顯示了什麼訊息？可以直接貼上來（請勿輸入身分證字號或驗證碼）。',
      ),
      placeholder: t('例如：身份信息校验失败', 'e.g. Identity check failed', '例如：身分資料驗證失敗'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    // Seed 002: 信息不完整或存在错误 → 检查所有必填项，重启开通流程. An expired ID restricts services
    // until it is updated (PSBC, docs/domain.md §1a, S8). A bank card checked while opening must
    // match the bank's records: name, ID number, card number, bank-reserved phone (S18, §2b card-info).
    fixingIdentityData: fix('complete-identity-data', {
      title: t(
        '核对并补全了身份信息后重新开通',
        'Checked and completed my identity details and tried again',
        '核對並補齊了身分資料後重新開通',
      ),
      text: md(
        '开通钱包要核实身份，**信息不完整或有误**时系统无法验证：\n\n' +
          '1. 检查每个必填项都已填写，包括手机号和邮箱。\n' +
          '2. 姓名、证件号码要和身份证件上**完全一致**（注意生僻字、空格和字母大小写）。\n' +
          '3. 开通时要填银行卡的话，卡号、持卡人姓名、身份证号和手机号要和您在银行留的完全一致，而且只能用本人名下的卡。\n' +
          '4. 确认证件还在有效期内；证件过期的话，先到银行 App 或网点更新，有的银行会在证件过期后限制服务。\n' +
          '5. 退出开通流程，从头重新填写一次。',
        'Activating a wallet means verifying who you are; with **incomplete or wrong details** the system cannot:\n\n' +
          '1. Make sure every required field is filled in, including phone number and email.\n' +
          '2. Your name and ID number must match your ID document **exactly** (watch for rare characters, spaces and letter case).\n' +
          '3. If activation asks for a bank card, its number, the cardholder name, ID number and phone number must match what you gave the bank exactly, and the card must be in your own name.\n' +
          '4. Check your ID has not expired; if it has, update it in the bank app or at a branch first: some banks restrict services once an ID expires.\n' +
          '5. Leave the activation and start again from the beginning.',
        '開通錢包要核實身分，**資料不完整或有誤**時系統無法驗證：\n\n' +
          '1. 檢查每個必填欄位都已填寫，包括手機號碼和電子郵件。\n' +
          '2. 姓名、證件號碼要和身分證件上**完全一致**（注意罕用字、空格和英文大小寫）。\n' +
          '3. 開通時要填銀行卡的話，卡號、持卡人姓名、身分證字號和手機號碼要和您在銀行留存的完全一致，而且只能用本人名下的卡。\n' +
          '4. 確認證件還在有效期限內；證件過期的話，先到行動銀行 App 或分行更新，有的銀行會在證件過期後限制服務。\n' +
          '5. 退出開通流程，從頭重新填寫一次。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 002: 摄像头未对准、光线不足或角度不当; 验证码在规定的时间内完成. Which phone gets the code:
    // the number the wallet is opened with (e-CNY, docs/domain.md S2, S32); a bank card's code goes
    // to the number the bank has on file (S18, §2c). Codes are never shared (S21).
    fixingVerification: fix('redo-verification', {
      title: t(
        '在光线好、信号好的地方重新完成了验证',
        'Redid the check in good light and with a good signal',
        '在光線好、訊號好的地方重新完成了驗證',
      ),
      text: md(
        '开通时的**人脸、指纹或短信验证**对环境要求较高：\n\n' +
          '1. **人脸识别**：在光线充足的地方，正对摄像头，摘下帽子、口罩和反光的眼镜，擦干净镜头，保持手机稳定。\n' +
          '2. **指纹**：手指保持干净干燥；多次失败就改用密码验证。\n' +
          '3. **短信验证码**：验证码发到您开通时填写的手机号；要验证银行卡时，由银行发到您在银行预留的手机号。确认手机信号良好，在规定时间内输入，不要跳过或拖延；过期了就重新获取。\n\n' +
          '验证码只在开通页面自己输入，不要告诉任何人。',
        'The **face, fingerprint or SMS check** during activation is picky about conditions:\n\n' +
          '1. **Face recognition**: find good light, face the camera straight on, take off hat, mask and reflective glasses, wipe the lens and hold the phone steady.\n' +
          '2. **Fingerprint**: keep your finger clean and dry; after several failures use the password option instead.\n' +
          '3. **SMS code**: it goes to the phone number you are activating with; when a bank card is being checked, the bank sends it to the number it has on file for you. Make sure you have a good signal and enter the code within the time allowed, without skipping or waiting; if it expired, request a new one.\n\n' +
          'Type the code yourself on the activation page and tell it to no one.',
        '開通時的**臉部、指紋或簡訊驗證**對環境要求較高：\n\n' +
          '1. **臉部辨識**：在光線充足的地方，正對鏡頭，摘下帽子、口罩和反光的眼鏡，擦乾淨鏡頭，保持手機穩定。\n' +
          '2. **指紋**：手指保持乾淨乾燥；多次失敗就改用密碼驗證。\n' +
          '3. **簡訊驗證碼**：驗證碼會傳到您開通時填寫的手機號碼；要驗證銀行卡時，由銀行傳到您在銀行留存的手機號碼。確認手機訊號良好，在規定時間內輸入，不要跳過或拖延；過期了就重新取得。\n\n' +
          '驗證碼只在開通頁面自己輸入，不要告訴任何人。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 002: 网络不稳定…稍后再进行操作; 避免在公共网络环境下进行操作.
    fixingNetwork: fix('check-network', {
      title: t(
        '换到稳定、安全的网络后重新开通',
        'Moved to a steady, private connection and tried again',
        '換到穩定、安全的網路後重新開通',
      ),
      text: md(
        '网络不稳定时，开通请求可能没有提交成功：\n\n' +
          '1. 换到信号好的地方，或在 Wi-Fi 和移动数据之间切换。\n' +
          '2. 填写身份信息时**不要用公共 Wi-Fi**，以免信息被窃取。\n' +
          '3. 稍后重新打开开通页面再试一次。',
        'On a shaky connection the activation request may not have gone through:\n\n' +
          '1. Move somewhere with a better signal, or switch between Wi-Fi and mobile data.\n' +
          '2. **Do not use public Wi-Fi** while entering identity details: they could be intercepted.\n' +
          '3. Reopen the activation page a little later and try again.',
        '網路不穩定時，開通請求可能沒有送出成功：\n\n' +
          '1. 換到訊號好的地方，或在 Wi-Fi 和行動數據之間切換。\n' +
          '2. 填寫身分資料時**不要使用公共 Wi-Fi**，以免資料被竊取。\n' +
          '3. 稍後重新開啟開通頁面再試一次。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 002: 每个手机号或身份证只能注册一次; 更换手机号或使用电子邮件进行注册; 确保未在其他设备上用
    // 相同的信息开通过. "One e-CNY wallet of each type" is CCB's rule only (docs/domain.md §1a, S7);
    // other operator banks are allowed (S2).
    fixingAlreadyRegistered: fix('use-existing-account', {
      title: t(
        '找回了已注册的账户或换了注册信息',
        'Recovered the existing account or registered with other details',
        '找回了已註冊的帳戶或更換了註冊資料',
      ),
      text: md(
        '很多钱包规定**每个手机号或身份证只能注册一次**：\n\n' +
          '1. 您可能以前注册过：用这个手机号直接登录，忘了密码就用“忘记密码”找回。\n' +
          '2. 想想是否在另一部手机上用同样的信息开通过。\n' +
          '3. 需要新账户的话，换一个手机号或用电子邮件注册。\n' +
          '4. 数字人民币钱包：有的银行（例如建设银行）每类钱包只允许开一个；已经开过的话，可以直接使用那个钱包，也可以在另一家运营银行开通。\n\n' +
          '如果您从没注册过，可能有人冒用了您的身份信息：请联系客服核实。',
        'Many wallets allow **one registration per phone number or ID**:\n\n' +
          '1. You may have registered before: log in with this number, and use "Forgot password" if you need to.\n' +
          '2. Think whether you activated a wallet with the same details on another phone.\n' +
          '3. If you need a new account, register with another phone number or with an email address.\n' +
          '4. e-CNY wallets: some banks, such as CCB (China Construction Bank), allow only one wallet of each type; if you already have one there, use it, or open one with another operator bank.\n\n' +
          'If you never registered, someone may have used your identity: contact support to check.',
        '很多錢包規定**每個手機號碼或身分證只能註冊一次**：\n\n' +
          '1. 您可能以前註冊過：用這個手機號碼直接登入，忘了密碼就用「忘記密碼」找回。\n' +
          '2. 想想是否在另一支手機上用同樣的資料開通過。\n' +
          '3. 需要新帳戶的話，換一個手機號碼或用電子郵件註冊。\n' +
          '4. 數位人民幣錢包：有的銀行（例如建設銀行）每類錢包只允許開一個；已經開過的話，可以直接使用那個錢包，也可以在另一家營運銀行開通。\n\n' +
          '如果您從沒註冊過，可能有人冒用了您的身分資料：請聯絡客服核實。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 002: 设备在兼容性上也可能存在问题 → 切换到其他设备; docs/domain.md §2b device (版本过低 →
    // update the app/OS, S1: whitelist checks often failed on phones with an old OS, S2).
    fixingDevice: fix('switch-device', {
      title: t(
        '更新了系统和 App，或换了一部手机',
        'Updated the system and app, or used another phone',
        '更新了系統和 App，或換了一支手機',
      ),
      text: md(
        '有些功能对**设备和系统版本**有要求，不兼容时开通会失败：\n\n' +
          '1. 把钱包 App 更新到最新版本。\n' +
          '2. 把手机系统更新到最新版本；系统太旧时验证经常失败。\n' +
          '3. 在应用商店的说明里看看支持哪些机型和系统。\n' +
          '4. 仍然不行就换一部手机试试。',
        'Some features need **a particular device or system version**; on an incompatible phone activation fails:\n\n' +
          '1. Update the wallet app to the latest version.\n' +
          "2. Update your phone's system; on an old system the checks often fail.\n" +
          '3. Read the app store listing for the phones and systems it supports.\n' +
          '4. If it still fails, try another phone.',
        '有些功能對**裝置和系統版本**有要求，不相容時開通會失敗：\n\n' +
          '1. 把錢包 App 更新到最新版本。\n' +
          '2. 把手機系統更新到最新版本；系統太舊時驗證經常失敗。\n' +
          '3. 在 App Store 或 Google Play 的說明裡看看支援哪些機型和系統。\n' +
          '4. 仍然不行就換一支手機試試。',
      ),
      next: 'askingOtherCause',
    }),
    // Opening or upgrading a wallet can link a bank card or account in the person's name: an e-CNY
    // wallet linked to a card becomes type 2, type 1 is linked to a bank account (docs/domain.md
    // §1a, S1, S2, S6); only your own card can be linked (S18). Declined: docs/domain.md §2b
    // bank-restriction (contact the issuer, S11, S37). Expired or locked: §2b card-expired-locked;
    // the reason for a lost, stolen or retained card is never named (§2c, S37, S38).
    fixingBankCard: fix('check-bank-card', {
      title: t(
        '联系了银行或换了一张本人名下的银行卡',
        'Called the bank or used another card in my own name',
        '聯絡了銀行或換了一張本人名下的銀行卡',
      ),
      text: md(
        '开通或升级钱包时，常常要关联一张**您本人名下的银行卡**（例如数字人民币钱包绑定银行卡后升级为二类钱包）。这一步被银行拒绝了，或者这张卡已过期、被锁定：\n\n' +
          '1. 看一下卡面上的有效期；已经收到新卡的话，改用新卡开通。\n' +
          '2. 拨打银行卡背面的客服电话，问这张卡能不能用于绑定钱包和网上支付（快捷支付）；密码输错次数太多被锁定的话，请银行解锁。\n' +
          '3. 银行不同意，或者需要补发新卡时，先换一张本人名下的其他银行卡开通。\n\n' +
          '银行客服不会问您的密码或验证码。',
        'Opening or upgrading a wallet often links **a bank card in your own name** (an e-CNY wallet, for example, becomes a type 2 wallet once a card is linked). The bank declined that step, or the card has expired or is locked:\n\n' +
          '1. Look at the expiry date on the card; if you have received a new card, use the new one.\n' +
          '2. Call the number on the back of the card and ask whether the card can be linked to a wallet and used for online (quick) payments; if too many wrong PINs or passwords locked it, ask the bank to unlock it.\n' +
          '3. If the bank will not, or the card has to be replaced, use another card in your own name for now.\n\n' +
          'The bank will never ask for your password or an SMS code.',
        '開通或升級錢包時，常常要關聯一張**您本人名下的銀行卡**（例如數位人民幣錢包綁定銀行卡後會升級為二類錢包）。這一步被銀行拒絕了，或者這張卡已過期、被鎖定：\n\n' +
          '1. 看一下卡面上的有效期限；已經收到新卡的話，改用新卡開通。\n' +
          '2. 撥打銀行卡背面的客服電話，詢問這張卡能不能用來綁定錢包和網路付款（快捷支付）；密碼輸錯太多次被鎖定的話，請銀行解鎖。\n' +
          '3. 銀行不同意，或需要補發新卡時，先換一張本人名下的其他銀行卡開通。\n\n' +
          '銀行客服不會詢問您的密碼或驗證碼。',
      ),
      next: 'askingOtherCause',
    }),
    // Seed 002: 服务平台正在进行维护或升级…应用本身的问题…等待更新; 官方帮助中心.
    fixingPlatform: fix('wait-for-platform', {
      title: t(
        '查看了官方公告并稍后重试',
        'Checked the official announcements and retried later',
        '查看了官方公告並稍後重試',
      ),
      text: md(
        '服务平台可能正在**维护或升级**，这时无法开通：\n\n' +
          '1. 查看官方帮助中心、网站或社交媒体账号上的维护公告。\n' +
          '2. 是 App 本身的问题的话，等新版本发布后更新再试。\n' +
          '3. 稍后再开通，不要短时间内反复尝试。',
        'The platform may be **under maintenance or being upgraded**, and activation is paused meanwhile:\n\n' +
          '1. Look for a notice in the official help centre, on the website or on its social media accounts.\n' +
          '2. If the app itself is at fault, update it once a new version is out and try again.\n' +
          '3. Try again later, rather than many times in a row.',
        '服務平台可能正在**維護或升級**，這時無法開通：\n\n' +
          '1. 查看官方說明中心、網站或社群帳號上的維護公告。\n' +
          '2. 是 App 本身的問題的話，等新版本推出後更新再試。\n' +
          '3. 稍後再開通，不要短時間內一直嘗試。',
      ),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b risk-control: do not retry again and again, use the official channel, show
    // only a generic reason (§2c, S37, S38). Official channels first, and only those: docs/domain.md
    // §7 and §8 (phishing, seed 003); seed 002 names the hotline and the in-app or online help.
    fixingAccountRestricted: fix('contact-official-channel', {
      title: t(
        '通过官方渠道确认了账户状态',
        'Checked the account status through the official channel',
        '透過官方管道確認了帳戶狀態',
      ),
      text: md(
        '钱包或银行**暂时限制了这次开通或这个账户**，原因只会通过官方渠道告诉您本人：\n\n' +
          '1. 不要反复重试，以免账户被进一步限制。\n' +
          '2. 确认设备安全：系统和钱包 App 是最新版本，没有装来路不明的 App，不在公共 Wi-Fi 下操作。\n' +
          '3. 通过钱包 App 内的官方客服，或官方网站上的客服热线咨询；不要相信陌生来电、短信或链接里的“客服”。',
        '**The wallet or the bank has restricted this activation or the account** for now, and they tell the reason only to you, through their official channels:\n\n' +
          '1. Do not retry again and again; it can restrict the account further.\n' +
          '2. Make sure your device is safe: system and wallet app up to date, no apps from unknown sources, no public Wi-Fi.\n' +
          '3. Contact the official support in the wallet app, or the hotline on its official website; do not trust "support" that reaches you by an unknown call, message or link.',
        '錢包或銀行**暫時限制了這次開通或這個帳戶**，原因只會透過官方管道告訴您本人：\n\n' +
          '1. 不要一直重試，以免帳戶被進一步限制。\n' +
          '2. 確認裝置安全：系統和錢包 App 是最新版本，沒有安裝來路不明的 App，不在公共 Wi-Fi 下操作。\n' +
          '3. 透過錢包 App 內的官方客服，或官方網站上的客服專線詢問；不要相信陌生來電、簡訊或連結裡的「客服」。',
      ),
      next: TO_TICKET,
    }),
    // Opening a wallet verifies who you are (seed 002); it takes no payment, so these messages
    // belong to a payment or a top-up made afterwards.
    explainingBalance: explain(
      md(
        '这条提示说的是**余额不足**。开通钱包只核实您的身份，一般不需要付款，所以它通常出现在开通之后的付款或充值时。如果您是在付款或充值时看到的，可以从“重新开始”选择“付款失败”或“充值失败”；如果确实是在开通时看到的，请交给客服确认。',
        'That message says **there is not enough balance**. Opening a wallet only verifies who you are and normally takes no payment, so this message usually comes from a payment or a top-up made after opening it. If you saw it while paying or topping up, choose "A payment failed" or "A top-up failed" after "Start over"; if it really appeared while activating, let support look at it.',
        '這則訊息說的是**餘額不足**。開通錢包只核實您的身分，一般不需要付款，所以它通常出現在開通之後的付款或儲值時。如果您是在付款或儲值時看到的，可以從「重新開始」選擇「付款失敗」或「儲值失敗」；如果確實是在開通時看到的，請交給客服確認。',
      ),
    ),
    // Limits cap payment amounts and balances (docs/domain.md §1a, §1b); a cap on how many wallets
    // one person may open (CCB, S7) is the "already registered" case.
    explainingLimit: explain(
      md(
        '这条提示说的是**超出限额**。限额管的是付款、充值的金额和钱包余额，开通钱包本身不涉及金额。如果提示的意思是开通的钱包或账户数量已达上限，那和“已注册”是同一类问题：请选“看看其他可能的原因”，再选“显示手机号或身份证已注册”。如果是在开通后付款或充值时看到的，可以从“重新开始”选择对应的问题；都不是的话，请交给客服确认。',
        'That message says **a limit was reached**. Limits cap the amounts you pay or top up and the balance a wallet may hold; opening a wallet involves no amount. If it meant you have opened as many wallets or accounts as allowed, that is the same kind of problem as "already registered": choose "Look at other possible causes", then "It said my phone number or ID is already registered". If you saw it while paying or topping up after opening the wallet, choose that problem after "Start over"; otherwise, let support look at it.',
        '這則訊息說的是**超出限額**。限額管的是付款、儲值的金額和錢包餘額，開通錢包本身不涉及金額。如果訊息的意思是開通的錢包或帳戶數量已達上限，那和「已註冊」是同一類問題：請選「看看其他可能的原因」，再選「顯示手機號碼或身分證已註冊」。如果是在開通後付款或儲值時看到的，可以從「重新開始」選擇對應的問題；都不是的話，請交給客服確認。',
      ),
    ),
    // docs/domain.md §2b merchant: a merchant that does not accept this wallet or method, at payment.
    explainingMerchant: explain(
      md(
        '这条提示说的是**商家不支持这种付款方式**，通常出现在付款时，而不是开通钱包时。如果您是在付款时看到的，可以从“重新开始”选择“付款失败”；如果确实是在开通时看到的，请交给客服确认。',
        'That message says **the merchant does not accept this payment method**. It comes up when paying, not when opening a wallet. If you saw it while paying, choose "A payment failed" after "Start over"; if it really appeared while activating, let support look at it.',
        '這則訊息說的是**商家不支援這種付款方式**，通常出現在付款時，而不是開通錢包時。如果您是在付款時看到的，可以從「重新開始」選擇「付款失敗」；如果確實是在開通時看到的，請交給客服確認。',
      ),
    ),
    // docs/domain.md §2b duplicate-charge: an order already paid or a repeated payment (S36, S39).
    explainingCharge: explain(
      md(
        '这条提示说的是**重复扣款或订单已经付过款**，通常出现在付款时；开通钱包一般不会扣款。如果开通后发现钱少了，请先在账单里看看这笔扣款的时间和商家：是您自己的付款，可以从“重新开始”选择“付款失败”；不认识这笔扣款，请选择“钱不见了或被重复扣款”。也可以直接提交工单给客服。',
        'That message is about **a duplicate charge or an order that was already paid**, which comes up when paying; opening a wallet normally takes no money. If money is missing after you opened the wallet, look in the statement for when it was taken and by whom: if it was your own payment, choose "A payment failed" after "Start over"; if you do not recognise it, choose "Money is missing or was taken twice". You can also send a ticket to support straight away.',
        '這則訊息說的是**重複扣款或訂單已經付過款**，通常出現在付款時；開通錢包一般不會扣款。如果開通後發現錢少了，請先在帳單裡看看這筆扣款的時間和商家：是您自己的付款，可以從「重新開始」選擇「付款失敗」；不認識這筆扣款，請選擇「錢不見了或被重複扣款」。也可以直接提交客服單給客服。',
      ),
    ),
    // docs/domain.md §2c (S26): a payment waiting for the person's password has no result yet;
    // paying again meanwhile can pay twice.
    explainingPending: explain(
      md(
        '这条提示说的是**有一笔付款在等您确认**（例如输入支付密码），开通钱包一般不需要付款。如果钱包 App 里有等待确认的付款，请在那里完成或取消，**在知道结果之前不要再付一次**。开通本身没有成功的话，可以看看其他可能的原因，或者交给客服确认。',
        'That message says **a payment is waiting for you to confirm it** (for example with your payment password); opening a wallet normally needs no payment. If the wallet app shows a payment waiting for you, finish or cancel it there, and **do not pay again until you know the result**. If the activation itself failed, look at other possible causes, or let support look at it.',
        '這則訊息說的是**有一筆付款在等您確認**（例如輸入支付密碼），開通錢包一般不需要付款。如果錢包 App 裡有等待確認的付款，請在那裡完成或取消，**在知道結果之前不要再付一次**。開通本身沒有成功的話，可以看看其他可能的原因，或交給客服確認。',
      ),
    ),
    // Activation tickets need neither amount nor time: nothing is asked on the way.
    ...endings({ collect: [] }),
  },
});
