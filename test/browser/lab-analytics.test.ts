/**
 * Issue 17, item 3, in the flow lab: an analytics export (the generated sample, a file picked or
 * dropped) is read, its figures drawn on the chart per flow version, and the path list can sort
 * by how often each path was taken. The figures are checked against analytics.ts's own count of
 * the same file (unit-tested on a hand-written export in test/unit/lab/analytics.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { parseExport, summarize, type FlowFigures } from '../../demo/lab/analytics.js';
import { FlowLab } from '../../demo/lab/flow-lab.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { until } from './harness.js';
import { forgetEverything } from './storage.js';

const sampleUrl = new URL('../../demo/lab/sample-analytics.jsonl', import.meta.url);

async function openLab(): Promise<{ lab: FlowLab; root: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div class="lab-root"></div>
      <wallet-support persist="none"></wallet-support>
    </div>`,
  );
  const root = page.querySelector<HTMLElement>('.lab-root')!;
  const lab = new FlowLab({
    root,
    widget: page.querySelector<WalletSupport>('wallet-support')!,
    pageLocale: 'en',
    settings: { problem: 'payment-failed', locale: 'en', host: {} },
    replayDelay: 0,
  });
  await lab.start();
  await lab.ready();
  await until(() => lab.currentPaths && root.querySelector('.state-chart'), 'the chart and its paths', 20_000);
  return { lab, root };
}

const badge = (root: HTMLElement, state: string) =>
  root.querySelector<SVGGElement>(`.state-chart [data-state="${state}"] .figures`);

const status = (root: HTMLElement) => root.querySelector('.analytics-status')?.textContent?.replace(/\s+/g, ' ').trim();

describe('flow lab: analytics overlay', () => {
  let sample: string;
  let expected: Map<string, FlowFigures>;

  before(async () => {
    sample = await (await fetch(sampleUrl)).text();
    expected = summarize(parseExport(sample).events).flows.get('payment-failed')!;
  });

  beforeEach(forgetEverything);

  it('loads the sample and draws each version’s figures on the chart', async function () {
    this.timeout(30_000);
    const { lab, root } = await openLab();
    expect(root.querySelector('.state-chart .figures'), 'no figures before an export').to.equal(null);

    root.querySelector<HTMLButtonElement>('.load-sample')!.click();
    await until(() => badge(root, 'askingError'), 'figures on the chart', 10_000);
    expect(status(root)).to.match(/^sample-analytics\.jsonl: \d+ events, \d+ conversations\.$/);

    // The running version first (the sample holds 5 and 4 of payment-failed).
    const running = lab.analytics.figures('payment-failed', '5')!;
    expect(running.version).to.equal('5');
    const current = expected.get('5')!;
    expect(badge(root, 'askingError')!.dataset.reached).to.equal(String(current.reached.get('askingError')));
    const [fix, fixFigures] = [...current.fixes.entries()].sort(([, a], [, b]) => b.reached - a.reached)[0]!;
    const rate = Math.round((fixFigures.solved / (fixFigures.solved + fixFigures.unsolved)) * 100);
    expect(badge(root, fix)!.dataset.solved).to.equal(`${rate}%`);
    expect(badge(root, fix)!.textContent).to.contain(`✓ ${rate}%`);
    expect(root.querySelector('.analytics-summary .tickets')!.textContent).to.match(
      new RegExp(`^${current.tickets} \\(`),
    );
    // Every state drawn with a figure was reached; every reached state has one.
    const drawn = [...root.querySelectorAll<SVGGElement>('.state-chart .figures')].map((figures) =>
      figures.closest('[data-state]')!.getAttribute('data-state'),
    );
    expect(drawn).to.have.members([...current.reached.keys()]);

    // The older version keeps its own history.
    const select = root.querySelector<HTMLSelectElement>('.version-field select')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['5', '4']);
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    const older = expected.get('4')!;
    await until(
      () => badge(root, 'askingError')?.dataset.reached === String(older.reached.get('askingError')),
      'the figures of version 4',
    );
    expect(root.querySelector('.analytics-summary')!.getAttribute('data-version')).to.equal('4');
  });

  it('sorts the paths by how often they were taken', async function () {
    this.timeout(30_000);
    const { root, lab } = await openLab();
    await lab.analytics.loadSample();
    const sort = await until(() => root.querySelector<HTMLSelectElement>('.path-sort select'), 'the sort control');
    sort.value = 'taken';
    sort.dispatchEvent(new Event('change'));
    const taken = () =>
      [...root.querySelectorAll('.path-group')].map((group) =>
        [...group.querySelectorAll('.taken')].map((count) => Number(/\d+/.exec(count.textContent!)![0])),
      );
    await until(() => taken()[0]?.[0], 'the most taken path first');
    for (const counts of taken()) expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    const totals = taken().map((counts) => counts.reduce((sum, count) => sum + count, 0));
    expect(totals).to.deep.equal([...totals].sort((a, b) => b - a));
    expect(totals[0]).to.be.greaterThan(0);
  });

  it('reads a picked or dropped file, counting the lines that are not events', async function () {
    this.timeout(30_000);
    const { root } = await openLab();
    const lines = sample.split('\n').filter(Boolean).slice(0, 300);
    const file = new File([['not an event', ...lines, '{"type": 1}'].join('\n')], 'week-48.jsonl');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = root.querySelector<HTMLInputElement>('.analytics-card input[type=file]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => status(root)?.startsWith('week-48.jsonl'), 'the picked file to be read');
    expect(status(root)).to.contain(`${lines.length} events`);
    expect(status(root)).to.contain('2 lines were not an event and were left out (the first is line 1).');

    const dropped = new DataTransfer();
    dropped.items.add(new File(['nothing to see'], 'notes.txt'));
    root
      .querySelector('.analytics-card')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await until(() => status(root)?.startsWith('No events'), 'the friendly word on a file without events');
    expect(root.querySelector('.state-chart .figures')).to.equal(null);
  });
});
