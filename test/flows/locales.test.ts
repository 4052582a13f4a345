/**
 * Every user-visible string exists in zh-CN, en and zh-TW: the flows' own texts, read from their
 * definitions, and what the shared engine says around them. A missing translation fails here.
 */
import { describe, expect, it } from 'vitest';
import { causeIds, type RedactedKind } from '../../src/diagnose/types.js';
import { maskingNotice } from '../../src/engine/masking.js';
import { flowUpdatedNotice } from '../../src/engine/persistence.js';
import { flowSetup, initialContext } from '../../src/engine/flow-setup.js';
import { causeNames, confirmChoices, likelyCause, outcomeChoices, suspectedCause, askIfSolved } from '../../src/engine/outcomes.js';
import { problemIds } from '../../src/engine/problems.js';
import { fallbackRejection, rejectionTexts } from '../../src/engine/reasons.js';
import { fix, resolved, taskChoices, ticket, ticketFiled, TICKET } from '../../src/engine/steps.js';
import { t, type Text } from '../../src/engine/text.js';
import { problemLabels, triageTexts, understoodAs } from '../../src/engine/triage.js';
import { loadAllFlows } from './graph.js';
import { asPlain, formattingInPlainText, missingTranslations, textsOf, wrongScript, type FoundText } from './texts.js';

const flows = await loadAllFlows();
const redactedKinds: RedactedKind[] = ['card-number', 'cvv', 'sms-code', 'pin', 'password', 'id-number'];

const named = (group: string, texts: Record<string, Text>): FoundText[] =>
  Object.entries(texts).map(([key, text]) => ({ where: `${group}.${key}`, text }));

const engineTexts: FoundText[] = [
  ...named('outcomeChoices', outcomeChoices),
  ...named('confirmChoices', confirmChoices),
  ...named('taskChoices', taskChoices),
  ...named('causeNames', causeNames),
  ...named('rejectionTexts', rejectionTexts),
  { where: 'fallbackRejection', text: fallbackRejection },
  { where: 'askIfSolved', text: askIfSolved },
  ...causeIds.flatMap((cause) => [
    { where: `likelyCause(${cause})`, text: asPlain(likelyCause(cause)) },
    { where: `suspectedCause(${cause})`, text: asPlain(suspectedCause(cause)) },
  ]),
  ...named('problemLabels', problemLabels),
  ...named('triageTexts', triageTexts),
  ...problemIds.map((problem) => ({ where: `understoodAs(${problem})`, text: understoodAs(problem) })),
  ...redactedKinds.map((kind) => ({ where: `maskingNotice(${kind})`, text: maskingNotice([kind]) })),
  { where: 'maskingNotice(all)', text: maskingNotice(redactedKinds) },
  { where: 'flowUpdatedNotice', text: flowUpdatedNotice },
];

describe.each(flows)('the %s flow', (_problem, machine) => {
  const found = textsOf(machine);

  it('is read in full: every state contributes text', () => {
    const speaking = new Set(found.map(({ where }) => where.split(' ')[0]));
    const silent = Object.keys(machine.root.states).filter((state) => !speaking.has(state));
    // Only the diagnosis step may be silent: it speaks through its transitions.
    expect(silent.filter((state) => state !== 'diagnosing')).toEqual([]);
  });

  it('has every text in zh-CN, en and zh-TW', () => {
    expect(missingTranslations(found)).toEqual([]);
  });

  it('writes zh-TW in Traditional and zh-CN in Simplified characters', () => {
    expect(wrongScript(found)).toEqual([]);
  });

  it('keeps formatting out of plain text, where "**" would show as it is', () => {
    expect(formattingInPlainText(found)).toEqual([]);
  });
});

describe('the engine around the flows', () => {
  it('has every text in zh-CN, en and zh-TW', () => {
    expect(missingTranslations(engineTexts)).toEqual([]);
  });

  it('writes zh-TW in Traditional and zh-CN in Simplified characters', () => {
    expect(wrongScript(engineTexts)).toEqual([]);
  });

  it('keeps formatting out of plain text, also where it is built in code', () => {
    expect(formattingInPlainText(engineTexts)).toEqual([]);
  });
});

describe('the locale check itself', () => {
  const untranslated = flowSetup.createMachine({
    id: 'payment-failed',
    context: ({ input }) => initialContext(input),
    initial: 'fixingIt',
    states: {
      fixingIt: fix('only-fix', {
        title: t('重试了', 'Retried'),
        text: t('请重试。', 'Please retry.', '请重试。'),
        next: TICKET,
      }),
      [TICKET]: ticket(),
      resolved: resolved(),
      ticketFiled: ticketFiled(),
    },
  });

  it('fails for a text without its zh-TW', () => {
    expect(missingTranslations(textsOf(untranslated))).toEqual(['fixingIt on user.choose recordFixTried.title: zh-TW']);
  });

  it('fails for a zh-TW that is a copy of the Simplified text', () => {
    expect(wrongScript(textsOf(untranslated))).toEqual(['fixingIt entry say.text: zh-TW has Simplified 请试']);
  });

  it('fails for formatting in a plain text, and passes the same words compiled by md()', () => {
    // Test files are not compiled by the build, so this t() keeps its "**" as a flow file's would not.
    const formatted = { where: 'built in code', text: t('**重试**', 'Please **retry**', '**重試**') };
    expect(formattingInPlainText([formatted])).toEqual(['built in code: zh-CN', 'built in code: en', 'built in code: zh-TW']);
    expect(formattingInPlainText(textsOf(untranslated))).toEqual([]);
  });
});
