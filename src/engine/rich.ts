import type { Rich, RichElement, RichNode, RichTag } from '../shared/types.js';

export type { Rich, RichElement, RichNode, RichTag } from '../shared/types.js';

/**
 * Flow markdown as the widget receives it: compiled at build time (scripts/flow-markdown/) by
 * marked and DOMPurify into this small tree, so the page needs neither library and never parses
 * HTML. Kept DOM-free: the engine turns it into plain text for tickets, the view into Lit templates.
 */

/** Links in flow text may only call, mail or open an https page (docs/reliability.md S2). */
export const SAFE_LINK = /^(?:https:|mailto:|tel:)/i;

/** An element built in code (advice with the person's own figures): `element('li', 'pay in ', element('strong', '2 payments'))`. */
export function element(tag: RichTag | 'a', ...children: RichNode[]): RichElement {
  return [tag, ...children] as RichElement;
}

/**
 * A text written with `{placeholders}`, filled with the person's own figures ("by **{by}**" →
 * "by **Tue 1 Dec**"). The text stays literal in the source, so the build can compile it and
 * ship each language's words apart (docs/decisions/0008); only the values are built in code.
 */
export function fill<T extends Rich>(rich: T, values: Readonly<Record<string, string>>): T {
  const text = (words: string) => words.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
  // An element keeps its tag; a link's address is filled like its words.
  const node = (item: RichNode): RichNode =>
    typeof item === 'string' ? text(item) : ([item[0], ...item.slice(1).map(node)] as RichElement);
  return (typeof rich === 'string' ? text(rich) : rich.map(node)) as T;
}

/**
 * What a support agent or a screen reader should get: the words, with list items on their own
 * lines ("1. ", "- ") and paragraphs apart, and none of the markup.
 */
export function plainText(rich: Rich): string {
  if (typeof rich === 'string') return rich;
  return rich
    .map(blockText)
    .filter((block) => block !== '')
    .join('\n\n');
}

function blockText(node: RichNode): string {
  if (typeof node === 'string') return node.trim();
  const [tag, ...children] = node;
  if (tag === 'ul' || tag === 'ol') {
    const items = children.filter((child): child is RichElement => Array.isArray(child) && child[0] === 'li');
    return items.map((item, index) => `${tag === 'ol' ? `${index + 1}.` : '-'} ${inlineText(item).trim()}`).join('\n');
  }
  if (tag === 'blockquote') return plainText(children).replace(/^/gm, '> ');
  return inlineText(node).trim();
}

function inlineText(node: RichNode): string {
  if (typeof node === 'string') return node;
  const [tag, ...rest] = node;
  if (tag === 'br') return '\n';
  // A link's address comes first: the words are what the user saw.
  const children = tag === 'a' ? rest.slice(1) : rest;
  return children.map(inlineText).join('');
}
