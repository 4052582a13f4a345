/**
 * The writer's workbench on the demo server: saving a flow's words file (flows/<flow>.<locale>.md)
 * sends the new words over Vite's hot-update socket, where they are written into the very text
 * objects the flow's machine holds (scripts/flow-markdown/live-words.mjs) and announced with a
 * `wallet-support-flow-words` event. The lab then redraws its chart and walks the live widget back
 * to the state it was in, so the edited words show at once, without a reload.
 */
import type { FlowPath } from './flow-paths.js';

export interface FlowWordsUpdate {
  /** The flow whose words changed (a problem id). */
  flow: string;
  /** The keys whose words changed, e.g. "fixingNetwork.text". */
  keys: string[];
}

/** Calls `listener` on each update of a flow's words; returns what stops it. */
export function onFlowWords(listener: (update: FlowWordsUpdate) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<FlowWordsUpdate>).detail);
  addEventListener('wallet-support-flow-words', handle);
  return () => removeEventListener('wallet-support-flow-words', handle);
}

/**
 * The start of a known path that visits the states of `trail` in order and ends where the trail
 * ends (the live conversation's current state), or undefined when no path does. The trail may skip
 * states a path passes through without a question (diagnosing, for instance).
 */
export function pathTo(paths: readonly FlowPath[], trail: readonly string[]): FlowPath | undefined {
  const current = trail.at(-1);
  if (current === undefined) return undefined;
  for (const path of paths) {
    const end = path.states.indexOf(current);
    if (end < 0 || !isSubsequence(trail, path.states.slice(0, end + 1))) continue;
    return { states: path.states.slice(0, end + 1), steps: path.steps.slice(0, end), end: path.end };
  }
  return undefined;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const state of long) if (state === short[at]) at++;
  return at === short.length;
}
