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
    label: t('causes.details'),
    target: 'fixingCardDetails',
    cause: 'card-info-invalid',
    unlessTried: 'recheck-card-details',
  },
  {
    id: 'sms',
    label: t('causes.sms'),
    target: 'fixingSmsCode',
    cause: 'verification-failed',
    unlessTried: 'redo-sms-code',
  },
  {
    id: 'network',
    label: t('causes.network'),
    target: 'fixingNetwork',
    cause: 'network',
    unlessTried: 'check-network',
  },
  {
    id: 'account',
    label: t('causes.account'),
    target: 'fixingAccount',
    cause: 'account-incomplete',
    unlessTried: 'complete-account',
  },
  {
    id: 'status',
    label: t('causes.status'),
    target: 'fixingCardStatus',
    cause: 'card-expired-or-locked',
    unlessTried: 'check-card-status',
  },
  {
    id: 'unsupported',
    label: t('causes.unsupported'),
    target: 'fixingUnsupportedCard',
    cause: 'merchant-unsupported',
    unlessTried: 'use-supported-card',
  },
  {
    id: 'limit',
    label: t('causes.limit'),
    target: 'fixingCardLimit',
    cause: 'limit-exceeded',
    unlessTried: 'check-card-limits',
  },
  {
    id: 'bank',
    label: t('causes.bank'),
    target: 'fixingBankRestriction',
    cause: 'bank-restricted',
    unlessTried: 'ask-bank-to-enable',
  },
  {
    id: 'linked',
    label: t('causes.linked'),
    target: 'fixingAlreadyLinked',
    cause: 'already-registered',
    unlessTried: 'check-existing-link',
  },
  {
    id: 'platform',
    label: t('causes.platform'),
    target: 'fixingPlatform',
    cause: 'maintenance',
    unlessTried: 'wait-for-platform',
  },
  {
    id: 'no-option',
    label: t('causes.no-option'),
    target: 'fixingFindOption',
    unlessTried: 'find-binding-option',
  },
  { id: 'none', label: t('causes.none'), target: TO_TICKET },
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
      question: t('askingError.question'),
      placeholder: t('askingError.placeholder'),
      next: 'diagnosing',
      shortcuts: [noMessageShown],
    }),
    ...diagnosis(routes, causes),
    // docs/domain.md §2b card-info and S18: name, ID number, card number and the bank-reserved
    // phone must match the bank's records; only your own card can be linked. Card details are
    // typed on the wallet's page, never in a chat (docs/domain.md §3, S20, S21).
    fixingCardDetails: fix('recheck-card-details', {
      title: t('fixingCardDetails.title'),
      text: md('fixingCardDetails.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md S18 and §2c: the code for linking a card comes from the bank, to the phone
    // number the bank has on file. Codes are never shared (docs/domain.md S21).
    fixingSmsCode: fix('redo-sms-code', {
      title: t('fixingSmsCode.title'),
      text: md('fixingSmsCode.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 不稳定的网络连接…尽量使用Wi-Fi; seed 002 and docs/domain.md §8: no public Wi-Fi.
    fixingNetwork: fix('check-network', {
      title: t('fixingNetwork.title'),
      text: md('fixingNetwork.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 账户未激活或信息不完整 → 身份证明文件的上传和绑定手机号码的验证; docs/domain.md §2b account-kyc.
    fixingAccount: fix('complete-account', {
      title: t('fixingAccount.title'),
      text: md('fixingAccount.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2b card-expired-locked (expired_card, 54, 33; pin_try_exceeded, 75, 38) and
    // §2a: Stripe's next steps are "use another card" and "contact the issuer" (S11). Lost, stolen
    // and retained cards get the same words: the reason stays between the bank and the cardholder
    // (docs/domain.md §2c, S37, S38).
    fixingCardStatus: fix('check-card-status', {
      title: t('fixingCardStatus.title'),
      text: md('fixingCardStatus.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 不同的数字钱包其功能和服务范围可能存在较大差异, check the official features page
    // and ask the wallet's support; docs/domain.md §2b merchant (Adyen 10 "Not supported": pick
    // another payment method). No list of banks is named: it differs by wallet and changes.
    fixingUnsupportedCard: fix('use-supported-card', {
      title: t('fixingUnsupportedCard.title'),
      text: md('fixingUnsupportedCard.text'),
      next: 'askingOtherCause',
    }),
    // A card used through a wallet follows the limits the bank sets, not the balance caps
    // (docs/domain.md §1b, S33); amount and count limits (61, 65, card_velocity_exceeded,
    // withdrawal_count_limit_exceeded) send the person to the issuer (docs/domain.md §2a, S11, S16).
    fixingCardLimit: fix('check-card-limits', {
      title: t('fixingCardLimit.title'),
      text: md('fixingCardLimit.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 有些银行出于安全考虑…新发行的银行卡或者有异常消费记录的卡 → 联系银行客服; docs/domain.md
    // §2b bank-restriction (05, 57, 62; Stripe's next step: contact the issuer, S11, S37). The
    // classifier also reads "不支持该银行/该卡" as a bank restriction, hence step 3.
    fixingBankRestriction: fix('ask-bank-to-enable', {
      title: t('fixingBankRestriction.title'),
      text: md('fixingBankRestriction.text'),
      next: 'askingOtherCause',
    }),
    // docs/domain.md §2c: Stripe and Adyen say never to tell the customer a fraud or risk reason
    // (S37, S38), so this names none and sends the person to the official channels (§7).
    fixingDeclined: fix('contact-official-channel', {
      title: t('fixingDeclined.title'),
      text: md('fixingDeclined.text'),
      next: TO_TICKET,
    }),
    // docs/domain.md §2b duplicate-registration (重复绑卡, showdoc 2001, S18).
    fixingAlreadyLinked: fix('check-existing-link', {
      title: t('fixingAlreadyLinked.title'),
      text: md('fixingAlreadyLinked.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 系统维护、故障或升级 → 查看官方网站或社交媒体平台的公告，等待一段时间; docs/domain.md §2b maintenance.
    fixingPlatform: fix('wait-for-platform', {
      title: t('fixingPlatform.title'),
      text: md('fixingPlatform.text'),
      next: 'askingOtherCause',
    }),
    // Seed 001: 了解其是否支持绑卡功能 (official features page; keep a record and ask support); seed
    // 004: 无法绑定银行卡…咨询客服. An old app or system: docs/domain.md §2b device (版本过低,
    // 不支持该设备 → update the app or OS, S1, S2).
    fixingFindOption: fix('find-binding-option', {
      title: t('fixingFindOption.title'),
      text: md('fixingFindOption.text'),
      next: 'askingOtherCause',
    }),
    // Linking checks the card's details and the bank's SMS code (docs/domain.md S18); it takes no
    // payment, so a balance message belongs to a payment or top-up.
    explainingBalance: explain(md('explainingBalance')),
    // docs/domain.md §2b duplicate-charge: an order already paid or a repeated payment (S36, S39);
    // linking takes no payment (S18).
    explainingCharge: explain(md('explainingCharge')),
    // docs/domain.md §2c (S26): a payment waiting for the person's password has no result yet;
    // paying again meanwhile can pay twice. Linking asks for no payment.
    explainingPending: explain(md('explainingPending')),
    // Card binding tickets need neither amount nor time: nothing is asked on the way.
    ...endings({ collect: [] }),
  },
});
