/**
 * The ticket courier is a chunk of its own (docs/decisions/0021): a page that keeps no ticket
 * does not load it with the conversation, and loads it once another tab writes a ticket to the
 * outbox, so that every open page still helps deliver it. One test: the module's state is the
 * page's, and the courier, once loaded, stays.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ENTRY } from '../../src/ticket/outbox-keys.js';
import { DEFAULT_NAMESPACE, STORAGE_SCHEMA } from '../../src/ticket/storage.js';
import { loadedCourierFor } from '../../src/widget/internal/courier-loader.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { until, WidgetHarness } from './harness.js';

describe('loading the ticket courier', () => {
  it('waits for a ticket: none kept, none loaded; another tab files one, and it loads', async function () {
    this.timeout(30_000);
    localStorage.clear();
    sessionStorage.clear();
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="en" problem="payment-failed"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    await until(() => widget.step, 'the first question');
    expect(loadedCourierFor(element), 'loaded with the conversation').to.equal(undefined);

    window.dispatchEvent(new StorageEvent('storage', { key: `${DEFAULT_NAMESPACE}:v${STORAGE_SCHEMA}:${ENTRY}t-1` }));
    await until(() => loadedCourierFor(element), 'the courier, after another tab filed a ticket');
  });
});
