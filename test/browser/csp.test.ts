import { expect } from '@open-wc/testing';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

interface FixtureWindow extends Window {
  cspViolations: string[];
  DataTransfer: typeof DataTransfer;
  File: typeof File;
  DragEvent: typeof DragEvent;
}

/** Loads the strict-CSP host page (fixtures/csp.html) in an iframe, its widget defined. */
async function strictPage(): Promise<{ frame: HTMLIFrameElement; win: FixtureWindow; element: WalletSupport }> {
  // The time parser is a lazy chunk; fetch it once here so a cold dev server does not eat an answer's timeout.
  await import('../../src/diagnose/time.js');
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  frame.title = 'Strict CSP host page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/browser/fixtures/csp.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FixtureWindow;
  await until(() => win.customElements.get('wallet-support'), 'the widget to load under the policy');
  const element = win.document.querySelector('wallet-support')!;
  await element.updateComplete;
  return { frame, win, element };
}

/**
 * Violations caused by the widget. The test server injects its own live-reload script into every
 * HTML page it serves; the policy rightly blocks it, and it is no part of the widget.
 */
function widgetViolations(win: FixtureWindow): string[] {
  return win.cspViolations.filter((violation) => !violation.includes('/__web-dev-server__web-socket.js'));
}

describe('under a strict Content Security Policy', () => {
  let page: Awaited<ReturnType<typeof strictPage>>;

  before(async () => {
    sessionStorage.clear();
    localStorage.clear();
    page = await strictPage();
  });

  after(() => page.frame.remove());

  it('runs a whole conversation, markdown and ticket form included, with no policy violation', async () => {
    const { win, element } = page;
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ['wallet-support-ticket']);
    await widget.open();
    await widget.click('A payment failed');
    await widget.answer('Insufficient funds (51)');
    expect(widget.log.querySelector('.bot .bubble strong'), 'markdown rendered').to.exist;
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    // The way to the ticket: a typed time (the lazily loaded time parser), an amount, a payment method.
    const { asked } = await widget.toTicketForm({
      occurredAt: 'yesterday at 3pm',
      amount: '¥1,299.50',
      paymentMethod: 'Debit card',
    });
    expect(asked).to.deep.equal(['occurredAt', 'amount', 'paymentMethod']);
    // A screenshot, dropped, covered and shown as a thumbnail: blob: images, constructable styles.
    const canvas = win.document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 200;
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
    const files = new win.DataTransfer();
    files.items.add(new win.File([png], 'screen.png', { type: 'image/png' }));
    widget
      .ticketForm()!
      .dispatchEvent(new win.DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await until(
      () => widget.root.querySelector('.cover-editor-stage svg'),
      'the cover editor showing the image',
      15_000,
    );
    await widget.click('Attach');
    const thumbnail = await until(
      () => widget.root.querySelector<HTMLImageElement>('.screenshot-list img'),
      'the thumbnail',
      15_000,
    );
    await until(() => thumbnail.complete && thumbnail.naturalWidth > 0, 'the thumbnail shown');
    (widget.byRole('textbox', 'Contact')[0] as HTMLInputElement).value = 'li.lei@example.com';
    await widget.click('Submit');
    await until(() => events[0], 'the ticket event');
    await widget.click('Close');
    expect(widgetViolations(win)).to.deep.equal([]);
  });

  it('is really enforced there: eval, raw innerHTML and inline styles are refused and reported', async () => {
    const { win } = page;
    const before = win.cspViolations.length;
    expect(() => (win as unknown as { eval(code: string): unknown }).eval('1 + 1')).to.throw();
    expect(() => {
      win.document.body.innerHTML = '<b>raw</b>';
    }).to.throw(/TrustedHTML/);
    const styled = win.document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    win.document.body.append(styled);
    expect(win.getComputedStyle(styled).color).not.to.equal('rgb(255, 0, 0)');
    await until(() => win.cspViolations.length >= before + 3, 'the violations to be reported');
    const reported = win.cspViolations.slice(before).join('\n');
    expect(reported)
      .to.match(/require-trusted-types-for .*eval/)
      .and.to.match(/Element innerHTML/)
      .and.to.match(/style-src-attr/);
  });
});
