/**
 * What the shared engine says around the flows, in every locale: answer labels, cause names,
 * rejections, notices, and the advice built from a person's own facts (sampled with real-looking
 * facts). The locale and glossary tests check these as they check the flows' own texts.
 */
import type { RedactedKind } from '../../src/diagnose/types.js';
import { causeIds } from '../../src/diagnose/types.js';
import { hotlineAdvice } from '../../src/engine/advice/hotline.js';
import { limitAdvice } from '../../src/engine/advice/limits.js';
import { moneyBackAdvice, moneyBackOverdueNotice } from '../../src/engine/advice/money-back.js';
import type { Facts } from '../../src/engine/context.js';
import { maskingNotice } from '../../src/engine/masking.js';
import { dontRememberLabel } from '../../src/engine/not-remembered.js';
import {
  causeNames,
  confirmChoices,
  likelyCause,
  likelyCauseOfHostDecline,
  outcomeChoices,
  suspectedCause,
  askIfSolved,
} from '../../src/engine/outcomes.js';
import { flowUpdatedNotice } from '../../src/engine/persistence.js';
import { problemIds } from '../../src/shared/problems.js';
import { fallbackRejection, notRememberedReply, rejectionTexts } from '../../src/engine/reasons.js';
import type { Rich } from '../../src/engine/rich.js';
import { contactSupport, taskChoices } from '../../src/engine/steps.js';
import type { Localized, Text } from '../../src/engine/text.js';
import { problemLabels, triageTexts, understoodAs } from '../../src/engine/triage.js';
import { asPlain, type FoundText } from './texts.js';

const redactedKinds: RedactedKind[] = ['card-number', 'cvv', 'sms-code', 'pin', 'password', 'id-number'];

const named = (group: string, texts: Record<string, Text>): FoundText[] =>
  Object.entries(texts).map(([key, text]) => ({ where: `${group}.${key}`, text }));

/** Advice built in code, in the three locales, for one set of facts. */
function advice(where: string, build: (locale: 'zh-CN' | 'en' | 'zh-TW') => Rich | undefined): FoundText {
  const text: Localized<Rich> = { 'zh-CN': build('zh-CN')!, en: build('en')!, 'zh-TW': build('zh-TW')! };
  return { where, text: asPlain(text), source: text };
}

const now = new Date('2026-11-27T10:00:00+08:00');
const paid = (method: Facts['paymentMethod'], value = '2500.00'): Facts => ({
  occurredAt: '2026-11-20T10:00:00+08:00',
  paymentMethod: method,
  amount: { value, currency: 'CNY' },
  supportPhone: '95188',
});

export const engineTexts: FoundText[] = [
  ...named('outcomeChoices', outcomeChoices),
  ...named('confirmChoices', confirmChoices),
  ...named('taskChoices', taskChoices),
  ...named('causeNames', causeNames),
  ...named('rejectionTexts', rejectionTexts),
  { where: 'fallbackRejection', text: fallbackRejection },
  { where: 'askIfSolved', text: askIfSolved },
  { where: 'contactSupport', text: contactSupport },
  { where: 'dontRememberLabel', text: dontRememberLabel },
  { where: 'notRememberedReply', text: notRememberedReply },
  ...causeIds.flatMap((cause) => [
    { where: `likelyCause(${cause})`, text: asPlain(likelyCause(cause)) },
    { where: `suspectedCause(${cause})`, text: asPlain(suspectedCause(cause)) },
    {
      where: `likelyCauseOfHostDecline(${cause})`,
      text: asPlain(
        likelyCauseOfHostDecline(cause, { amount: { value: '1299.50', currency: 'CNY' }, merchant: 'Lumen' }),
      ),
    },
  ]),
  ...named('problemLabels', problemLabels),
  ...named('triageTexts', triageTexts),
  ...problemIds.map((problem) => ({ where: `understoodAs(${problem})`, text: understoodAs(problem) })),
  ...redactedKinds.map((kind) => ({ where: `maskingNotice(${kind})`, text: maskingNotice([kind]) })),
  { where: 'maskingNotice(all)', text: maskingNotice(redactedKinds) },
  { where: 'flowUpdatedNotice', text: flowUpdatedNotice },
  ...(['balance', 'debit-card', 'credit-card', 'e-cny', undefined] as const).flatMap((method) =>
    (['failed-payment', 'refund'] as const).flatMap((kind) => [
      advice(`moneyBackAdvice(${kind}, ${method})`, (locale) => moneyBackAdvice(paid(method), kind, locale, now)),
      advice(`moneyBackOverdueNotice(${kind}, ${method})`, (locale) =>
        moneyBackOverdueNotice(paid(method), kind, locale, now),
      ),
    ]),
  ),
  advice('moneyBackAdvice(no date)', (locale) => moneyBackAdvice({}, 'failed-payment', locale, now)),
  ...['800.00', '2500.00', '7000.00', '60000.00', '200000.00'].flatMap((value) => [
    advice(`limitAdvice(e-cny, ${value})`, (locale) => limitAdvice(paid('e-cny', value), 'e-cny', locale)),
    advice(`limitAdvice(wallet-balance, ${value})`, (locale) =>
      limitAdvice(paid('balance', value), 'wallet-balance', locale),
    ),
  ]),
  advice('hotlineAdvice', (locale) => hotlineAdvice(paid('balance'), locale)),
];
