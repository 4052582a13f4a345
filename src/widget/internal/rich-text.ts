import { html, type TemplateResult } from 'lit';
import { SAFE_LINK, type Rich, type RichNode } from '../../engine/rich.js';

type Content = TemplateResult | string | Content[];

/**
 * Compiled flow markdown (engine/rich.ts) as Lit templates. The build already ran it through
 * marked and DOMPurify; this renders only the allowlisted elements and text bindings, so even a
 * hand-made tree cannot add an attribute, a script or an unsafe link. Nothing here parses HTML.
 */
export function renderRich(rich: Rich): Content {
  return typeof rich === 'string' ? html`<p>${rich}</p>` : rich.map(renderNode);
}

function renderNode(node: RichNode): Content {
  if (typeof node === 'string') return node;
  // A stored conversation is data from the page's storage: a malformed node is skipped, not fatal.
  if (!Array.isArray(node)) return '';
  const [tag, ...rest] = node;
  const inner = () => rest.map(renderNode);
  switch (tag) {
    case 'p':
      return html`<p>${inner()}</p>`;
    case 'br':
      return html`<br />`;
    case 'strong':
      return html`<strong>${inner()}</strong>`;
    case 'em':
      return html`<em>${inner()}</em>`;
    case 'code':
      return html`<code>${inner()}</code>`;
    case 'pre':
      return html`<pre>${inner()}</pre>`;
    case 'ul':
      return html`<ul>
        ${inner()}
      </ul>`;
    case 'ol':
      return html`<ol>
        ${inner()}
      </ol>`;
    case 'li':
      return html`<li>${inner()}</li>`;
    case 'blockquote':
      return html`<blockquote>${inner()}</blockquote>`;
    case 'a': {
      const [href, ...children] = rest;
      const words = children.map(renderNode);
      return typeof href === 'string' && SAFE_LINK.test(href)
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${words}</a>`
        : words;
    }
    default:
      // Not an element flow text may use: keep its words, drop the element.
      return inner();
  }
}
