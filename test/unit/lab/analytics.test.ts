/**
 * The lab's analytics (demo/lab/analytics.ts) on a small hand-written export whose answers are
 * known: four conversations in payment-failed version 5, one in version 4, one that never left the
 * triage question, and lines a host's log could hold by mistake.
 */
import { describe, expect, it } from 'vitest';
import { parseExport, pathKey, solvedRate, summarize, versionsOf } from '../../../demo/lab/analytics.js';

const at = (second: number) => `2026-11-26T10:00:${String(second).padStart(2, '0')}Z`;
const line = (type: string, second: number, detail: Record<string, unknown>) =>
  JSON.stringify({ type: `wallet-support-${type}`, time: at(second), detail });
const step = (id: string, second: number, state: string, via: unknown, version = '5') =>
  line('step', second, { conversationId: id, flowVersion: version, problem: 'payment-failed', state, via });

const exported = [
  // a: solved by the first fix, rated helpful.
  step('a', 1, 'askingError', 'start'),
  step('a', 2, 'fixingNetwork', { answer: 'error-message' }),
  step('a', 3, 'resolved', { choice: 'solved' }),
  line('resolved', 3, { conversationId: 'a', flowVersion: '5', problem: 'payment-failed', cause: 'network' }),
  line('rated', 4, {
    conversationId: 'a',
    flowVersion: '5',
    problem: 'payment-failed',
    cause: 'network',
    resolved: true,
    rating: 'helpful',
  }),
  // b: the same fix did not help, then a ticket.
  step('b', 1, 'askingError', 'start'),
  step('b', 2, 'fixingNetwork', { answer: 'error-message' }),
  step('b', 3, 'reviewingTicket', { choice: 'unsolved' }),
  step('b', 4, 'ticketFiled', 'ticket-form'),
  line('ticket', 4, { conversationId: 'b', flowVersion: '5', ticket: { id: 't1' } }),
  // c: stopped at the fix without answering.
  step('c', 1, 'askingError', 'start'),
  step('c', 2, 'fixingNetwork', { answer: 'error-message' }),
  // d: stopped at the first question, its lines out of order in the file.
  step('d', 9, 'askingError', 'start'),
  line('open', 8, { conversationId: 'd', flowVersion: '5' }),
  // e: the older version of the flow, solved at once.
  step('e', 1, 'askingError', 'start', '4'),
  step('e', 2, 'fixingNetwork', { answer: 'error-message' }, '4'),
  step('e', 3, 'resolved', { choice: 'solved' }, '4'),
  line('resolved', 3, { conversationId: 'e', flowVersion: '4', problem: 'payment-failed', cause: 'network' }),
  // An open and a close with no step: a panel opened while a kept conversation loaded, not a conversation.
  line('open', 5, { conversationId: 'z' }),
  line('close', 6, { conversationId: 'z' }),
  // f: never chose a flow.
  line('step', 1, { conversationId: 'f', state: 'askingProblem', via: 'start' }),
  // What a log may also hold.
  line('open', 0, {}),
  '',
  'not json at all',
  JSON.stringify({ type: 'wallet-support-step', time: 'yesterday', detail: {} }),
  JSON.stringify({ time: at(1), detail: {} }),
].join('\n');

describe('reading an analytics export', () => {
  it('keeps every event line and counts the others with their line numbers', () => {
    const { events, bad } = parseExport(exported);
    expect(events).toHaveLength(22);
    expect(bad).toEqual([
      { line: 24, reason: 'not-json' },
      { line: 25, reason: 'bad-time' },
      { line: 26, reason: 'not-an-event' },
    ]);
  });

  it('reads Windows line ends and an empty file', () => {
    expect(parseExport(`${step('a', 1, 'askingError', 'start')}\r\n`).events).toHaveLength(1);
    expect(parseExport('')).toEqual({ events: [], bad: [] });
  });
});

describe('figures per flow version', () => {
  const summary = summarize(parseExport(exported).events);
  const v5 = summary.flows.get('payment-failed')!.get('5')!;
  const v4 = summary.flows.get('payment-failed')!.get('4')!;

  it('keeps each version apart, newest first', () => {
    expect(versionsOf(summary, 'payment-failed')).toEqual(['5', '4']);
    expect(v5.conversations).toBe(4);
    expect(v4.conversations).toBe(1);
    expect(summary.triageOnly).toBe(1);
    expect(summary.untagged).toBe(1);
  });

  it('counts conversations that reached each state, and where the unfinished ones stopped', () => {
    expect(Object.fromEntries(v5.reached)).toEqual({
      askingError: 4,
      fixingNetwork: 3,
      resolved: 1,
      reviewingTicket: 1,
      ticketFiled: 1,
    });
    expect(Object.fromEntries(v5.stopped)).toEqual({ fixingNetwork: 1, askingError: 1 });
    expect([v5.resolved, v5.tickets, v5.unfinished]).toEqual([1, 1, 2]);
    expect(v5.rated).toEqual({ helpful: 1, notHelpful: 0 });
  });

  it("gives each fix's solved rate from the answer after it, and the rating of those it solved", () => {
    const fix = v5.fixes.get('fixingNetwork')!;
    expect(fix).toEqual({ reached: 3, solved: 1, unsolved: 1, rated: { helpful: 1, notHelpful: 0 } });
    expect(solvedRate(fix)).toBe(0.5);
    expect(solvedRate(v4.fixes.get('fixingNetwork')!)).toBe(1);
    expect(v4.fixes.get('fixingNetwork')!.rated).toEqual({ helpful: 0, notHelpful: 0 });
    expect(solvedRate({ ...fix, solved: 0, unsolved: 0 })).toBeUndefined();
    expect([...v5.fixes.keys()]).toEqual(['fixingNetwork']);
  });

  it('counts a fix reached as often as its state, and each conversation once, with the answer it kept', () => {
    const { flows } = summarize(
      parseExport(
        [
          // g: "did not help", Back, then "solved" after all.
          step('g', 1, 'askingError', 'start'),
          step('g', 2, 'fixingNetwork', { answer: 'error-message' }),
          step('g', 3, 'askingOtherCause', { choice: 'unsolved' }),
          step('g', 4, 'fixingNetwork', 'back'),
          step('g', 5, 'resolved', { choice: 'solved' }),
          // h: saw the fix, went Back and stopped there.
          step('h', 1, 'askingError', 'start'),
          step('h', 2, 'fixingNetwork', { answer: 'error-message' }),
          step('h', 3, 'askingError', 'back'),
        ].join('\n'),
      ).events,
    );
    const figures = flows.get('payment-failed')!.get('5')!;
    expect(figures.reached.get('fixingNetwork')).toBe(2);
    expect(figures.fixes.get('fixingNetwork')).toEqual({
      reached: 2,
      solved: 1,
      unsolved: 0,
      rated: { helpful: 0, notHelpful: 0 },
    });
  });

  it('counts how often each exact path was taken', () => {
    expect(v5.paths.get(pathKey(['askingError', 'fixingNetwork', 'resolved']))).toBe(1);
    expect(v5.paths.get(pathKey(['askingError', 'fixingNetwork']))).toBe(1);
    expect(v5.paths.get(pathKey(['askingError']))).toBe(1);
    expect([...v5.paths.values()].reduce((sum, n) => sum + n, 0)).toBe(4);
  });
});
