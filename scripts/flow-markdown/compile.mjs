/**
 * Flow markdown, compiled once at build time rather than in every user's browser: marked renders
 * it, a private DOMPurify instance (on jsdom) cuts it down to the allowlist of reliability.md S2,
 * and what is left becomes a small JSON tree (src/engine/rich.ts) that the widget renders with Lit
 * templates. The page never parses HTML, so neither library ships to it (docs/decisions/0007).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

/** reliability.md S2: what flow messages may contain; anything else (img, iframe, on*) is dropped. */
export const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a'];
const ALLOWED_ATTR = ['href'];
export const SAFE_URL = /^(?:https:|mailto:|tel:)/i;

/** Elements whose whitespace-only text children are layout, not content. */
const BLOCK_CONTAINERS = new Set(['#document-fragment', 'ul', 'ol', 'blockquote']);

const { window } = new JSDOM('');
const purify = createDOMPurify(window);
const marked = new Marked({ async: false, gfm: true, breaks: true });

/**
 * @typedef {string | [string, ...unknown[]]} RichNode
 * @typedef {string | RichNode[]} Rich
 */

/**
 * Markdown source to the tree the widget renders: an array of block nodes, each
 * `[tag, ...children]` (a link is `['a', href, ...children]`), or the source itself when it has
 * no formatting at all (one paragraph of plain text), which is smaller and reads the same.
 * @param {string} source
 * @returns {Rich}
 */
export function compileMarkdown(source) {
  const html = /** @type {string} */ (marked.parse(source));
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    RETURN_DOM_FRAGMENT: true,
  });
  const blocks = children(fragment);
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (Array.isArray(only) && only[0] === 'p' && only.length === 2 && only[1] === source.trim()) return source.trim();
  return blocks;
}

/** @param {Node} node @returns {RichNode[]} */
function children(node) {
  return joinText(childNodes(node));
}

/** Words split around a dropped element ("a <img> b") read as one piece of text again. */
function joinText(/** @type {RichNode[]} */ nodes) {
  /** @type {RichNode[]} */
  const joined = [];
  for (const node of nodes) {
    const last = joined.length - 1;
    if (typeof node === 'string' && typeof joined[last] === 'string') joined[last] += node;
    else joined.push(node);
  }
  return joined;
}

/** @param {Node} node @returns {RichNode[]} */
function childNodes(node) {
  const name = node.nodeName.toLowerCase();
  return [...node.childNodes].flatMap((child) => {
    if (child.nodeType === window.Node.TEXT_NODE) {
      const text = child.nodeValue ?? '';
      return text === '' || (BLOCK_CONTAINERS.has(name) && text.trim() === '') ? [] : [text];
    }
    if (child.nodeType !== window.Node.ELEMENT_NODE) return [];
    const element = /** @type {Element} */ (child);
    const tag = element.nodeName.toLowerCase();
    if (tag === 'a') {
      const href = element.getAttribute('href');
      // DOMPurify removed an unsafe href: keep the words, lose the link.
      return href && SAFE_URL.test(href) ? [['a', href, ...children(element)]] : children(element);
    }
    return ALLOWED_TAGS.includes(tag) ? [[tag, ...children(element)]] : children(element);
  });
}
