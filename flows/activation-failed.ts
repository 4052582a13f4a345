/**
 * Opening or activating a wallet failed (seed 002): identity data incomplete or wrong, face,
 * fingerprint or SMS verification, the network, platform maintenance, one registration per phone
 * number or ID, and device compatibility.
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

/** Cheapest check first: re-entering data before changing devices or waiting for the platform. */
const causes: Choice[] = [
  { id: 'details', label: t('提示信息不完整或有误', 'It said my details are incomplete or wrong', '提示資料不完整或有誤'), target: 'fixingIdentityData', cause: 'account-incomplete', unlessTried: 'complete-identity-data' },
  { id: 'verification', label: t('人脸、指纹或短信验证没通过', 'The face, fingerprint or SMS check failed', '臉部、指紋或簡訊驗證沒通過'), target: 'fixingVerification', cause: 'verification-failed', unlessTried: 'redo-verification' },
  { id: 'network', label: t('网络不好或页面一直加载', 'Bad connection, or the page kept loading', '網路不好或頁面一直載入'), target: 'fixingNetwork', cause: 'network', unlessTried: 'check-network' },
  { id: 'registered', label: t('提示手机号或身份证已注册', 'It said my phone number or ID is already registered', '提示手機號碼或身分證已註冊'), target: 'fixingAlreadyRegistered', cause: 'already-registered', unlessTried: 'use-existing-account' },
  { id: 'device', label: t('手机不支持或找不到开通功能', 'My phone is not supported, or the option is missing', '手機不支援或找不到開通功能'), target: 'fixingDevice', cause: 'device-unsupported', unlessTried: 'switch-device' },
  { id: 'platform', label: t('提示系统繁忙或维护中', 'It said the system is busy or under maintenance', '提示系統忙碌或維護中'), target: 'fixingPlatform', cause: 'maintenance', unlessTried: 'wait-for-platform' },
  { id: 'none', label: t('都不是，联系客服', 'None of these, contact support', '都不是，聯絡客服'), target: TICKET },
];

const routes: Routes = {
  'account-incomplete': 'fixingIdentityData',
  'card-info-invalid': 'fixingIdentityData',
  'verification-failed': 'fixingVerification',
  network: 'fixingNetwork',
  'already-registered': 'fixingAlreadyRegistered',
  'device-unsupported': 'fixingDevice',
  maintenance: 'fixingPlatform',
};

export const activationFailed = flowSetup.createMachine({
  id: 'activation-failed',
  version: '2',
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
    fixingIdentityData: fix('complete-identity-data', {
      title: t('核对并补全了身份信息后重新开通', 'Checked and completed my identity details and tried again', '核對並補齊了身分資料後重新開通'),
      text: md(
        '开通钱包要核实身份，**信息不完整或有误**时系统无法验证：\n\n' +
          '1. 检查每个必填项都已填写，包括手机号和邮箱。\n' +
          '2. 姓名、证件号码要和身份证件上**完全一致**（注意生僻字、空格和字母大小写）。\n' +
          '3. 确认证件还在有效期内；证件过期的话，先到银行 App 或网点更新，有的银行会在证件过期后限制服务。\n' +
          '4. 退出开通流程，从头重新填写一次。',
        'Activating a wallet means verifying who you are; with **incomplete or wrong details** the system cannot:\n\n' +
          '1. Make sure every required field is filled in, including phone number and email.\n' +
          '2. Your name and ID number must match your ID document **exactly** (watch for rare characters, spaces and letter case).\n' +
          '3. Check your ID has not expired; if it has, update it in the bank app or at a branch first: some banks restrict services once an ID expires.\n' +
          '4. Leave the activation and start again from the beginning.',
        '開通錢包要核實身分，**資料不完整或有誤**時系統無法驗證：\n\n' +
          '1. 檢查每個必填欄位都已填寫，包括手機號碼和電子郵件。\n' +
          '2. 姓名、證件號碼要和身分證件上**完全一致**（注意罕用字、空格和英文大小寫）。\n' +
          '3. 確認證件還在有效期限內；證件過期的話，先到銀行 App 或分行更新，有的銀行會在證件過期後限制服務。\n' +
          '4. 退出開通流程，從頭重新填寫一次。',
      ),
      next: 'askingOtherCause',
    }),
    fixingVerification: fix('redo-verification', {
      title: t('在光线好、信号好的地方重新完成了验证', 'Redid the check in good light and with a good signal', '在光線好、訊號好的地方重新完成了驗證'),
      text: md(
        '开通时的**人脸、指纹或短信验证**对环境要求较高：\n\n' +
          '1. **人脸识别**：在光线充足的地方，正对摄像头，摘下帽子、口罩和反光的眼镜，擦干净镜头，保持手机稳定。\n' +
          '2. **指纹**：手指保持干净干燥；多次失败就改用密码验证。\n' +
          '3. **短信验证码**：确认手机信号良好，在规定时间内输入，不要跳过或拖延；过期了就重新获取。\n\n' +
          '验证码只在开通页面自己输入，不要告诉任何人。',
        'The **face, fingerprint or SMS check** during activation is picky about conditions:\n\n' +
          '1. **Face recognition**: find good light, face the camera straight on, take off hat, mask and reflective glasses, wipe the lens and hold the phone steady.\n' +
          '2. **Fingerprint**: keep your finger clean and dry; after several failures use the password option instead.\n' +
          '3. **SMS code**: make sure you have a good signal and enter the code within the time allowed, without skipping or waiting; if it expired, request a new one.\n\n' +
          'Type the code yourself on the activation page and tell it to no one.',
        '開通時的**臉部、指紋或簡訊驗證**對環境要求較高：\n\n' +
          '1. **臉部辨識**：在光線充足的地方，正對鏡頭，摘下帽子、口罩和反光的眼鏡，擦乾淨鏡頭，保持手機穩定。\n' +
          '2. **指紋**：手指保持乾淨乾燥；多次失敗就改用密碼驗證。\n' +
          '3. **簡訊驗證碼**：確認手機訊號良好，在規定時間內輸入，不要跳過或拖延；過期了就重新取得。\n\n' +
          '驗證碼只在開通頁面自己輸入，不要告訴任何人。',
      ),
      next: 'askingOtherCause',
    }),
    fixingNetwork: fix('check-network', {
      title: t('换到稳定、安全的网络后重新开通', 'Moved to a steady, private connection and tried again', '換到穩定、安全的網路後重新開通'),
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
    fixingAlreadyRegistered: fix('use-existing-account', {
      title: t('找回了已注册的账户或换了注册信息', 'Recovered the existing account or registered with other details', '找回了已註冊的帳戶或更換了註冊資料'),
      text: md(
        '很多钱包规定**每个手机号或身份证只能注册一次**：\n\n' +
          '1. 您可能以前注册过：用这个手机号直接登录，忘了密码就用“忘记密码”找回。\n' +
          '2. 想想是否在另一部手机上用同样的信息开通过。\n' +
          '3. 需要新账户的话，换一个手机号或用电子邮件注册。数字人民币在同一家银行每类钱包只能开一个，但可以在另一家运营银行开通。\n\n' +
          '如果您从没注册过，可能有人冒用了您的身份信息：请联系客服核实。',
        'Many wallets allow **one registration per phone number or ID**:\n\n' +
          '1. You may have registered before: log in with this number, and use "Forgot password" if you need to.\n' +
          '2. Think whether you activated a wallet with the same details on another phone.\n' +
          '3. If you need a new account, register with another phone number or with an email address. For e-CNY, a bank allows one wallet of each type, but you can open one with another operator bank.\n\n' +
          'If you never registered, someone may have used your identity: contact support to check.',
        '很多錢包規定**每個手機號碼或身分證只能註冊一次**：\n\n' +
          '1. 您可能以前註冊過：用這個手機號碼直接登入，忘了密碼就用「忘記密碼」找回。\n' +
          '2. 想想是否在另一支手機上用同樣的資料開通過。\n' +
          '3. 需要新帳戶的話，換一個手機號碼或用電子郵件註冊。數位人民幣在同一家銀行每類錢包只能開一個，但可以在另一家營運銀行開通。\n\n' +
          '如果您從沒註冊過，可能有人冒用了您的身分資料：請聯絡客服核實。',
      ),
      next: 'askingOtherCause',
    }),
    fixingDevice: fix('switch-device', {
      title: t('更新了系统和应用，或换了一部手机', 'Updated the system and app, or used another phone', '更新了系統和 App，或換了一支手機'),
      text: md(
        '有些功能对**设备和系统版本**有要求，不兼容时开通会失败：\n\n' +
          '1. 把钱包应用更新到最新版本。\n' +
          '2. 把手机系统更新到最新版本；系统太旧时验证经常失败。\n' +
          '3. 在应用商店的说明里看看支持哪些机型和系统。\n' +
          '4. 仍然不行就换一部手机试试。',
        'Some features need **a particular device or system version**; on an incompatible phone activation fails:\n\n' +
          '1. Update the wallet app to the latest version.\n' +
          "2. Update your phone's system; on an old system the checks often fail.\n" +
          "3. Read the app store listing for the phones and systems it supports.\n" +
          '4. If it still fails, try another phone.',
        '有些功能對**裝置和系統版本**有要求，不相容時開通會失敗：\n\n' +
          '1. 把錢包 App 更新到最新版本。\n' +
          '2. 把手機系統更新到最新版本；系統太舊時驗證經常失敗。\n' +
          '3. 在 App Store 或 Google Play 的說明裡看看支援哪些機型和系統。\n' +
          '4. 仍然不行就換一支手機試試。',
      ),
      next: 'askingOtherCause',
    }),
    fixingPlatform: fix('wait-for-platform', {
      title: t('查看了官方公告并稍后重试', 'Checked the official announcements and retried later', '查看了官方公告並稍後重試'),
      text: md(
        '服务平台可能正在**维护或升级**，这时无法开通：\n\n' +
          '1. 查看官方帮助中心、网站或社交媒体账号上的维护公告。\n' +
          '2. 是应用本身的问题的话，等新版本发布后更新再试。\n' +
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
    ...endings(),
  },
});
