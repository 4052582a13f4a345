/**
 * Every user-visible string exists in zh-CN, en and zh-TW: the flows' own texts, read from their
 * definitions, and what the shared engine says around them. A missing translation fails here.
 */
import { describe, expect, it } from 'vitest';
import type { StateMeta } from '../../src/engine/context.js';
import { flowSetup, initialContext } from '../../src/engine/flow-setup.js';
import { fix, resolved, ticket, ticketFiled, TICKET } from '../../src/engine/steps.js';
import { t } from '../../src/engine/text.js';
import { engineTexts } from './engine-texts.js';
import { loadAllFlows } from './graph.js';
import { compileMarkdown } from '../../scripts/flow-markdown/compile.mjs';
import { formattingInPlainText, mayBeFormatting, missingTranslations, textsOf, wrongScript } from './texts.js';

const flows = await loadAllFlows();
describe.each(flows)('the %s flow', (_problem, machine) => {
  const found = textsOf(machine);

  it('is read in full: every state contributes text', () => {
    const speaking = new Set(found.map(({ where }) => where.split(' ')[0]));
    // Only routers may be silent: steps that ask nothing and only pick where to go next (the
    // diagnosis speaks through its transitions; "two fixes tried?", "is the money overdue?").
    const isRouter = (name: string) => {
      const node = machine.root.states[name]!;
      return !(node.meta as StateMeta | undefined)?.prompt && node.entry.length === 0 && (node.always?.length ?? 0) > 0;
    };
    const silent = Object.keys(machine.root.states).filter((state) => !speaking.has(state) && !isRouter(state));
    expect(silent).toEqual([]);
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
      [TICKET]: ticket(true),
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

  it('skips the compiler only for text it would leave as it is', () => {
    const skipped = engineTexts
      .flatMap(({ text }) => [text['zh-CN'], text.en])
      .filter((value) => !mayBeFormatting(value))
      .slice(0, 40);
    expect(skipped.length).toBeGreaterThan(20);
    for (const value of skipped) expect(compileMarkdown(value).rich).toBe(value.trim());
    expect(mayBeFormatting('line one\nline two')).toBe(true);
    expect(mayBeFormatting('see https://example.com')).toBe(true);
    expect(mayBeFormatting('1. first')).toBe(true);
  });

  it('fails for formatting in a plain text, and passes the same words compiled by md()', () => {
    // Test files are not compiled by the build, so this t() keeps its "**" as a flow file's would not.
    const formatted = { where: 'built in code', text: t('**重试**', 'Please **retry**', '**重試**') };
    expect(formattingInPlainText([formatted])).toEqual([
      'built in code: zh-CN',
      'built in code: en',
      'built in code: zh-TW',
    ]);
    expect(formattingInPlainText(textsOf(untranslated))).toEqual([]);
  });
});
