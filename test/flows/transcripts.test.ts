/**
 * Every conversation kept in test/transcripts/ (saved from the flow lab, or written by hand),
 * replayed through the engine the widget runs with the clock at the time it was recorded. A
 * conversation that now ends elsewhere fails with its path as -/+ lines (transcript-diff.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTranscriptFile, type TranscriptFile } from '../../demo/lab/transcript-file.js';
import { replayTranscript } from '../../demo/lab/transcript-replay.js';
import { problemIds } from '../../src/shared/problems.js';
import { endingDiff } from './transcript-diff.js';

const folder = new URL('../transcripts/', import.meta.url);
const transcripts = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const path = `test/transcripts/${name}`;
    return { path, file: readTranscriptFile(readFileSync(new URL(name, folder), 'utf8'), path) };
  });

const of = (flow: string) => transcripts.filter(({ file }) => file.flow === flow).map(({ file }) => file);
const endsIn = (state: string) => (file: TranscriptFile) => file.expect.state === state;

afterEach(() => vi.useRealTimers());

describe('the kept conversations', () => {
  it.each(problemIds)('cover %s at least twice, in two languages, ending both ways where the flow can', (flow) => {
    const files = of(flow);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(new Set(files.map((file) => file.locale)).size).toBeGreaterThanOrEqual(2);
    expect(files.some(endsIn('ticketFiled'))).toBe(true);
    // `other` only collects for a ticket: nothing in it can be solved on the spot.
    if (flow !== 'other') expect(files.some(endsIn('resolved'))).toBe(true);
  });

  it('include conversations the host page started with what it knew', () => {
    const driven = transcripts.filter(({ file }) => Object.keys(file.host).length > 0);
    expect(driven.length).toBeGreaterThanOrEqual(3);
  });
});

for (const { path, file } of transcripts) {
  describe(path, () => {
    // A flow's chunk and the time parser load on first use: slow on a busy machine.
    it(`ends at ${file.expect.state} (${file.expect.cause}) as recorded`, { timeout: 30_000 }, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(file.recorded));
      const diff = endingDiff(path, file, await replayTranscript(file));
      if (diff) expect.fail(diff);
    });
  });
}
