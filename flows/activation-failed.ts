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
    label: t('causes.details'),
    target: 'fixingIdentityData',
    cause: 'account-incomplete',
    unlessTried: 'complete-identity-data',
  },
  {
    id: 'verification',
    label: t('causes.verification'),
    target: 'fixingVerification',
    cause: 'verification-failed',
    unlessTried: 'redo-verification',
  },
  {
    id: 'network',
    label: t('causes.network'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'registered',
    label: t('causes.registered'),
    target: 'fixingAlreadyRegistered',
    cause: 'already-registered',
    unlessTried: 'use-existing-account',
  },
  {
    id: 'device',
    label: t('causes.device'),
    target: 'fixingDevice',
    cause: 'device-unsupported',
    unlessTried: 'switch-device',
  },
  {
    id: 'card',
    label: t('causes.card'),
    target: 'fixingBankCard',
    cause: 'bank-restricted',
    unlessTried: 'check-bank-card',
  },
  {
    id: 'platform',
    label: t('causes.platform'),
    target: 'fixingPlatform',
    cause: 'maintenance',
    unlessTried: 'wait-for-platform',
  },
  {
    id: 'restricted',
    label: t('causes.restricted'),
    target: 'fixingAccountRestricted',
    cause: 'risk-control',
    unlessTried: 'contact-official-channel',
  },
  { id: 'none', label: t('causes.none'), target: TO_TICKET },
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
      question: t('askingError.question'),
      placeholder: t('askingError.placeholder'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    // Seed 002: 信息不完整或存在错误 → 检查所有必填项，重启开通流程. An expired ID restricts services
    // until it is updated (PSBC, docs/domain.md §1a, S8). A bank card checked while opening must
    // match the bank's records: name, ID number, card number, bank-reserved phone (S18, §2b card-info).
    fixingIdentityData: fix('complete-identity-data', {
      title: t('fixingIdentityData.title'),
      text: md('fixingIdentityData.text'),
      next: 'askingOtherCause',
    }),
    // Seed 002: 摄像头未对准、光线不足或角度不当; 验证码在规定的时间内完成. Which phone gets the code:
    // the number the wallet is opened with (e-CNY, docs/domain.md S2, S32); a bank card's code goes
    // to the number the bank has on file (S18, §2c). Codes are never shared (S21).
    fixingVerification: fix('redo-verification', {
      title: t('fixingVerification.title'),
      text: md('fixingVerification.text'),
      next: 'askingOtherCause',
    }),
    // Seed 002: 网络不稳定…稍后再进行操作; 避免在公共网络环境下进行操作.
    fixingNetwork: fix('check-network', {
      title: t('fixingNetwork.title'),
      text: md('fixingNetwork.text'),
      next: 'askingOtherCause',
    }),
    // Seed 002: 每个手机号或身份证只能注册一次; 更换手机号或使用电子邮件进行注册; 确保未在其他设备上用
    // 相同的信息开通过. "One e-CNY wallet of each type" is CCB's rule only (docs/domain.md §1a, S7);
    // other operator banks are allowed (S2).
    fixingAlreadyRegistered: fix('use-existing-account', {
      title: t('fixingAlreadyRegistered.title'),
      text: md('fixingAlreadyRegistered.text'),
      next: 'askingOtherCause',
    }),
    // Seed 002: 设备在兼容性上也可能存在问题 → 切换到其他设备; docs/domain.md §2b device (版本过低 →
    // update the app/OS, S1: whitelist checks often failed on phones with an old OS, S2).
    fixingDevice: fix('switch-device', {
      title: t('fixingDevice.title'),
      text: md('fixingDevice.text'),
      next: 'askingOtherCause',
    }),
    // Opening or upgrading a wallet can link a bank card or account in the person's name: an e-CNY
    // wallet linked to a card becomes type 2, type 1 is linked to a bank account (docs/domain.md
    // §1a, S1, S2, S6); only your own card can be linked (S18). Declined: docs/domain.md §2b
    // bank-restriction (contact the issuer, S11, S37). Expired or locked: §2b card-expired-locked;
    // the reason for a lost, stolen or retained card is never named (§2c, S37, S38).
    fixingBankCard: fix('check-bank-card', {
      title: t('fixingBankCard.title'),
      text: md('fixingBankCard.text'),
      next: 'askingOtherCause',
    }),
    // Seed 002: 服务平台正在进行维护或升级…应用本身的问题…等待更新; 官方帮助中心.
    fixingPlatform: fix('wait-for-platform', {
      title: t('fixingPlatform.title'),
      text: md('fixingPlatform.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b risk-control: do not retry again and again, use the official channel, show
    // only a generic reason (§2c, S37, S38). Official channels first, and only those: docs/domain.md
    // §7 and §8 (phishing, seed 003); seed 002 names the hotline and the in-app or online help.
    fixingAccountRestricted: fix('contact-official-channel', {
      title: t('fixingAccountRestricted.title'),
      text: md('fixingAccountRestricted.text'),
      next: TO_TICKET,
    }),
    // Opening a wallet verifies who you are (seed 002); it takes no payment, so these messages
    // belong to a payment or a top-up made afterwards.
    explainingBalance: explain(md('explainingBalance')),
    // Limits cap payment amounts and balances (docs/domain.md §1a, §1b); a cap on how many wallets
    // one person may open (CCB, S7) is the "already registered" case.
    explainingLimit: explain(md('explainingLimit')),
    // docs/domain.md §2b merchant: a merchant that does not accept this wallet or method, at payment.
    explainingMerchant: explain(md('explainingMerchant')),
    // docs/domain.md §2b duplicate-charge: an order already paid or a repeated payment (S36, S39).
    explainingCharge: explain(md('explainingCharge')),
    // docs/domain.md §2c (S26): a payment waiting for the person's password has no result yet;
    // paying again meanwhile can pay twice.
    explainingPending: explain(md('explainingPending')),
    // Activation tickets need neither amount nor time: nothing is asked on the way.
    ...endings({ collect: [] }),
  },
});
