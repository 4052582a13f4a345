import createDOMPurify from 'dompurify';
import { Marked } from 'marked';

/** Only what flow messages need; anything else (img, iframe, form, style, on*) is dropped. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a'];
const ALLOWED_ATTR = ['href'];
const SAFE_URL = /^(?:https:|mailto:|tel:)/i;

// A private instance: hooks added here cannot leak into a host page that also uses DOMPurify.
const purify = createDOMPurify(window);
// Registered once at module load (Chatwoot once added a hook per message and leaked them).
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const marked = new Marked({ async: false, gfm: true, breaks: true });

/**
 * Flow markdown to sanitized DOM. Only flow text comes here, never user input (which is always
 * rendered as text); it is sanitized anyway, so a bad flow edit cannot become an XSS.
 */
export function renderMarkdown(source: string): DocumentFragment {
  const html = marked.parse(source) as string;
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    RETURN_DOM_FRAGMENT: true,
  });
}
