/**
 * The second click of a double click: Chromium dispatches it, with `detail` 2, to whatever button
 * the first click rendered under the pointer, so it would answer the next question unread.
 * Keyboard activation has `detail` 0 and is never a repeat.
 */
export function isRepeatClick(event: MouseEvent): boolean {
  return event.detail > 1;
}

/**
 * For the submit buttons (Send, Use this time): the second click of a double click does not send
 * the form again. A refused answer comes back into the answer box, so it would be sent twice, and a
 * time more than 180 days ago sent again is taken as confirmed, unread.
 */
export function ignoreRepeatClick(event: MouseEvent): void {
  if (isRepeatClick(event)) event.preventDefault();
}
