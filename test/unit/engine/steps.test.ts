/**
 * The step helpers' behaviour, through small flows built from them: confirming a suspected
 * cause, refusing a fix already tried, a step that only speaks, and a task the user must do.
 * The error classifier is replaced so the confidence of a diagnosis is chosen by the test.
 */
import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { loadErrorReader } from '../../../src/engine/error-reading.js';
import type { FlowInput } from '../../../src/engine/context.js';
import { flowSetup, initialContext } from '../../../src/engine/flow-setup.js';
import { currentPrompt } from '../../../src/engine/prompt.js';
import {
  choose,
  confirmCause,
  diagnose,
  fix,
  resolved,
  say,
  task,
  TICKET,
  ticket,
  TO_TICKET,
  ticketFiled,
  type Routes,
} from '../../../src/engine/steps.js';
import { t } from '../../../src/engine/text.js';

vi.mock('../../../src/diagnose/classify.js', async () => ({
  classifyError: (await import('../../flows/fake-classifier.js')).fakeClassifyError,
}));
// The flows read an error with the classifier the session loads before they need it (docs/decisions/0021);
// here it is loaded before any flow runs, and it is the fake one above.
await loadErrorReader();

// Two causes are enough here: a real flow must route all of them, which its type (a full
// Record) and test/flows/flow-causes.test.ts enforce.
const routes = { network: 'fixingNetwork', 'insufficient-balance': 'fixingBalance' } as Routes;
const text = (en: string) => t(en, en, en);

const flow = flowSetup.createMachine({
  id: 'payment-failed',
  context: ({ input }) => initialContext(input),
  initial: 'diagnosing',
  states: {
    diagnosing: diagnose(routes, 'askingSymptom', 'confirmingCause'),
    confirmingCause: confirmCause(routes, 'askingSymptom'),
    askingSymptom: choose(text('Which?'), [
      {
        id: 'network',
        label: text('Network'),
        target: 'fixingNetwork',
        cause: 'network',
        unlessTried: 'check-network',
      },
      {
        id: 'balance',
        label: text('Balance'),
        target: 'fixingBalance',
        cause: 'insufficient-balance',
        unlessTried: 'check-balance',
      },
      { id: 'none', label: text('None'), target: 'handingOver' },
    ]),
    fixingNetwork: fix('check-network', {
      title: text('Switched networks'),
      text: text('Switch networks.'),
      next: 'askingSymptom',
    }),
    fixingBalance: fix('check-balance', { title: text('Topped up'), text: text('Top up.'), next: 'securing' }),
    securing: task('secure-account', {
      title: text('Secured the account'),
      text: text('Change your password.'),
      next: 'handingOver',
    }),
    handingOver: say(text('Here is your ticket.'), TICKET),
    [TO_TICKET]: say(text('Preparing.'), TICKET),
    [TICKET]: ticket(true),
    resolved: resolved(),
    ticketFiled: ticketFiled(),
  },
});

function start(errorMessage?: string, input: Partial<FlowInput> = {}) {
  const facts = errorMessage ? { errorMessage } : {};
  const actor = createActor(flow, { input: { locale: 'en', problem: 'payment-failed', facts, ...input } });
  actor.start();
  return actor;
}

const choose_ = (actor: ReturnType<typeof start>, choice: string) => actor.send({ type: 'user.choose', choice });
const lastBotLine = (actor: ReturnType<typeof start>) =>
  actor
    .getSnapshot()
    .context.transcript.filter((line) => line.from === 'bot')
    .at(-1);
const lastBot = (actor: ReturnType<typeof start>) => lastBotLine(actor)?.text;
/** The line's formatting, as compiled markdown. */
const lastRich = (actor: ReturnType<typeof start>) => lastBotLine(actor)?.rich;

describe('diagnose and confirmCause', () => {
  it('goes straight to the fix for a confident cause and makes it the diagnosis', () => {
    const actor = start('cause:network@0.9');
    expect(actor.getSnapshot().value).toBe('fixingNetwork');
    expect(actor.getSnapshot().context.cause).toBe('network');
  });

  it('asks "Is that it?" for a suspected cause, with yes, no and support', () => {
    const actor = start('cause:network@0.5');
    expect(actor.getSnapshot().value).toBe('confirmingCause');
    expect(lastBot(actor)).toBe('It looks like an unstable connection or a timeout. Is that it?');
    expect(lastRich(actor)).toEqual([
      ['p', 'It looks like ', ['strong', 'an unstable connection or a timeout'], '. Is that it?'],
    ]);
    expect(currentPrompt(actor.getSnapshot())).toEqual({
      kind: 'choice',
      choices: [
        { id: 'yes', label: "Yes, that's it" },
        { id: 'no', label: 'No, something else' },
        { id: 'ticket', label: 'Contact support' },
      ],
    });
    expect(actor.getSnapshot().context.cause).toBeUndefined();
  });

  it('asks in Traditional Chinese for zh-TW', () => {
    const actor = start('cause:insufficient-balance@0.5', { locale: 'zh-TW' });
    expect(lastBot(actor)).toBe('看起來是餘額不足，是這樣嗎？');
    expect(lastRich(actor)).toEqual([['p', '看起來是', ['strong', '餘額不足'], '，是這樣嗎？']]);
  });

  it('goes to the suspected fix on yes, and the cause becomes the diagnosis', () => {
    const actor = start('cause:insufficient-balance@0.5');
    choose_(actor, 'yes');
    expect(actor.getSnapshot().value).toBe('fixingBalance');
    expect(actor.getSnapshot().context.cause).toBe('insufficient-balance');
  });

  it('asks about the symptoms on no, and diagnoses from the choice made there', () => {
    const actor = start('cause:insufficient-balance@0.5');
    choose_(actor, 'no');
    expect(actor.getSnapshot().value).toBe('askingSymptom');
    choose_(actor, 'network');
    expect(actor.getSnapshot().context.cause).toBe('network');
  });

  it('asks about the symptoms when the error names no cause, leaving the diagnosis open', () => {
    const actor = start('something odd');
    expect(actor.getSnapshot().value).toBe('askingSymptom');
    expect(actor.getSnapshot().context.cause).toBeUndefined();
    choose_(actor, 'balance');
    expect(actor.getSnapshot().context.cause).toBe('insufficient-balance');
  });
});

describe('choose', () => {
  it('hides a fix already tried and refuses it if chosen anyway', () => {
    const actor = start('cause:network@0.9');
    choose_(actor, 'unsolved');
    expect(actor.getSnapshot().value).toBe('askingSymptom');
    const prompt = currentPrompt(actor.getSnapshot());
    // "None" here leads elsewhere, so the list gets the way to support as well.
    expect(prompt?.kind === 'choice' && prompt.choices.map((choice) => choice.id)).toEqual([
      'balance',
      'none',
      'ticket',
    ]);
    choose_(actor, 'network');
    expect(actor.getSnapshot().value).toBe('askingSymptom');
  });

  it('puts the way to support first when asked to, and leads there', () => {
    const lead = flowSetup.createMachine({
      id: 'payment-failed',
      context: ({ input }) => initialContext(input),
      initial: 'asking',
      states: {
        asking: choose(text('Which?'), [{ id: 'a', label: text('A'), target: 'asking' }], { ticketFirst: true }),
        [TO_TICKET]: say(text('Preparing.'), TICKET),
        [TICKET]: ticket(true),
        ticketFiled: ticketFiled(),
      },
    });
    const actor = createActor(lead, { input: { locale: 'en', problem: 'payment-failed' } }).start();
    const prompt = currentPrompt(actor.getSnapshot());
    expect(prompt?.kind === 'choice' && prompt.choices.map((choice) => choice.id)).toEqual(['ticket', 'a']);
    actor.send({ type: 'user.choose', choice: 'ticket' });
    expect(actor.getSnapshot().value).toBe(TICKET);
  });
});

describe('fix, task and say', () => {
  it('records each fix that did not help, in order, then the task once done, and hands over to the ticket', () => {
    const actor = start('cause:network@0.9');
    choose_(actor, 'unsolved');
    choose_(actor, 'balance');
    choose_(actor, 'unsolved');
    expect(actor.getSnapshot().value).toBe('securing');
    expect(currentPrompt(actor.getSnapshot())).toEqual({
      kind: 'choice',
      choices: [
        { id: 'done', label: 'Done' },
        { id: 'help', label: 'I need help with this' },
      ],
    });
    choose_(actor, 'done');
    expect(actor.getSnapshot().value).toBe(TICKET);
    expect(actor.getSnapshot().context.stepsTried).toEqual(['Switched networks', 'Topped up', 'Secured the account']);
    const said = actor.getSnapshot().context.transcript.map((line) => line.text);
    expect(said.slice(-2)).toEqual(['Here is your ticket.', expect.stringMatching(/support ticket/)]);
  });

  it('does not record the task when the user needs help with it', () => {
    const actor = start('cause:insufficient-balance@0.9');
    choose_(actor, 'unsolved');
    choose_(actor, 'help');
    expect(actor.getSnapshot().value).toBe(TICKET);
    expect(actor.getSnapshot().context.stepsTried).toEqual(['Topped up']);
  });
});
