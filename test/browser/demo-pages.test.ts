import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { FlowLab } from '../../demo/lab/flow-lab.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { until, WidgetHarness } from './harness.js';

interface LoadedPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { flowLab?: FlowLab };
  document: Document;
  /** Uncaught errors, unhandled rejections and console.error calls inside the page. */
  errors: string[];
}

/** Yields to the event loop without the 4 ms clamp of nested timers. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Loads a demo page (served from the repository root, as WTR serves it) in an iframe, listening
 * for errors from the moment its document exists, before its module scripts have been fetched.
 */
async function loadPage(path: string, width = 1280): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const errors: string[] = [];
  const blank = 'about:blank';
  frame.src = path;
  document.body.append(frame);
  const start = performance.now();
  while (!frame.contentDocument || frame.contentDocument.URL === blank || frame.contentDocument.URL === '') {
    if (performance.now() - start > 10_000) throw new Error(`${path} did not load`);
    await tick();
  }
  const win = frame.contentWindow as LoadedPage['window'];
  win.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  // The first page compiles every module of the lab on demand: over 10 s on a busy 2-core machine.
  await until(() => frame.contentDocument?.documentElement?.hasAttribute('data-ready'), `${path} to be ready`, 25_000);
  return { frame, window: win, document: frame.contentDocument!, errors };
}

interface Axe {
  run(context: object, options: object): Promise<AxeResults>;
}

/** axe (WCAG 2.0-2.2 A/AA) on the page around the widget; the widget has its own a11y tests. */
async function pageViolations(page: LoadedPage): Promise<string[]> {
  const win = page.window as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.document.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(
    { include: [page.document.body], exclude: [['wallet-support']] },
    {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    },
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

function widgetIn(page: LoadedPage): WidgetHarness {
  return new WidgetHarness(page.document.querySelector('wallet-support') as WalletSupport);
}

describe('demo pages', function () {
  // The first page load compiles every module of the lab (esbuild, on demand).
  this.timeout(30_000);
  const pages: LoadedPage[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  async function open(path: string, width?: number) {
    const page = await loadPage(path, width);
    pages.push(page);
    return page;
  }

  for (const [path, lang] of [
    ['/demo/index.html', 'en'],
    ['/demo/index.html', 'zh-CN'],
    ['/demo/checkout.html', 'en'],
    ['/demo/checkout.html', 'zh-CN'],
    ['/demo/help.html', 'en'],
    ['/demo/help.html', 'zh-CN'],
  ] as const) {
    it(`loads ${path} in ${lang} with no console error, with the launcher and a language switch`, async () => {
      const page = await open(`${path}?lang=${lang}`);
      expect(page.document.documentElement.lang).to.equal(lang);
      const widget = widgetIn(page);
      await until(() => widget.byRole('button', lang === 'en' ? /^Help/ : /^帮助/).length === 1, 'the launcher');
      const pressed = page.document.querySelector('.language-switch [aria-pressed="true"]');
      expect(pressed?.getAttribute('lang')).to.equal(lang);
      // The conversation chunk preloads once the page is idle: its errors would show up only then.
      await until(
        () => page.window.customElements.get('wallet-support-conversation') !== undefined,
        'the conversation to preload on idle',
      );
      expect(page.errors).to.deep.equal([]);
    });
  }

  for (const path of [
    '/demo/index.html?lang=en&flow=payment-failed',
    '/demo/checkout.html?lang=zh-CN',
    '/demo/help.html?lang=en',
  ]) {
    it(`has no WCAG A/AA violation around the widget on ${path}`, async () => {
      const page = await open(path);
      await page.window.flowLab?.ready();
      expect(await pageViolations(page)).to.deep.equal([]);
    });
  }

  it('switches a page between Chinese and English', async () => {
    const page = await open('/demo/help.html?lang=zh-CN');
    expect(page.document.querySelector('h1')!.textContent).to.equal('有什么可以帮您？');
    (page.document.querySelector('.language-switch button[lang="en"]') as HTMLButtonElement).click();
    await until(() => page.document.querySelector('h1')!.textContent === 'How can we help?', 'the English heading');
    expect(page.document.documentElement.lang).to.equal('en');
    expect(page.document.querySelector('wallet-support')!.getAttribute('lang')).to.equal('en');
    expect(page.errors).to.deep.equal([]);
  });

  it('lab: the chart follows the conversation in the live widget', async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=en');
    await page.window.flowLab!.ready();
    const chart = page.document.querySelector('svg.state-chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('data-flow')).to.equal('payment-failed');
    const current = () =>
      page.document.querySelector('svg.state-chart [aria-current="step"]')?.getAttribute('data-state');
    await until(() => current() === 'askingError', 'askingError to be current');

    const widget = widgetIn(page);
    const visited = (state: string) =>
      page.document.querySelector(`svg.state-chart [data-state="${state}"]`)!.classList.contains('visited');
    await widget.answer('Insufficient funds (51)');
    await until(() => current() === 'fixingBalance', 'fixingBalance to be current');
    expect(page.document.querySelectorAll('svg.state-chart [aria-current]')).to.have.length(1);
    expect(visited('askingError'), 'askingError visited').to.equal(true);
    // The diagnosis never waits for the user, so the widget never reports it: the chart shows it passed.
    expect(visited('diagnosing'), 'diagnosing passed').to.equal(true);
    expect(visited('askingSymptom'), 'a state not passed').to.equal(false);

    await widget.click('No, I still need help');
    await until(() => current() === 'choosingOtherCause', 'choosingOtherCause to be current');
    expect(visited('askingOtherCause'), 'the router passed').to.equal(true);
    await widget.click('None of these, contact support');
    await until(() => current() === 'askingTicketTime', 'askingTicketTime to be current');
    expect(visited('preparingTicket'), 'the hand-over passed').to.equal(true);
    expect(page.document.querySelectorAll('svg.state-chart [aria-current]')).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('lab: one click replays a path to its ticket, shown as JSON and logged', async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=en&replay-delay=0');
    const lab = page.window.flowLab!;
    await lab.ready();
    const index = lab.currentPaths!.findIndex((path) => path.end.kind === 'ticket');
    const path = lab.currentPaths![index]!;
    const button = page.document.querySelector(`li.path[data-index="${index}"] button.replay`) as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).to.equal(`Replay path ${index + 1}`);
    button.click();
    const status = await until(
      () => page.document.querySelector('.replay-status.done, .replay-status.failed'),
      'the replay to end',
      8000,
    );
    expect(status.textContent).to.contain(`Reached ${path.states.at(-1)}`);
    expect(page.document.querySelector(`li.path[data-index="${index}"]`)!.classList.contains('done')).to.equal(true);
    const current = page.document.querySelector('svg.state-chart [aria-current="step"]')!.getAttribute('data-state');
    expect(current).to.equal(path.states.at(-1));
    const json = page.document.querySelector('.ticket-json')!.textContent!;
    expect(JSON.parse(json)).to.deep.include({ problem: 'payment-failed' });
    const logged = [...page.document.querySelectorAll('.event')].map((entry) => entry.getAttribute('data-type'));
    expect(logged).to.include.members(['wallet-support-step', 'wallet-support-ticket']);
    expect(page.errors).to.deep.equal([]);
  });

  it('lab: clicking a state shows its texts in all three languages, side by side, with untranslated ones marked', async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=en');
    const lab = page.window.flowLab!;
    await lab.ready();
    const workbench = () => page.document.querySelector('.workbench-card')!;
    // Before a click, the workbench follows the conversation.
    await until(
      () => workbench().querySelector('.workbench-state')?.getAttribute('data-state') === 'askingError',
      'the current state',
    );
    const node = page.document.querySelector('svg.state-chart g.node[data-state="fixingNetwork"] rect')!;
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(
      () => workbench().querySelector('.workbench-state')?.getAttribute('data-state') === 'fixingNetwork',
      'the clicked state in the workbench',
    );
    expect(page.document.querySelector('svg.state-chart g.node.selected')!.getAttribute('data-state')).to.equal(
      'fixingNetwork',
    );
    const heads = [...workbench().querySelectorAll('thead th')].map((head) => head.textContent!.trim());
    expect(heads.slice(1)).to.deep.equal(['Simplified Chinese (zh-CN)', 'English (en)', 'Traditional Chinese (zh-TW)']);
    const rows = [...workbench().querySelectorAll('tbody tr')];
    const cells = (row: Element) =>
      [...row.querySelectorAll('td .words')].map((words) => [words.getAttribute('lang'), words.textContent!.trim()]);
    // The fix's text, then "Did this solve it?", in each language; then its two outcome buttons.
    expect(rows.map((row) => row.getAttribute('data-role'))).to.include.members(['says', 'choice', 'title']);
    const [zhCN, en, zhTW] = cells(rows[0]!);
    expect(zhCN![0]).to.equal('zh-CN');
    expect(en).to.deep.equal(['en', en![1]]);
    expect(en![1]).to.match(/[a-z]{3}/);
    expect(zhCN![1]).to.match(/\p{Script=Han}/u);
    expect(zhTW![1]).to.match(/\p{Script=Han}/u);
    expect(zhTW![1]).not.to.equal(zhCN![1]);
    expect(
      workbench().querySelectorAll('td.missing, td.unchanged'),
      'every text of this state is translated',
    ).to.have.length(0);
    // The list of states picks a state by keyboard too; its first entry goes back to the conversation.
    const pick = workbench().querySelector('select')!;
    pick.value = 'askingTicketTime';
    pick.dispatchEvent(new Event('change'));
    await until(
      () => workbench().querySelector('.workbench-state')?.getAttribute('data-state') === 'askingTicketTime',
      'the picked state',
    );
    expect(workbench().textContent).to.contain('Roughly when did it happen?');
    expect(page.errors).to.deep.equal([]);
  });

  it('lab: the replay speed sets the pause between steps, and the chart keeps the replayed state in view', async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=en&replay-delay=200');
    const lab = page.window.flowLab!;
    await lab.ready();
    const speed = page.document.querySelector('.replay-speed select') as HTMLSelectElement;
    expect(speed.labels?.[0]?.textContent).to.contain('Replay speed');
    expect(lab.replayStepDelay).to.equal(200);
    speed.value = '4';
    speed.dispatchEvent(new Event('change'));
    await until(() => lab.replayStepDelay === 50, 'a quarter of the pause at 4×');
    speed.value = '0';
    speed.dispatchEvent(new Event('change'));
    await until(() => lab.replayStepDelay === 0, 'no pauses');
    // Scrolled down to the path list, a replay brings the chart's current state back into view.
    const index = lab.currentPaths!.findIndex((path) => path.end.kind === 'ticket');
    const button = page.document.querySelector(`li.path[data-index="${index}"] button.replay`) as HTMLButtonElement;
    button.scrollIntoView();
    const chart = page.document.querySelector('svg.state-chart')!;
    expect(chart.getBoundingClientRect().bottom, 'the chart out of view').to.be.below(0);
    button.click();
    await until(
      () => page.document.querySelector('.replay-status.done, .replay-status.failed'),
      'the replay to end',
      8000,
    );
    const current = page.document.querySelector('svg.state-chart [aria-current="step"]')!.getBoundingClientRect();
    expect(current.top).to.be.at.least(0);
    expect(current.bottom).to.be.at.most(page.window.innerHeight);
    expect(page.errors).to.deep.equal([]);
  });

  it('lab: restarting with host context starts the widget on the diagnosis', async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=en');
    const lab = page.window.flowLab!;
    await lab.ready();
    const form = page.document.querySelector('form.setup') as HTMLFormElement;
    const set = (name: string, value: string) => {
      (form.elements.namedItem(name) as HTMLInputElement).value = value;
    };
    set('amount', '88.80');
    set('occurredAt', '2026-11-26T15:00');
    set('errorCode', '51');
    form.requestSubmit();
    const current = () =>
      page.document.querySelector('svg.state-chart [aria-current="step"]')?.getAttribute('data-state');
    await until(() => current() === 'fixingBalance', 'fixingBalance to be current');
    expect(new URL(page.window.location.href).searchParams.get('error-code')).to.equal('51');
    await until(() => lab.currentPaths?.[0]?.states[0] === 'fixingBalance', 'paths from the new context');
    expect(page.errors).to.deep.equal([]);
  });

  it("lab: switching the widget's language switches its header and conversation together", async () => {
    const page = await open('/demo/index.html?lang=en&flow=payment-failed&locale=zh-TW');
    const lab = page.window.flowLab!;
    await lab.ready();
    const widget = widgetIn(page);
    const element = page.document.querySelector('wallet-support') as WalletSupport;
    element.show();
    // The panel's title bar: its name, then its Close button.
    const header = () =>
      [...(widget.root.querySelector('[part~="header"]')?.children ?? [])]
        .map((part) => part.textContent!.trim())
        .join(' ');
    await until(
      () => header() === '付款協助 關閉' && /錯誤/.test(widget.lastBotText()),
      () => `the widget in zh-TW (header "${header()}", bot "${widget.lastBotText()}")`,
    );
    for (const [locale, expected, asked] of [
      ['en', 'Payment help Close', /What did the error message say/],
      ['zh-CN', '支付帮助 关闭', /错误提示/],
      ['zh-TW', '付款協助 關閉', /錯誤訊息/],
    ] as const) {
      const form = page.document.querySelector('form.setup') as HTMLFormElement;
      (form.elements.namedItem('locale') as HTMLSelectElement).value = locale;
      form.requestSubmit();
      await until(() => widget.lastBotText().match(asked), `the first question in ${locale}`);
      expect(header(), locale).to.equal(expected);
    }
    expect(page.errors).to.deep.equal([]);
  });

  it('checkout: a declined payment opens the widget straight on the diagnosis', async () => {
    const page = await open('/demo/checkout.html?lang=en&pay-delay=0');
    const element = page.document.querySelector('wallet-support') as WalletSupport;
    const steps: string[] = [];
    element.addEventListener('wallet-support-step', (event) => steps.push((event as CustomEvent).detail.state));
    (page.document.querySelector('button.pay-button') as HTMLButtonElement).click();
    await until(() => page.document.querySelector('.declined[role="alert"]'), 'the decline');
    await until(() => steps.includes('fixingBalance'), 'the balance fix');
    expect(steps.filter((state) => state.startsWith('asking'))).to.deep.equal([]);
    expect(element.open).to.equal(true);
    expect(element.errorCode).to.equal('51');
    expect(element.amount).to.equal('1299.50');
    expect(page.errors).to.deep.equal([]);
  });

  it('checkout: paid by the card on file, the way to the ticket asks nothing the checkout knew', async () => {
    const page = await open('/demo/checkout.html?lang=en&pay-delay=0');
    const element = page.document.querySelector('wallet-support') as WalletSupport;
    const widget = widgetIn(page);
    const card = page.document.querySelector('input[name="method"][value="card"]') as HTMLInputElement;
    card.click();
    (page.document.querySelector('button.pay-button') as HTMLButtonElement).click();
    await until(() => widget.step === 'fixingBalance', 'the balance fix');
    expect(element.paymentMethod).to.equal('debit-card');
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    expect((await widget.toTicketForm()).asked).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('help centre: a topic opens the widget in its flow', async () => {
    const page = await open('/demo/help.html?lang=en');
    const element = page.document.querySelector('wallet-support') as WalletSupport;
    (page.document.querySelector('button[aria-label="Get help: A top-up failed"]') as HTMLButtonElement).click();
    await until(() => element.open && element.problem === 'top-up-failed', 'the top-up flow');
    const widget = widgetIn(page);
    await until(() => widget.byRole('log').length === 1 && widget.messages().length > 0, 'the first question');
    expect(page.errors).to.deep.equal([]);
  });

  /**
   * From a fix to a submitted ticket, on a page whose widget is reaching the insufficient-balance
   * fix with everything the ticket needs already known. Returns the ticket the page received.
   */
  async function fileTicketFrom(widget: WidgetHarness): Promise<Ticket> {
    const offered = new Promise<Ticket>((resolve) =>
      widget.element.addEventListener(
        'wallet-support-ticket',
        (event) => resolve((event as CustomEvent).detail.ticket),
        { once: true },
      ),
    );
    await until(
      () => widget.step === 'fixingBalance',
      () => `the balance fix (steps ${widget.steps.join(', ')}; the bot said "${widget.lastBotText()}")`,
      // The first start loads the conversation and the flow as chunks: allow for a cold dev server.
      15_000,
    );
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    return offered;
  }

  const outboxKeys = (page: LoadedPage) =>
    Object.keys(page.window.localStorage).filter((key) => key.startsWith('wallet-support:') && key.includes('outbox'));

  for (const { path, prefix, start } of [
    {
      path: '/demo/checkout.html?lang=en&pay-delay=0',
      prefix: 'LC-',
      // Pays with the card on file: the checkout knows the amount, the time, the error and how.
      start: (page: LoadedPage) => {
        (page.document.querySelector('input[name="method"][value="card"]') as HTMLInputElement).click();
        (page.document.querySelector('button.pay-button') as HTMLButtonElement).click();
      },
    },
    {
      path: '/demo/help.html?lang=en',
      prefix: 'HELP-',
      // As a page that links to its help centre after a decline would start it.
      start: (page: LoadedPage) =>
        void (page.document.querySelector('wallet-support') as WalletSupport).start('payment-failed', {
          errorMessage: 'Insufficient funds (51)',
          amount: '88.80',
          occurredAt: '2026-11-26T15:00:00+08:00',
          paymentMethod: 'balance',
        }),
    },
  ]) {
    it(`${path.split('?')[0]}: delivers and acknowledges a ticket, so a reload does not offer it again`, async () => {
      // No conversation or ticket of an earlier test (the pages share this origin's storage).
      localStorage.clear();
      sessionStorage.clear();
      const page = await open(path);
      // Listening before the page starts the widget: the fix may be reached within a task.
      const widget = widgetIn(page);
      start(page);
      const ticket = await fileTicketFrom(widget);
      const notice = page.document.querySelector('p.notice')!;
      await until(() => notice.textContent!.includes(prefix), 'the page to say it received the ticket');
      const reference = notice.textContent!.match(new RegExp(`${prefix}[0-9A-F]{8}`))![0];
      expect(reference).to.equal(`${prefix}${ticket.id.slice(0, 8).toUpperCase()}`);
      // Acknowledged: the person sees the page's reference, and the outbox no longer holds it.
      await until(
        () => widgetIn(page).root.querySelector('.ticket-status')?.textContent?.includes(reference),
        'the reference in the conversation',
      );
      expect(outboxKeys(page)).to.deep.equal([]);

      page.frame.remove();
      const reloaded = await open(path);
      const element = reloaded.document.querySelector('wallet-support') as WalletSupport;
      await until(
        () => reloaded.window.customElements.get('wallet-support-conversation') !== undefined,
        'the conversation to preload after the reload',
      );
      // Asked of the reloaded page's outbox itself: no ticket waits to be taken over again.
      expect(await element.acknowledgeTicket(ticket.id)).to.equal(false);
      expect(reloaded.document.querySelector('p.notice')!.textContent).to.equal('');
      expect(reloaded.errors).to.deep.equal([]);
    });
  }

  it('lays the pages out without horizontal scrolling on a phone', async () => {
    for (const path of [
      '/demo/index.html?lang=zh-CN',
      '/demo/checkout.html?lang=zh-CN',
      '/demo/help.html?lang=zh-CN',
    ]) {
      const page = await open(path, 360);
      const root = page.document.documentElement;
      expect(root.scrollWidth, path).to.be.at.most(root.clientWidth + 1);
      page.frame.remove();
    }
  });
});
