import { html } from 'lit';

/**
 * What the conversation chunk itself holds of attaching screenshots (issue 16): the button and
 * the file picker behind it (the conversation takes pasted and dropped files). Everything else
 * (the tray, the cover editor, the image code) loads when someone attaches (screenshot-tray.ts).
 */

/** What the view shows of the conversation's screenshot tray, once it has loaded. */
export interface TrayView {
  element: HTMLElement;
  full: boolean;
  files: readonly unknown[];
}

/** `attach`: the files picked, and the button to give focus back to. */
export type Attach = (files: File[], returnFocus?: HTMLElement) => void;

/** "Attach screenshot", which opens the picker; hidden once the tray is full. */
export function renderAttachButton(label: string, attach: Attach, tray: TrayView | undefined) {
  return html`<div class="choices" ?hidden=${tray?.full ?? false}>
      <button
        type="button"
        class="attach-screenshot"
        @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLElement).click()}
      >
        ${label}
      </button>
      <input
        type="file"
        accept="image/*"
        multiple
        hidden
        @change=${(event: Event) => {
          const input = event.currentTarget as HTMLInputElement;
          attach([...(input.files ?? [])], input.previousElementSibling as HTMLElement);
          // The same file may be picked again after a removal.
          input.value = '';
        }}
      />
    </div>
    ${tray?.element}`;
}
