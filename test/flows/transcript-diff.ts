/**
 * How a transcript that ends differently is reported: the expected and the replayed conversation
 * as -/+ lines (the flow, each state the person saw, the cause), by Vitest's own line diff.
 */
import { diffLinesUnified } from '@vitest/utils/diff';
import { pathStates, type TranscriptFile } from '../../demo/lab/transcript-file.js';
import type { Replayed } from '../../demo/lab/transcript-replay.js';

const plain = (text: string) => text;

function expectedLines(file: TranscriptFile): string[] {
  return [`flow: ${file.flow}`, ...pathStates(file.expect.path), `cause: ${file.expect.cause}`];
}

function replayedLines(replayed: Replayed): string[] {
  // A walk that stopped early rests where it stopped: that state ends its path.
  const path = replayed.path.at(-1) === replayed.state ? replayed.path : [...replayed.path, replayed.state];
  return [`flow: ${replayed.flow ?? '(none)'}`, ...path, `cause: ${replayed.cause}`];
}

/** Undefined when the replay ended as the file expects; else a readable diff, and why it stopped early. */
export function endingDiff(name: string, file: TranscriptFile, replayed: Replayed): string | undefined {
  const expected = expectedLines(file);
  const actual = replayedLines(replayed);
  if (expected.join('\n') === actual.join('\n') && !replayed.stopped) return undefined;
  const diff = diffLinesUnified(expected, actual, {
    aAnnotation: 'expected',
    bAnnotation: 'replayed',
    aColor: plain,
    bColor: plain,
    changeColor: plain,
    commonColor: plain,
    patchColor: plain,
    expand: true,
  });
  const stopped = replayed.stopped ? `\nThe replay stopped: ${replayed.stopped}` : '';
  return `${name} ends differently:\n${diff}${stopped}`;
}
