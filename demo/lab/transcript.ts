/**
 * "Export transcript": the conversation as the user saw it, read from the widget's log (its
 * `message` parts), written out as Markdown with the setup and the states it went through.
 */
import type { HostContext } from '../../src/shared/host-attributes.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';

export interface TranscriptLine {
  from: 'bot' | 'user';
  text: string;
}

/** Plain text of a rendered bot message, keeping paragraphs and list numbering. */
function blockText(element: Element): string {
  const lines: string[] = [];
  const walk = (node: Element, prefix = '') => {
    for (const child of node.children) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'ol' || tag === 'ul') {
        [...child.children].forEach((item, index) => {
          lines.push(`${tag === 'ol' ? `${index + 1}.` : '-'} ${(item.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
        });
      } else if (child.children.length > 0 && ['div', 'section', 'blockquote'].includes(tag)) {
        walk(child, prefix);
      } else {
        const line = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (line) lines.push(prefix + line);
      }
    }
  };
  walk(element);
  return lines.length ? lines.join('\n') : (element.textContent ?? '').trim();
}

/** The messages in the widget's log, in order. Empty when the conversation has not started. */
export function readTranscript(widget: WalletSupport): TranscriptLine[] {
  const log = widget.shadowRoot?.querySelector('[role="log"]');
  if (!log) return [];
  return [...log.querySelectorAll('[part~="message"]')].map((message) => {
    const from = message.classList.contains('user') ? 'user' : 'bot';
    const bubble = message.querySelector('[part~="bubble"]') ?? message;
    // User text is shown as typed (pre-wrap); bot text is rendered markdown.
    return { from, text: from === 'user' ? (bubble.textContent ?? '').trim() : blockText(bubble) };
  });
}

export interface TranscriptExport {
  problem?: string;
  locale: string;
  host: HostContext;
  states: readonly string[];
  lines: readonly TranscriptLine[];
  exportedAt: Date;
}

export function transcriptMarkdown(data: TranscriptExport): string {
  const known = Object.entries(data.host).filter(([, value]) => value !== undefined && value !== '');
  const quote = (text: string) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return [
    `# Transcript: ${data.problem ?? 'triage'}`,
    '',
    `- Exported: ${data.exportedAt.toISOString()}`,
    `- Language: ${data.locale}`,
    `- Host context: ${known.length ? known.map(([key, value]) => `${key}=${value}`).join(', ') : 'none'}`,
    `- States: ${data.states.length ? data.states.join(' → ') : 'none'}`,
    '',
    ...data.lines.map((line) => `**${line.from === 'bot' ? 'Assistant' : 'User'}**\n\n${quote(line.text)}\n`),
  ].join('\n');
}
