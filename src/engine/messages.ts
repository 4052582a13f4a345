import type { Locale, RedactedKind } from '../diagnose/types.js';
import type { Message } from './context.js';
import { plainText, type Rich } from './rich.js';
import { maskingNotice } from './masking.js';
import { localize } from './text.js';

/** One line of the log, stamped now; compiled flow markdown keeps its formatting in `rich`. */
export function message(from: Message['from'], text: Rich): Message {
  const at = new Date().toISOString();
  return typeof text === 'string' ? { from, text, at } : { from, text: plainText(text), rich: text, at };
}

/** A typed answer as it enters the log (already masked), followed by why, if a secret was masked. */
export function answerLines(locale: Locale, text: string, masked?: RedactedKind[]): Message[] {
  const lines = [message('user', text)];
  if (masked?.length) lines.push(message('bot', localize(maskingNotice(masked), locale)));
  return lines;
}
