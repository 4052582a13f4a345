/**
 * What a failing transcript says: a kept conversation altered on purpose (the person now pastes
 * another error), replayed for real, and the exact report it produces.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTranscriptFile, type TranscriptFile } from '../../demo/lab/transcript-file.js';
import { replayTranscript } from '../../demo/lab/transcript-replay.js';
import { endingDiff } from './transcript-diff.js';

const name = 'test/transcripts/card-binding-failed.zh-CN.details-mismatch-solved.json';
const kept = readTranscriptFile(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), name);

/** The kept file with its first typed answer replaced. */
function saying(error: string, turns = kept.turns.slice(1)): TranscriptFile {
  return { ...kept, turns: [{ at: 'askingError', answer: error }, ...turns] };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(kept.recorded));
});
afterEach(() => vi.useRealTimers());

describe('a transcript that ends differently', () => {
  it('says nothing when the replay ends as recorded', { timeout: 30_000 }, async () => {
    expect(endingDiff(name, kept, await replayTranscript(kept))).toBeUndefined();
  });

  it('shows the path and the cause as -/+ lines', { timeout: 30_000 }, async () => {
    const altered = saying('验证码错误，请重新获取');
    expect(endingDiff(name, altered, await replayTranscript(altered))).toBe(
      [
        `${name} ends differently:`,
        '- expected',
        '+ replayed',
        '',
        '  flow: card-binding-failed',
        '  askingError',
        '- fixingCardDetails',
        '+ fixingSmsCode',
        '  resolved',
        '- cause: card-info-invalid',
        '+ cause: verification-failed',
      ].join('\n'),
    );
  });

  it('says which turn the conversation no longer takes, and where it stopped', { timeout: 30_000 }, async () => {
    // "No message was shown" now leads to a list of symptoms, where "Yes, solved" is not offered.
    const altered: TranscriptFile = { ...kept, turns: [{ choose: 'no-message' }, ...kept.turns.slice(1)] };
    expect(endingDiff(name, altered, await replayTranscript(altered))).toBe(
      [
        `${name} ends differently:`,
        '- expected',
        '+ replayed',
        '',
        '  flow: card-binding-failed',
        '  askingError',
        '- fixingCardDetails',
        '- resolved',
        '- cause: card-info-invalid',
        '+ askingSymptom',
        '+ cause: unknown',
        'The replay stopped: turn 2 chooses "solved" at askingSymptom, which offers details, sms, network, account, ' +
          'status, unsupported, limit, bank, linked, platform, no-option, none',
      ].join('\n'),
    );
  });
});
