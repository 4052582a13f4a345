/**
 * The flow lab's error sandbox (demo/lab/error-sandbox.ts) as a support person uses it: paste a
 * message, read the cause, what matched, and where each flow sends it; see the causes a flow
 * leaves without a route.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { ErrorSandbox, loadSandboxFlows } from '../../demo/lab/error-sandbox.js';
import type { SandboxFlow } from '../../demo/lab/error-report.js';
import type { PageLocale } from '../../demo/site/page-locale.js';
import { loadAxe, WCAG_TAGS } from './axe.js';
import { until } from './harness.js';

/** The demo's tokens and classes, as the lab page links them. */
async function linkSiteStyles(): Promise<void> {
  if (document.querySelector('link[data-site-css]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/site/site.css' });
  link.dataset.siteCss = '';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
}

async function mounted(locale: PageLocale = 'en', loadFlows?: () => Promise<SandboxFlow[]>, width = 900) {
  await linkSiteStyles();
  const host = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  const sandbox: ErrorSandbox = new ErrorSandbox(() => render(sandbox.render(locale), host), loadFlows);
  render(sandbox.render(locale), host);
  await sandbox.ready();
  return host;
}

/** Pastes `text` into the message box, as a paste fires `input`. */
function paste(host: HTMLElement, text: string, field = 'sandbox-message'): void {
  const box = host.querySelector<HTMLTextAreaElement | HTMLInputElement>(`[name=${field}]`)!;
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

const causeShown = (host: HTMLElement) => host.querySelector('.sandbox-cause')?.textContent;

/** Each flow's row of the routes table: flow → what the cell says. */
function routes(host: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...host.querySelectorAll('.sandbox-routes tbody tr')].map((row) => [
      row.getAttribute('data-problem') || 'triage',
      row.querySelector('td')!.textContent!.trim(),
    ]),
  );
}

describe('flow lab: error sandbox', () => {
  it('loads and is accessible, with a result shown', async function () {
    this.timeout(30_000);
    const host = await mounted();
    expect(host.querySelector('h2')!.textContent).to.equal('Error sandbox');
    paste(host, 'Do not honour (05)');
    await until(() => causeShown(host), 'a cause');
    const axe = await loadAxe();
    const results = await axe.run(host, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
  });

  it('reads "Do not honour (05)" as a confident bank decline and shows each flow’s bank advice', async function () {
    this.timeout(30_000);
    const host = await mounted();
    paste(host, 'Do not honour (05)');
    await until(
      () => causeShown(host) === 'bank-restricted',
      () => `bank-restricted, not ${causeShown(host)}`,
    );
    expect(host.querySelector('.sandbox-confidence')!.textContent).to.equal('0.95');
    expect(host.querySelector('.sandbox-how')!.textContent).to.contain('hints at two places agree');
    expect([...host.querySelectorAll('.sandbox-echo mark')].map((mark) => mark.textContent)).to.deep.equal([
      'Do not honour',
      '05',
    ]);
    expect(host.querySelector('.sandbox-echo')!.textContent, 'the message shown back as pasted').to.equal(
      'Do not honour (05)',
    );
    const decided = host.querySelector('.sandbox-hints li.decided')!;
    expect(decided.textContent).to.contain('05').and.contain('characters 16–17');
    expect(routes(host)).to.deep.equal({
      'payment-failed': 'fixingBankDecline (fix)',
      'card-binding-failed': 'fixingBankRestriction (fix)',
      'activation-failed': 'fixingBankCard (fix)',
      'top-up-failed': 'fixingBankRestriction (fix)',
      'bank-wallet-payment-failed': 'fixingBankDecline (fix)',
      'funds-missing': 'explainingFailedPayment (explains)',
      other: 'asks for no error: takes the description to the ticket',
      triage: 'the triage cannot place it: the person picks a problem from the list',
    });
  });

  it('reads "餘額不足 (51)" in Traditional Chinese as a balance problem, on the Chinese page', async function () {
    this.timeout(30_000);
    const host = await mounted('zh-CN');
    paste(host, '餘額不足 (51)');
    await until(
      () => causeShown(host) === 'insufficient-balance',
      () => `insufficient-balance, not ${causeShown(host)}`,
    );
    expect([...host.querySelectorAll('.sandbox-echo mark')].map((mark) => mark.textContent)).to.deep.equal([
      '餘額不足',
      '51',
    ]);
    const shown = routes(host);
    expect(shown['payment-failed']).to.equal('fixingBalance（解决办法）');
    expect(shown['top-up-failed']).to.equal('fixingBankBalance（解决办法）');
    expect(shown['funds-missing']).to.equal('reviewingRecords（解决办法）');
  });

  it('shows a vague decline going to the "Is that it?" question first', async function () {
    this.timeout(30_000);
    const host = await mounted();
    paste(host, 'Declined');
    await until(() => causeShown(host), 'a cause');
    expect(routes(host)['payment-failed']).to.equal('confirmingCause, then fixingBankDecline (fix) on “yes”');
  });

  it('weighs the code the page passes', async function () {
    this.timeout(30_000);
    const host = await mounted();
    paste(host, 'Declined');
    paste(host, '51', 'sandbox-code');
    await until(() => causeShown(host) === 'insufficient-balance', 'the page’s code to decide');
    expect(host.querySelector('.sandbox-how')!.textContent).to.contain('The page’s code decides on its own');
  });

  it('never puts a card number pasted with the error into the page', async function () {
    this.timeout(30_000);
    const host = await mounted();
    paste(host, 'Insufficient funds (51) card 6222 0212 3456 7890 128');
    await until(() => causeShown(host) === 'insufficient-balance', 'the balance cause');
    // The message box holds what was pasted (its value, not the page's markup); nothing else may.
    expect(host.innerHTML).not.to.match(/6222|3456 7890/);
    expect(host.querySelector('.sandbox-echo .masked')).to.exist;
  });

  it('fits a phone’s width with the longest answers shown', async function () {
    this.timeout(30_000);
    const host = await mounted('zh-CN', undefined, 330);
    paste(host, '付款被拒绝 bank-wallet-payment-failed');
    await until(() => host.querySelector('.sandbox-routes'), 'the routes table');
    expect(routes(host)['bank-wallet-payment-failed']).to.contain('confirmingCause');
    for (const element of [host, ...host.querySelectorAll<HTMLElement>('.error-sandbox, .sandbox-routes')])
      expect(element.scrollWidth, element.className).to.be.at.most(host.clientWidth + 1);
  });

  it('lists, per flow, the recognised causes with no route: none today', async function () {
    this.timeout(30_000);
    const host = await mounted();
    const items = [...host.querySelectorAll('.sandbox-gaps li')];
    expect(items.map((item) => item.getAttribute('data-problem'))).to.include.members([
      'payment-failed',
      'funds-missing',
      'other',
    ]);
    for (const item of items) {
      const expected =
        item.getAttribute('data-problem') === 'other' ? 'diagnoses nothing' : 'every recognised cause has a route';
      expect(item.textContent).to.contain(expected);
    }
  });

  it('catches a flow that leaves the 05 decline without a route, and says where it lands', async function () {
    this.timeout(30_000);
    const withoutBankRoute = async () => {
      const flows = await loadSandboxFlows();
      return flows.map((flow) => {
        if (flow.problem !== 'payment-failed' || !flow.routing) return flow;
        const routes = { ...flow.routing.routes };
        delete routes['bank-restricted'];
        return { ...flow, routing: { ...flow.routing, routes } };
      });
    };
    const host = await mounted('en', withoutBankRoute);
    const gap = host.querySelector('.sandbox-gaps li[data-problem=payment-failed]')!;
    expect(gap.textContent).to.contain('bank-restricted');
    paste(host, 'Do not honour (05)');
    await until(() => causeShown(host), 'a cause');
    expect(routes(host)['payment-failed']).to.equal('no route for bank-restricted: falls back to askingSymptom');
  });
});
