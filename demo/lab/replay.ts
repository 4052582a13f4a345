/**
 * Walks a path through the live widget the way a person would: it restarts the element with the
 * lab's context, then clicks the buttons, types the answers and submits the ticket form inside its
 * shadow root, checking after each step that the flow reached the state the path says it should.
 */
import type { ProblemId } from '../../src/shared/problems.js';
import type { HostContext } from '../../src/shared/host-attributes.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import type { FlowPath, PathStep, UserAction } from './flow-paths.js';

export interface ReplayOptions {
  problem: ProblemId;
  context: HostContext;
  /** Pause between steps, so a person can follow along: read before each step, so it can change mid-replay. */
  delay?: number | (() => number);
  /** Longest wait for the widget to reach a state or show a control. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called before each step (1-based) is taken. */
  onStep?: (step: number, total: number) => void;
}

export class ReplayError extends Error {
  constructor(
    message: string,
    /** 0 while starting, else the 1-based step that failed. */
    readonly step: number,
  ) {
    super(message);
    this.name = 'ReplayError';
  }
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Follows `wallet-support-step` so a replay knows where the conversation is. */
class StepWatcher {
  state?: string;
  problem?: string;

  constructor(private readonly widget: WalletSupport) {
    widget.addEventListener('wallet-support-step', this.handleStep);
  }

  dispose(): void {
    this.widget.removeEventListener('wallet-support-step', this.handleStep);
  }

  private handleStep = (event: CustomEvent<{ problem?: string; state: string }>) => {
    this.state = event.detail.state;
    this.problem = event.detail.problem;
  };
}

/** Polls each frame until `find` returns something, failing after `timeout` ms. */
async function waitFor<T>(
  find: () => T | null | undefined | false,
  timeout: number,
  signal?: AbortSignal,
): Promise<T | undefined> {
  const start = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) return undefined;
    await frame();
  }
}

/** The widget's controls, found as a person finds them: by what they say. */
class WidgetControls {
  constructor(private readonly widget: WalletSupport) {}

  private get root(): ShadowRoot {
    return this.widget.shadowRoot!;
  }

  /** Lets the widget render the state it just reached, so no control of the last one is used. */
  async settle(): Promise<void> {
    await this.widget.updateComplete;
    const conversation = this.root.querySelector('wallet-support-conversation') as {
      updateComplete?: Promise<unknown>;
    } | null;
    await conversation?.updateComplete;
  }

  button(label: string): HTMLButtonElement | undefined {
    // In the panel (a <dialog>), not the launcher.
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="panel"] button:not([disabled])')];
    return buttons.filter((button) => button.textContent?.replace(/\s+/g, ' ').trim() === label).at(-1);
  }

  get answerBox(): HTMLTextAreaElement | null {
    return this.root.querySelector('[part~="composer"] textarea');
  }

  get sendButton(): HTMLButtonElement | null {
    return this.root.querySelector(
      '[part~="composer"] [part~="send-button"], [part~="composer"] button[type="submit"]',
    );
  }

  get ticketForm(): HTMLFormElement | null {
    return this.root.querySelector('[part~="ticket-form"]');
  }
}

function describe(action: UserAction): string {
  switch (action.kind) {
    case 'choose':
      return `the button “${action.label}”`;
    case 'answer':
      return 'the answer box';
    case 'submit':
      return 'the ticket form';
  }
}

function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

async function take(controls: WidgetControls, step: PathStep, timeout: number, signal?: AbortSignal): Promise<boolean> {
  const { action } = step;
  await controls.settle();
  // While the bot is typing no prompt is shown, so this also waits for it to finish.
  const ready = await waitFor(
    () => {
      switch (action.kind) {
        case 'choose':
          return controls.button(action.label);
        case 'answer':
          return controls.answerBox && controls.sendButton;
        case 'submit':
          return controls.ticketForm;
      }
    },
    timeout,
    signal,
  );
  if (!ready) return false;
  switch (action.kind) {
    case 'choose':
      controls.button(action.label)!.click();
      break;
    case 'answer':
      type(controls.answerBox!, action.text);
      controls.sendButton!.click();
      break;
    case 'submit': {
      const form = controls.ticketForm!;
      const contact = form.querySelector<HTMLInputElement>('input[name="contact"]');
      if (contact && !contact.value.trim()) type(contact, action.contact);
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      break;
    }
  }
  return true;
}

/**
 * Restarts the widget in the path's flow and walks it to its end. Rejects with a ReplayError naming
 * the step where the widget did not do what the path expects.
 */
export async function replayPath(widget: WalletSupport, path: FlowPath, options: ReplayOptions): Promise<void> {
  const { delay = 0, timeout = 5000, signal } = options;
  const watcher = new StepWatcher(widget);
  const controls = new WidgetControls(widget);
  const reached = (state: string) => watcher.problem === options.problem && watcher.state === state;
  try {
    await widget.start(options.problem, options.context);
    // start() picks up a saved conversation about the same failure; a replay begins afresh.
    if (widget.persist !== 'none') await widget.reset();
    const start = path.states[0]!;
    if (!(await waitFor(() => reached(start), timeout, signal))) {
      throw new ReplayError(`the widget started in ${watcher.state ?? 'no state'}, not ${start}`, 0);
    }
    for (const [index, step] of path.steps.entries()) {
      await pause(typeof delay === 'function' ? delay() : delay, signal);
      options.onStep?.(index + 1, path.steps.length);
      if (!(await take(controls, step, timeout, signal))) {
        throw new ReplayError(`${describe(step.action)} did not appear in ${step.from}`, index + 1);
      }
      if (!(await waitFor(() => reached(step.to), timeout, signal))) {
        throw new ReplayError(`expected ${step.to} after ${step.from}, the widget is in ${watcher.state}`, index + 1);
      }
    }
  } finally {
    watcher.dispose();
  }
}
