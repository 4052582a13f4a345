import type { LauncherText } from '../../i18n/launcher.js';

/**
 * The launcher's shadow DOM: the button, and the dialog with its title bar and body. Built once
 * with the DOM API and then updated in place, so the always-loaded part needs no template library
 * (docs/decisions/0011). No innerHTML: the page may require Trusted Types.
 */
export interface PanelFrame {
  launcher: HTMLButtonElement;
  panel: HTMLDialogElement;
  title: HTMLHeadingElement;
  close: HTMLButtonElement;
  body: HTMLDivElement;
}

/** What the frame's controls do: the element's handlers, attached once. */
export interface PanelFrameHandlers {
  toggle(): void;
  preload(): void;
  close(): void;
  keydown(event: KeyboardEvent): void;
  cancel(event: Event): void;
  closed(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/** Appends the frame to `root` and wires its controls to `on`. */
export function buildPanelFrame(root: Node, on: PanelFrameHandlers): PanelFrame {
  const launcher = element('button', {
    part: 'launcher',
    class: 'launcher',
    type: 'button',
    'aria-haspopup': 'dialog',
    'aria-controls': 'panel',
  });
  launcher.addEventListener('click', on.toggle);
  launcher.addEventListener('pointerenter', on.preload);
  launcher.addEventListener('focus', on.preload);

  const title = element('h2', { id: 'title', class: 'title' });
  const close = element('button', { type: 'button' });
  close.addEventListener('click', on.close);
  const body = element('div', { class: 'body' });
  // Focusable by script: on a touch screen a question without quick answers focuses the dialog,
  // not the answer box (internal/prompt-focus.ts), so no on-screen keyboard covers the panel.
  const panel = element(
    'dialog',
    { id: 'panel', part: 'panel', class: 'panel', 'aria-labelledby': 'title', tabindex: '-1' },
    element('div', { part: 'header', class: 'header' }, title, close),
    body,
  );
  panel.addEventListener('keydown', on.keydown);
  panel.addEventListener('cancel', on.cancel);
  panel.addEventListener('close', on.closed);

  root.appendChild(launcher);
  root.appendChild(panel);
  return { launcher, panel, title, close, body };
}

/** Puts the words of `text` and the open state on the frame. */
export function updatePanelFrame(frame: PanelFrame, text: LauncherText, open: boolean): void {
  setText(frame.launcher, text.help);
  setText(frame.title, text.title);
  setText(frame.close, text.close);
  frame.launcher.setAttribute('aria-expanded', String(open));
  frame.panel.hidden = !open;
}

/** Writes only when the words changed: a rewrite would be announced again by a live region. */
function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Shows the body's notice: loading (`status`) or failed to load (`alert`, with a retry button).
 * The notice is kept while its kind stays, so a screen reader announces it once.
 */
export function showNotice(
  body: HTMLElement,
  role: 'status' | 'alert',
  message: string,
  retry?: { label: string; run(): void },
): void {
  let notice = body.firstElementChild;
  if (notice?.getAttribute('role') !== role) {
    notice = element('div', { class: 'loading', role }, element('span', {}));
    if (retry) {
      const button = element('button', { type: 'button' });
      button.addEventListener('click', retry.run);
      notice.append(' ', button);
    }
    body.replaceChildren(notice);
  }
  setText(notice.firstElementChild!, message);
  if (retry) setText(notice.lastElementChild!, retry.label);
}
