/** Reading a transcript file: what it accepts, and how it says what is wrong with one that it refuses. */
import { describe, expect, it } from 'vitest';
import { hostContext, readTranscriptFile } from '../../demo/lab/transcript-file.js';
import { factsFromHost } from '../../src/engine/host-facts.js';

const valid = {
  format: 1,
  flow: 'payment-failed',
  locale: 'zh-CN',
  recorded: '2026-11-27T10:00:00+08:00',
  host: { amount: '1299.50', 'error-code': '51' },
  turns: [{ at: 'fixingBalance', choose: 'solved', label: '已解决' }],
  expect: { state: 'resolved', cause: 'insufficient-balance', path: 'fixingBalance → resolved' },
};

const read = (changes: Record<string, unknown>) => () =>
  readTranscriptFile(JSON.stringify({ ...valid, ...changes }), 'test/transcripts/x.json');

describe('a transcript file', () => {
  it('is read as written', () => {
    expect(read({})()).toEqual(valid);
  });

  it.each([
    [{ format: 2 }, '"format" must be 1 (found 2)'],
    [{ flow: 'payment' }, '"flow" must be a problem id, not "payment"'],
    [{ locale: 'fr' }, '"locale" must be one of zh-CN, zh-TW, en'],
    [{ recorded: 'yesterday' }, '"recorded" must be a date and time'],
    [{ host: { errorCode: '51' } }, '"host" has "errorCode", which is not a host attribute'],
    [{ host: { amount: 1299.5 } }, '"host"."amount" must be text'],
    [{ turns: [{ choose: 'solved', answer: 'yes' }] }, 'turn 1 needs exactly one of "choose", "answer" or "submit"'],
    [{ turns: [{ choose: 'solved', says: 'yes' }] }, 'turn 1 has an unknown field "says"'],
    [{ turns: [{ submit: 'form' }] }, 'turn 1: "submit" can only be "ticket"'],
    [
      { expect: { state: 'resolved', cause: 'network' } },
      '"expect" must give the final "state", the "cause" and the "path"',
    ],
    [
      { expect: { state: 'ticketFiled', cause: 'network', path: 'fixingBalance → resolved' } },
      '"expect"."state" (ticketFiled) must be the last state of "expect"."path"',
    ],
  ])('refuses %j, naming the file and the field', (changes, message) => {
    expect(read(changes)).toThrow(`test/transcripts/x.json: ${message}`);
  });

  it('refuses text that is not JSON', () => {
    expect(() => readTranscriptFile('{ "format": 1,', 'x.json')).toThrow(/^x\.json: not valid JSON/);
  });

  it('gives the host attributes to the widget by property, a relative time counted back from "recorded"', () => {
    const file = read({ host: { 'occurred-at': '2 hours ago', 'error-message': '余额不足' } })();
    expect(hostContext(file)).toEqual({ occurredAt: '2026-11-27T00:00:00.000Z', errorMessage: '余额不足' });
    // …which the element reads as a time the page gave, as it reads any ISO 8601 time.
    expect(Date.parse(factsFromHost(hostContext(file)).occurredAt!)).toBe(Date.parse('2026-11-27T00:00:00Z'));
    const fixed = read({ host: { 'occurred-at': '2026-11-26T15:00:00+08:00' } })();
    expect(hostContext(fixed)).toEqual({ occurredAt: '2026-11-26T15:00:00+08:00' });
  });
});
