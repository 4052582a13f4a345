import type { WalletSupport } from '../../src/widget/wallet-support.js';

/**
 * Waits until `check` returns (or resolves to) a truthy value, polling each animation frame
 * (bounded). `what` names it in the error; as a function, it is asked when the wait fails (to say
 * where things stood then).
 */
export async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string | (() => string),
  timeout = 4000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout)
      throw new Error(`Timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as ShadowRoot | Document;
  if (labelledBy)
    return labelledBy
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element.id) {
    const forLabel = root.querySelector(`label[for="${element.id}"]`);
    if (forLabel) return forLabel.textContent!.trim();
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The facts the way to the ticket may ask for (engine/steps.ts `endings`), by the state that asks. */
const ticketQuestions = {
  askingTicketTime: 'occurredAt',
  askingTicketAmount: 'amount',
  askingTicketPaymentMethod: 'paymentMethod',
} as const;

export type TicketFact = (typeof ticketQuestions)[keyof typeof ticketQuestions];

/**
 * How to answer the questions on the way to the ticket: a time or an amount is typed, unless it is
 * the label of a quick answer (then that is clicked, as "just now"); a payment method is the label
 * of its button. Unset: "I don't remember", which every one of these questions offers.
 */
export type TicketAnswers = Partial<Record<TicketFact, string>>;

/** The "I don't remember" quick answer, in the widget's languages. */
export const dontRemember: Record<string, string> = {
  en: "I don't remember",
  'zh-CN': '不记得了',
  'zh-TW': '不記得了',
};

/**
 * Drives `<wallet-support>` the way a person does: by role and accessible name, through its open
 * shadow root. Tests read as behaviour and survive markup changes.
 */
export class WidgetHarness {
  /** Every state `wallet-support-step` reported since the harness was made, the current one last. */
  readonly steps: string[] = [];

  constructor(readonly element: WalletSupport) {
    element.addEventListener('wallet-support-step', (event) =>
      this.steps.push((event as CustomEvent<{ state: string }>).detail.state),
    );
  }

  /** The question on screen, as `wallet-support-step` last reported it. */
  get step(): string | undefined {
    return this.steps.at(-1);
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  byRole(role: string, name?: string | RegExp): HTMLElement[] {
    const implicit: Record<string, string> = {
      button: 'button',
      textbox: 'textarea, input:not([type]), input[type=text], input[type=email]',
      form: 'form',
      log: '[role=log]',
      dialog: 'dialog, [role=dialog]',
    };
    const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(', ');
    return [...this.root.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.closest('[hidden]')) return false;
      if (name === undefined) return true;
      const actual = accessibleName(element);
      return typeof name === 'string' ? actual === name : name.test(actual);
    });
  }

  /** The one enabled button with this name (a form button can be disabled while it works). */
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
    return (
      this.messages()
        .filter((m) => m.from === 'bot')
        .at(-1)?.text ?? ''
    );
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
    const field = await until(
      () => this.byRole('textbox', label)[0] as HTMLInputElement | undefined,
      `the field "${label}"`,
    );
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  async open(): Promise<void> {
    await this.click(/^(Help|帮助|協助)/);
    // The first open loads the conversation and the flow as chunks: allow for a cold dev server.
    await until(() => this.byRole('log').length > 0 && this.messages().length > 0, 'the first message', 15000);
    await this.settle();
  }

  /** The ticket review form, once it shows. */
  ticketForm(): HTMLFormElement | undefined {
    return (this.root.querySelector<HTMLFormElement>('form[part~="ticket-form"]') ?? undefined) as
      HTMLFormElement | undefined;
  }

  /**
   * Goes on from where the conversation hands over to support ("Contact support" was just chosen,
   * or a fix sent it there) to the ticket form, answering each question the way to the ticket asks
   * (`answers`, else "I don't remember"). Returns the form and the facts that were asked, in order,
   * so a test can say which ones the flow should (not) have asked. A fact asked twice, or a
   * conversation that stops anywhere else, fails.
   */
  async toTicketForm(answers: TicketAnswers = {}): Promise<{ form: HTMLFormElement; asked: TicketFact[] }> {
    const asked: TicketFact[] = [];
    for (;;) {
      const reached = await until(
        () => this.ticketForm() ?? (this.step && this.step in ticketQuestions ? this.step : undefined),
        () => `the ticket form or a question on the way to it (in ${this.step}; the bot said "${this.lastBotText()}")`,
      );
      await this.settle();
      if (typeof reached !== 'string') return { form: reached, asked };
      const fact = ticketQuestions[reached as keyof typeof ticketQuestions];
      if (asked.includes(fact)) throw new Error(`${fact} was asked twice on the way to the ticket`);
      asked.push(fact);
      const given = answers[fact] ?? dontRemember[this.element.lang] ?? dontRemember.en!;
      const isButton = this.byRole('button', given).some((button) => !(button as HTMLButtonElement).disabled);
      if (fact === 'paymentMethod' || isButton) await this.click(given);
      else await this.answer(given);
      await until(
        () => this.step !== reached || this.ticketForm(),
        () => `the answer "${given}" to ${reached} to be taken (the bot said "${this.lastBotText()}")`,
      );
    }
  }

  /** Lets pending renders and the typing indicator finish. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    await until(() => !this.root.querySelector('.typing'), 'the bot to finish typing');
    // The ticket form reads what was typed once its reading has loaded (docs/decisions/0021).
    await until(() => !this.root.querySelector('form[aria-busy="true"]'), 'the ticket form to read the fields');
    const conversation = this.root.querySelector('wallet-support-conversation');
    await conversation?.updateComplete;
    await this.root.querySelector('wallet-support-ticket-form')?.updateComplete;
  }
}

/** Collects every event of the given names that reaches `target`. */
export function recordEvents(target: EventTarget, names: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
}
