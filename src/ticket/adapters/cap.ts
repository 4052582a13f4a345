/**
 * Keeps a ticket's body within what a help desk accepts. Only the transcript is shortened: every
 * other field is short by construction (answers and form fields are cut at 2,000 characters),
 * while a conversation full of refused answers grows without end (40 of them made an 88 KB
 * Zendesk comment). The full ticket stays in the outbox for "Copy ticket" and e-mail.
 */
import type { Ticket } from '../types.js';

type Line = Ticket['transcript'][number];

/**
 * Zendesk: a comment's size limit "roughly translates to a character limit, depending on your
 * encoding/markup, of ~65,000" (Zendesk staff, support.zendesk.com community post 4719863289498;
 * 64 KB†). Half of it, in UTF-8 bytes, leaves room for the HTML Zendesk derives from the plain
 * body and for text in Chinese (3 bytes a character).
 */
export const ZENDESK_COMMENT_MAX_BYTES = 32 * 1024;

/**
 * Freshdesk documents no length limit for a ticket's `description` (API v2, Create a Ticket);
 * the same cap as Zendesk, measured on the escaped HTML that is sent, keeps an agent's view usable.
 */
export const FRESHDESK_DESCRIPTION_MAX_BYTES = 32 * 1024;

/** The JSON ticket after the endpoint answered 413: the same cap, on the whole body. */
export const SHRUNK_JSON_MAX_BYTES = 32 * 1024;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}

/** Shortest run of alike refused answers that is collapsed: a first and a last one are kept. */
const MIN_RUN = 3;

function marker(text: string, at: string): Line {
  return { from: 'bot', text: `[… ${text} …]`, at };
}

/**
 * The transcript as exchanges: what the bot said, then each user line with the bot lines that
 * answered it. A refused answer is an exchange whose reply repeats the previous one word for word
 * ("Sorry, I did not understand the amount…"), so a run of them is a run of identical replies.
 */
function exchanges(transcript: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of transcript) {
    if (line.from === 'user' || groups.length === 0) groups.push([line]);
    else groups.at(-1)!.push(line);
  }
  return groups;
}

function reply(group: Line[]): string {
  return group[0]?.from === 'user'
    ? group
        .slice(1)
        .map((line) => line.text)
        .join('\n')
    : '';
}

/** Runs of three or more alike refused answers become the first, a marker, and the last. */
export function collapseRefusedAnswers(transcript: Line[]): Line[] {
  const groups = exchanges(transcript);
  const out: Line[] = [];
  for (let start = 0; start < groups.length;) {
    const answer = reply(groups[start]!);
    let end = start + 1;
    while (answer && end < groups.length && reply(groups[end]!) === answer) end++;
    const run = end - start;
    if (run >= MIN_RUN) {
      const left = run - 2;
      out.push(
        ...groups[start]!,
        marker(`${left} similar answers left out`, groups[start + 1]![0]!.at),
        ...groups[end - 1]!,
      );
    } else {
      for (let index = start; index < end; index++) out.push(...groups[index]!);
    }
    start = end;
  }
  return out;
}

/** The transcript with `kept` lines, half from the start and half from the end, and a marker between. */
function keepEnds(lines: Line[], kept: number): Line[] {
  if (kept >= lines.length) return lines;
  const head = Math.floor(kept / 2);
  const tail = kept - head;
  const left = lines.length - kept;
  return [
    ...lines.slice(0, head),
    marker(`${left} lines left out`, lines[head]!.at),
    ...lines.slice(lines.length - tail),
  ];
}

/**
 * The ticket with a transcript short enough for `fits`: runs of refused answers collapsed, then,
 * if still too long, lines cut from the middle (the start says what the problem was, the end
 * where the conversation got to). May still not fit if the other fields alone are too long.
 */
export function shortenTranscript(ticket: Ticket, fits: (ticket: Ticket) => boolean): Ticket {
  if (fits(ticket)) return ticket;
  const collapsed = collapseRefusedAnswers(ticket.transcript);
  const shorter = { ...ticket, transcript: collapsed };
  if (fits(shorter)) return shorter;
  // The largest number of lines that fits: more lines never make the text shorter.
  let low = 0;
  let high = collapsed.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits({ ...ticket, transcript: keepEnds(collapsed, mid) })) low = mid;
    else high = mid - 1;
  }
  return { ...ticket, transcript: keepEnds(collapsed, low) };
}

/** `text` cut at the end, with a marker, until `measure` says it fits: the last resort. */
export function clipText(text: string, maxBytes: number, measure: (text: string) => number = utf8Length): string {
  if (measure(text) <= maxBytes) return text;
  const cut = '\n[… cut …]';
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid) + cut) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  // Never end on half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(low - 1)) ? low - 1 : low;
  return text.slice(0, end) + cut;
}
