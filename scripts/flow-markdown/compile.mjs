/**
 * Flow markdown, compiled once at build time rather than in every user's browser: marked renders
 * it, a private DOMPurify instance (on jsdom) cuts it down to the allowlist of docs/reliability.md S2,
 * and what is left becomes a small JSON tree (src/engine/rich.ts) that the widget renders with Lit
 * templates. The page never parses HTML, so neither library ships to it (docs/decisions/0007).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

/** docs/reliability.md S2: what flow messages may contain; anything else (img, iframe, on*) is dropped. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a'];
const ALLOWED_ATTR = ['href'];
const SAFE_URL = /^(?:https:|mailto:|tel:)/i;

/** Elements whose whitespace-only text children are layout (newlines between blocks), not words. */
const WHITESPACE_IS_LAYOUT = new Set(['#document-fragment', 'ul', 'ol', 'blockquote']);

const { window } = new JSDOM('');
const purify = createDOMPurify(window);
const marked = new Marked({ async: false, gfm: true, breaks: true });

/**
 * @typedef {string | [string, ...unknown[]]} RichNode
 * @typedef {string | RichNode[]} Rich
 * @typedef {{ rich: Rich; dropped: string[] }} Compiled
 */

/**
 * Markdown source to the tree the widget renders: an array of block nodes, each
 * `[tag, ...children]` (a link is `['a', href, ...children]`), or the source itself when it has
 * no formatting at all (one paragraph of plain text), which is smaller and reads the same.
 * `dropped` names what the allowlist removed ("<h1>", "href on <a>", "a list inside a list item"):
 * the build refuses flow text with any, since it would not read as written.
 * @param {string} source
 * @returns {Compiled}
 */
export function compileMarkdown(source) {
  const html = /** @type {string} */ (marked.parse(source));
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    RETURN_DOM_FRAGMENT: true,
  });
  // DOMPurify reports the <body> it parses into as removed: that one is not the author's.
  const dropped = purify.removed.filter((removal) => removal.element?.nodeName !== 'BODY').map(describeRemoved);
  const blocks = richChildren(fragment, dropped);
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (Array.isArray(only) && only[0] === 'p' && only.length === 2 && only[1] === source.trim()) {
    return { rich: source.trim(), dropped };
  }
  return { rich: blocks, dropped };
}

/** DOMPurify's record of a removal, as a flow author would read it. */
function describeRemoved(/** @type {{ element?: Element; attribute?: Attr | null; from?: Element }} */ removal) {
  if (removal.attribute) return `${removal.attribute.name} on <${removal.from?.nodeName.toLowerCase()}>`;
  return `<${removal.element?.nodeName.toLowerCase()}>`;
}

/**
 * A node's children as rich nodes, text split around a removed element joined again.
 * @param {Node} node
 * @param {string[]} dropped
 * @returns {RichNode[]}
 */
function richChildren(node, dropped) {
  /** @type {RichNode[]} */
  const joined = [];
  for (const child of convertChildNodes(node, dropped)) {
    const last = joined.length - 1;
    if (typeof child === 'string' && typeof joined[last] === 'string') joined[last] += child;
    else joined.push(child);
  }
  return joined;
}

/** @param {Node} node @param {string[]} dropped @returns {RichNode[]} */
function convertChildNodes(node, dropped) {
  const name = node.nodeName.toLowerCase();
  return [...node.childNodes].flatMap((child) => {
    if (child.nodeType === window.Node.TEXT_NODE) {
      const text = child.nodeValue ?? '';
      return text === '' || (WHITESPACE_IS_LAYOUT.has(name) && text.trim() === '') ? [] : [text];
    }
    if (child.nodeType !== window.Node.ELEMENT_NODE) return [];
    const element = /** @type {Element} */ (child);
    const tag = element.nodeName.toLowerCase();
    // DOMPurify left only allowlisted elements, and an href only where it is safe.
    if (tag === 'a') {
      const href = element.getAttribute('href');
      // An unsafe href was removed: keep the words, lose the link.
      return href ? [['a', href, ...richChildren(element, dropped)]] : richChildren(element, dropped);
    }
    if (tag === 'li') return [['li', ...listItemContent(element, dropped)]];
    return [[tag, ...richChildren(element, dropped)]];
  });
}

/**
 * Flow lists are flat, one line an item: a "loose" list (blank lines between items) wraps each
 * item in a paragraph, which is unwrapped; a list or a second block inside an item is refused,
 * since the ticket's plain text could not show it as the user saw it.
 * @param {Element} item
 * @param {string[]} dropped
 * @returns {RichNode[]}
 */
function listItemContent(item, dropped) {
  const children = richChildren(item, dropped);
  const blocks = children.filter(
    (child) => Array.isArray(child) && ['p', 'ul', 'ol', 'blockquote', 'pre'].includes(child[0]),
  );
  if (blocks.length === 0) return children;
  // Between blocks, whitespace is layout; between words (the case above) it is a space.
  const content = children.filter((child) => typeof child !== 'string' || child.trim() !== '');
  const [first] = blocks;
  if (blocks.length === 1 && content.length === 1 && Array.isArray(first) && first[0] === 'p') return first.slice(1);
  dropped.push('a list inside a list item, or more than one paragraph in one');
  return content;
}
