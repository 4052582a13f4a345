/**
 * A saved conversation, replayed as a test (test/transcripts/, README "Transcripts as tests"): the
 * flow, the language, what the host page knew, the person's turns in order, and where it must end.
 * One JSON file per conversation, written by the lab's "Save as test" (save-test.ts) or by hand;
 * this module reads one back and says clearly what is wrong with it.
 */
import type { CauseId } from '../../src/diagnose/types.js';
import { locales } from '../../src/i18n/index.js';
import { hostAttributes, type HostContext, type HostFactName } from '../../src/shared/host-attributes.js';
import { isProblemId, type ProblemId } from '../../src/shared/problems.js';
import type { Locale } from '../../src/shared/types.js';

/** Bumped when a file written for an older version can no longer be read as it is. */
export const TRANSCRIPT_FORMAT = 1;

/**
 * One thing the person did. `at` (the state the question belonged to) and `label` (the button's
 * words) are for people reading the file; the replay goes by the choice id and the typed text.
 */
export type Turn =
  | { at?: string; choose: string; label?: string }
  /** As typed; card numbers and codes as the widget showed them, already masked. */
  | { at?: string; answer: string }
  /** The ticket review form sent (its fields do not change where the conversation goes). */
  | { at?: string; submit: 'ticket' };

/** The host page's attributes, by their attribute names ("error-code"), as a page sets them. */
export type HostAttributes = Partial<Record<(typeof hostAttributes)[HostFactName], string>>;

export interface TranscriptFile {
  format: typeof TRANSCRIPT_FORMAT;
  /** What the conversation is, in a line. */
  title?: string;
  flow: ProblemId;
  locale: Locale;
  /** True when the host named no problem, so the person chose or described it first. */
  asksProblem?: boolean;
  /** When it was recorded: the replay's "now", so "yesterday" and deadlines read the same. */
  recorded: string;
  /** `occurred-at` may also be relative to `recorded`: "2 hours ago", "3 days ago". */
  host: HostAttributes;
  turns: Turn[];
  expect: {
    /** The state it rests in at the end: "resolved", "ticketFiled", or where it stopped. */
    state: string;
    /** The cause it settled on (`unknown` when none), as the public events name it. */
    cause: CauseId | 'unknown';
    /** The states the person saw, as `wallet-support-step` reports them, joined by " → ". */
    path: string;
  };
}

/** A file that cannot be replayed: which one, and what to fix. */
export class TranscriptFileError extends Error {
  override name = 'TranscriptFileError';
}

export const PATH_SEPARATOR = ' → ';

export function pathStates(path: string): string[] {
  return path
    .split('→')
    .map((state) => state.trim())
    .filter(Boolean);
}

const attributeNames = Object.values(hostAttributes) as string[];
const propertyOf = Object.fromEntries(
  Object.entries(hostAttributes).map(([property, name]) => [name, property]),
) as Record<string, HostFactName>;

const units = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const relativeTime = /^(\d+) (minute|hour|day)s? ago$/;

/**
 * The host attributes as `start()` takes them, with a relative `occurred-at` made a date before
 * `recorded` (which is also when the replay runs, so the widget reads it as the page gave it).
 */
export function hostContext(file: Pick<TranscriptFile, 'host' | 'recorded'>): HostContext {
  const context: HostContext = {};
  for (const [name, value] of Object.entries(file.host)) {
    const relative = name === 'occurred-at' ? relativeTime.exec(value.trim()) : null;
    context[propertyOf[name]!] = relative
      ? new Date(
          Date.parse(file.recorded) - Number(relative[1]) * units[relative[2] as keyof typeof units],
        ).toISOString()
      : value;
  }
  return context;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readTurn(value: unknown, index: number, fail: (what: string) => never): Turn {
  const where = `turn ${index + 1}`;
  if (!isObject(value)) return fail(`${where} is not an object`);
  const actions = ['choose', 'answer', 'submit'].filter((key) => key in value);
  if (actions.length !== 1) return fail(`${where} needs exactly one of "choose", "answer" or "submit"`);
  for (const key of Object.keys(value)) {
    if (!['at', 'label', 'choose', 'answer', 'submit'].includes(key)) fail(`${where} has an unknown field "${key}"`);
  }
  for (const [key, field] of Object.entries(value)) {
    if (typeof field !== 'string') fail(`${where}: "${key}" must be text`);
  }
  if ('submit' in value && value.submit !== 'ticket') fail(`${where}: "submit" can only be "ticket"`);
  return value as Turn;
}

/** Reads a transcript file's JSON, checking every field; `name` says which file in the errors. */
export function readTranscriptFile(json: string, name: string): TranscriptFile {
  const fail = (what: string): never => {
    throw new TranscriptFileError(`${name}: ${what}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) return fail('not a JSON object');
  if (data.format !== TRANSCRIPT_FORMAT) fail(`"format" must be ${TRANSCRIPT_FORMAT} (found ${String(data.format)})`);
  if (!isProblemId(data.flow)) fail(`"flow" must be a problem id, not ${JSON.stringify(data.flow)}`);
  if (!(locales as readonly unknown[]).includes(data.locale)) fail(`"locale" must be one of ${locales.join(', ')}`);
  if ('title' in data && typeof data.title !== 'string') fail('"title" must be text');
  if ('asksProblem' in data && typeof data.asksProblem !== 'boolean') fail('"asksProblem" must be true or false');
  if (typeof data.recorded !== 'string' || Number.isNaN(Date.parse(data.recorded)))
    fail('"recorded" must be a date and time (ISO 8601), the replay\'s "now"');
  if (!isObject(data.host)) fail('"host" must be an object of host attributes ({} when the page knew nothing)');
  for (const [attribute, value] of Object.entries(data.host as object)) {
    if (!attributeNames.includes(attribute))
      fail(`"host" has "${attribute}", which is not a host attribute (${attributeNames.join(', ')})`);
    if (typeof value !== 'string') fail(`"host"."${attribute}" must be text, as a page sets an attribute`);
  }
  if (!Array.isArray(data.turns)) fail('"turns" must be a list');
  const turns = (data.turns as unknown[]).map((turn, index) => readTurn(turn, index, fail));
  const expected = data.expect;
  if (!isObject(expected) || ['state', 'cause', 'path'].some((key) => typeof expected[key] !== 'string'))
    fail('"expect" must give the final "state", the "cause" and the "path" (states joined by " → ")');
  const { state, path } = expected as TranscriptFile['expect'];
  if (pathStates(path).at(-1) !== state) fail(`"expect"."state" (${state}) must be the last state of "expect"."path"`);
  return { ...(data as unknown as TranscriptFile), turns };
}
