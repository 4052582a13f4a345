/**
 * The lab's "Save as test" without the lab: the widget's log as the lab reads it, turned back into
 * turns through the engine, written as a file that replays to the same end and that Prettier
 * leaves as it is (so a saved file passes the lint unedited).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedTest, seenInEvents } from '../../demo/lab/save-test.js';
import { transcriptText } from '../../demo/lab/transcript-text.js';
import type { LogEntry } from '../../demo/lab/event-log.js';
import { readTranscriptFile, type TranscriptFile, type Turn } from '../../demo/lab/transcript-file.js';
import {
  replayTranscript,
  turnsFromLog,
  type ConversationStart,
  type LogLine,
} from '../../demo/lab/transcript-replay.js';
import { endingDiff } from './transcript-diff.js';

const recorded = new Date('2026-11-27T10:00:00+08:00');
const start: ConversationStart = {
  flow: 'payment-failed',
  locale: 'en',
  host: { merchant: 'Lumen Books', orderId: '', currency: undefined },
};

const bot = (text: string): LogLine => ({ from: 'bot', text });
const person = (text: string): LogLine => ({ from: 'user', text });

/** A decline, a fix that did not help, and the way to the ticket, as the widget's log showed it. */
const log: LogLine[] = [
  bot('Sorry your payment did not go through. What did the error message say?'),
  person('Card declined: insufficient funds (51)'),
  bot('From what you told me, the likely cause is not enough balance.'),
  person('No, I still need help'),
  person('None of these, contact support'),
  bot('Roughly when did it happen?'),
  person('yesterday around 3pm'),
  bot('What was the amount?'),
  person('about 3'),
  person('¥88.80'),
  person('Wallet balance'),
];

const expectedTurns: Turn[] = [
  { at: 'askingError', answer: 'Card declined: insufficient funds (51)' },
  { at: 'fixingBalance', choose: 'unsolved', label: 'No, I still need help' },
  { at: 'choosingOtherCause', choose: 'none', label: 'None of these, contact support' },
  { at: 'askingTicketTime', answer: 'yesterday around 3pm' },
  { at: 'askingTicketAmount', answer: 'about 3' },
  { at: 'askingTicketAmount', answer: '¥88.80' },
  { at: 'askingTicketPaymentMethod', choose: 'balance', label: 'Wallet balance' },
  { at: 'reviewingTicket', submit: 'ticket' },
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(recorded);
});
afterEach(() => vi.useRealTimers());

describe('turns from the log', () => {
  it(
    'reads buttons back to their ids, keeps typed answers as typed, refused ones too',
    { timeout: 30_000 },
    async () => {
      const { turns, replayed } = await turnsFromLog(log, start, { sentTicket: true });
      expect(turns).toEqual(expectedTurns);
      expect(replayed).toMatchObject({ state: 'ticketFiled', cause: 'insufficient-balance' });
    },
  );

  it('stops at a line that answers nothing the conversation asked', { timeout: 30_000 }, async () => {
    const { replayed } = await turnsFromLog([...log, person('hello?')], start);
    expect(replayed.stopped).toBe('"hello?" answers nothing asked at reviewingTicket');
  });
});

describe('what the lab saw', () => {
  const at = new Date();
  const entry = (type: LogEntry['type'], detail: unknown): LogEntry => ({ id: 0, at, type, detail });

  it('is the last step and what ended it, not the ending of an earlier conversation', () => {
    // Newest first, as the lab's event log keeps them.
    const events = [
      entry('wallet-support-ticket', { ticket: { cause: 'network' } }),
      entry('wallet-support-step', { problem: 'payment-failed', state: 'ticketFiled' }),
      entry('wallet-support-step', { problem: 'payment-failed', state: 'reviewingTicket' }),
      entry('wallet-support-resolved', { problem: 'payment-failed', cause: 'insufficient-balance' }),
    ];
    expect(seenInEvents(events)).toEqual({ state: 'ticketFiled', cause: 'network', ticketSent: true });
    expect(seenInEvents(events.slice(1))).toEqual({ state: 'ticketFiled', ticketSent: false });
    expect(seenInEvents([])).toEqual({ ticketSent: false });
  });
});

describe('the saved file', () => {
  async function saved(seen: { state?: string; cause?: string }) {
    const { turns, replayed } = await turnsFromLog(log, start, { sentTicket: true });
    return savedTest({ start, recorded, turns, replayed, seen });
  }

  it('replays to the end the lab saw', { timeout: 30_000 }, async () => {
    const result = await saved({ state: 'ticketFiled', cause: 'insufficient-balance' });
    if (!result.saved) throw new Error(`not saved: ${result.why}`);
    expect(result.name).toBe('payment-failed.en.ticketFiled.2026-11-27T02-00-00.json');
    const file = readTranscriptFile(result.text, result.name);
    expect(file).toEqual(result.file);
    // Host attributes by their names, the empty ones left out.
    expect(file.host).toEqual({ merchant: 'Lumen Books' });
    expect(file.recorded).toBe('2026-11-27T02:00:00.000Z');
    expect(file.turns).toEqual(expectedTurns);
    expect(file.expect).toEqual({
      state: 'ticketFiled',
      cause: 'insufficient-balance',
      path: 'askingError → fixingBalance → choosingOtherCause → askingTicketTime → askingTicketAmount → askingTicketPaymentMethod → reviewingTicket → ticketFiled',
    });
    expect(endingDiff(result.name, file, await replayTranscript(file))).toBeUndefined();
  });

  it('is refused, saying why, when its turns do not lead where the widget is', { timeout: 30_000 }, async () => {
    expect(await saved({ state: 'resolved' })).toEqual({
      saved: false,
      why: 'differs',
      detail: 'the widget is at resolved (no cause yet), the replay at ticketFiled (insufficient-balance)',
    });
    expect(await saved({ state: 'ticketFiled', cause: 'network' })).toMatchObject({ saved: false, why: 'differs' });
  });

  it('is refused before the person has said anything', { timeout: 30_000 }, async () => {
    const { turns, replayed } = await turnsFromLog(log.slice(0, 1), start);
    expect(savedTest({ start, recorded, turns, replayed, seen: { state: 'askingError' } })).toEqual({
      saved: false,
      why: 'nothing',
    });
  });
});

describe('as text', () => {
  const folder = new URL('../transcripts/', import.meta.url);
  const prettierOptions = async () => ({
    ...(await prettier.resolveConfig(new URL('save-test.json', folder).pathname)),
    parser: 'json',
  });

  it('writes every kept transcript back exactly as it is kept', () => {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      expect(transcriptText(readTranscriptFile(text, name)), name).toBe(text);
    }
  });

  it('is what Prettier prints, whatever was typed: short or long, wide characters, quotes', async () => {
    const options = await prettierOptions();
    const typed = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom(
        '¥1,299.50',
        '餘額不足 (51)',
        '昨天下午3点，大概是在超市排队的时候付的款，显示交易失败但是扣了钱',
        'say "hi" \\ ok',
      ),
    );
    const turn: fc.Arbitrary<Turn> = fc.oneof(
      typed.map((answer) => ({ at: 'askingTicketAmount', answer })),
      fc
        .tuple(fc.constantFrom('unsolved', 'none'), typed)
        .map(([choose, label]) => ({ at: 'offeringTicket', choose, label })),
      fc.constant({ at: 'reviewingTicket', submit: 'ticket' as const }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(turn, { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('amount', 'error-message', 'merchant'), typed),
        async (turns, host) => {
          const file: TranscriptFile = {
            format: 1,
            flow: 'other',
            locale: 'zh-TW',
            recorded: recorded.toISOString(),
            host,
            turns,
            expect: { state: 'ticketFiled', cause: 'unknown', path: 'askingDescription → ticketFiled' },
          };
          const text = transcriptText(file);
          expect(await prettier.format(text, options)).toBe(text);
          expect(JSON.parse(text)).toEqual(file);
        },
      ),
      { numRuns: 150 },
    );
  });
});
