import type { WalletSupport } from '../../src/widget/wallet-support.js';

/** Waits until `check` returns a truthy value, polling each animation frame (bounded). */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as ShadowRoot | Document;
  if (labelledBy) return labelledBy.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element.id) {
    const forLabel = root.querySelector(`label[for="${element.id}"]`);
    if (forLabel) return forLabel.textContent!.trim();
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Drives `<wallet-support>` the way a person does: by role and accessible name, through its open
 * shadow root. Tests read as behaviour and survive markup changes.
 */
export class WidgetHarness {
  constructor(readonly element: WalletSupport) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  byRole(role: string, name?: string | RegExp): HTMLElement[] {
    const implicit: Record<string, string> = {
      button: 'button',
      textbox: 'textarea, input:not([type]), input[type=text], input[type=email]',
      form: 'form',
      log: '[role=log]',
      dialog: '[role=dialog]',
    };
    const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(', ');
    return [...this.root.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.closest('[hidden]')) return false;
      if (name === undefined) return true;
      const actual = accessibleName(element);
      return typeof name === 'string' ? actual === name : name.test(actual);
    });
  }

  /** The one enabled button with this name (answered choices stay in the log, disabled). */
  async button(name: string | RegExp): Promise<HTMLButtonElement> {
    return until(
      () => this.byRole('button', name).find((button) => !(button as HTMLButtonElement).disabled) as HTMLButtonElement,
      `button "${name}"`,
    );
  }

  async click(name: string | RegExp): Promise<void> {
    (await this.button(name)).click();
    await this.settle();
  }

  get log(): HTMLElement {
    return this.byRole('log')[0]!;
  }

  messages(): { from: 'bot' | 'user'; text: string }[] {
    return [...this.log.querySelectorAll('.message')].map((message) => ({
      from: message.classList.contains('user') ? 'user' : 'bot',
      text: (message.textContent ?? '').trim(),
    }));
  }

  lastBotText(): string {
    return this.messages().filter((m) => m.from === 'bot').at(-1)?.text ?? '';
  }

  async answer(text: string): Promise<void> {
    const box = await until(() => this.root.querySelector<HTMLTextAreaElement>('.composer textarea'), 'the answer box');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const before = this.messages().length;
    box.form!.requestSubmit();
    // The first typed time loads the time parser on demand: allow for a cold dev server.
    await until(() => this.messages().length > before, 'the answer to be logged', 15000);
    await this.settle();
  }

  /** Waits until the conversation says something: the next question may follow a moment after an answer. */
  async waitFor(said: string | RegExp): Promise<void> {
    const matches = () => {
      const text = this.log?.textContent ?? '';
      return typeof said === 'string' ? text.includes(said) : said.test(text);
    };
    await until(matches, `the bot to say ${said}`);
    await this.settle();
  }

  /** Types into a labelled text field (e.g. the ticket form's "Contact"), as a person would. */
  async fill(label: string, value: string): Promise<void> {
    const field = await until(() => this.byRole('textbox', label)[0] as HTMLInputElement | undefined, `the field "${label}"`);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  async open(): Promise<void> {
    await this.click(/^(Help|帮助|協助)/);
    await until(() => this.byRole('log').length > 0 && this.messages().length > 0, 'the first message');
    await this.settle();
  }

  /** Lets pending renders and the typing indicator finish. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    await until(() => !this.root.querySelector('.typing'), 'the bot to finish typing');
    const conversation = this.root.querySelector('wallet-support-conversation');
    await conversation?.updateComplete;
  }
}

/** Collects every event of the given names that reaches `target`. */
export function recordEvents(target: EventTarget, names: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
}
