/**
 * Where focus goes when the conversation moves on (WCAG 2.4.3): into the current prompt, and only
 * when that follows the user.
 */

/**
 * The control that takes focus for the current prompt: the answer box, else its first choice or
 * field; when the conversation is over, the ticket's status, else "Start over". On a touch screen
 * a focused text field raises the on-screen keyboard over the choices: there the dialog takes
 * focus instead (a screen reader reads it and goes on into the log), and the field is one tap away.
 */
export function promptFocusTarget(conversation: Element): HTMLElement | null {
  const find = (selector: string) => conversation.querySelector<HTMLElement>(selector);
  // The answer box first even though quick replies come before it in the DOM (querySelector with
  // a selector list would pick those, and typing would then press them).
  const target =
    find('.composer textarea') ??
    find('.current button:not([disabled]), .current input') ??
    find('.ticket-status') ??
    find('.footer button');
  // The dialog, not a quick answer: on a tablet with a keyboard, typing a space would press it.
  return target?.matches('textarea, input') && matchMedia('(pointer: coarse)').matches
    ? conversation.closest('dialog')
    : target;
}

/**
 * Whether moving focus to the next prompt follows the user: focus is still in this widget, or was
 * lost with the control they just used. A bot message never pulls focus back from the host page.
 */
export function focusIsInWidget(conversation: Node): boolean {
  const active = document.activeElement;
  const root = conversation.getRootNode();
  return !active || active === document.body || (root instanceof ShadowRoot && active === root.host);
}
