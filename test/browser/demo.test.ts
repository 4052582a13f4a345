import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { flowLoaders } from '../../flows/index.js';
import '../../src/index.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { flowGraph, stateValueOf } from '../../demo/lab/flow-graph.js';
import { flowPaths, type FlowPath } from '../../demo/lab/flow-paths.js';
import { layoutGraph, textRoom } from '../../demo/lab/layout.js';
import { endingKey } from '../../demo/lab/path-list.js';
import { replayPath, ReplayError } from '../../demo/lab/replay.js';
import { chartLayout, stateChart, tracePath } from '../../demo/lab/state-chart.js';
import { labText } from '../../demo/lab/strings.js';
import { readTranscript, transcriptMarkdown } from '../../demo/lab/transcript.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const flows = problemIds.filter((id) => id in flowLoaders) as ProblemId[];
const machines = new Map<ProblemId, AnyStateMachine>();

async function machineFor(problem: ProblemId): Promise<AnyStateMachine> {
  if (!machines.has(problem)) machines.set(problem, await flowLoaders[problem]!());
  return machines.get(problem)!;
}

function atomicStates(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return children.length ? children.flatMap(atomicStates) : [node];
}

async function drawChart(problem: ProblemId, active?: string) {
  const machine = await machineFor(problem);
  const graph = flowGraph(machine, 'en');
  const layout = layoutGraph(graph);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(stateChart(graph, layout, labText.en, { active }, `chart-${problem}`), host);
  return { machine, graph, layout, svg: host.querySelector('svg')! };
}

function overlaps(a: DOMRect | { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** One path per way a flow can end: each fix that solves it, and the ticket. */
function onePerEnding(paths: readonly FlowPath[]): FlowPath[] {
  const chosen = new Map<string, FlowPath>();
  for (const path of paths) if (!chosen.has(endingKey(path.end))) chosen.set(endingKey(path.end), path);
  return [...chosen.values()];
}

describe('flow lab: state chart', () => {
  it('has at least one flow to show', () => {
    expect(flows).to.include('payment-failed');
  });

  for (const problem of flows) {
    it(`draws every state of ${problem} from its machine, as a named image, without overlaps`, async () => {
      const { machine, layout, svg } = await drawChart(problem);
      expect(svg.getAttribute('role')).to.equal('img');
      const name = svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => svg.querySelector(`#${id}`)?.textContent ?? '')
        .join(' ');
      expect(name).to.contain(problem);

      const states = atomicStates(machine.root as AnyStateNode).map(stateValueOf);
      const drawn = [...svg.querySelectorAll('g.node')].map((node) => node.getAttribute('data-state'));
      expect(drawn).to.have.members(states);
      expect(svg.querySelectorAll('g.node.initial')).to.have.length(1);

      const boxes = [...layout.boxes.values()];
      for (const [index, box] of boxes.entries()) {
        for (const other of boxes.slice(index + 1))
          expect(overlaps(box, other), 'two states drawn on top of each other').to.equal(false);
      }
      for (const edge of svg.querySelectorAll('path.edge')) {
        expect(states).to.include(edge.getAttribute('data-source'));
        expect(states).to.include(edge.getAttribute('data-target'));
      }
    });
  }

  it('draws an edge for each transition of payment-failed, including the automatic diagnosis and routers', async () => {
    const { svg } = await drawChart('payment-failed');
    const edge = (source: string, target: string) =>
      svg.querySelector(`path.edge[data-source="${source}"][data-target="${target}"]`);
    const says = (source: string, target: string) => edge(source, target)!.querySelector('title')!.textContent!;
    expect(edge('askingError', 'diagnosing'), 'the error first').to.exist;
    expect(edge('askingError', 'askingSymptom'), '"No message was shown"').to.exist;
    expect(edge('diagnosing', 'fixingBalance'), 'diagnosis edge').to.exist;
    expect(edge('diagnosing', 'fixingBalance')!.classList.contains('automatic'), 'diagnosis').to.equal(true);
    expect(says('diagnosing', 'confirmingCause')).to.contain('suspected: insufficient-balance');
    expect(says('confirmingCause', 'preparingTicket')).to.contain('“Contact support”');
    // After a fix that did not help, a router: two fixes tried lead with the ticket.
    expect(says('fixingNetwork', 'askingOtherCause')).to.contain('“No, I still need help”');
    expect(edge('askingOtherCause', 'offeringTicket')!.classList.contains('automatic'), 'router').to.equal(true);
    expect(says('askingOtherCause', 'offeringTicket')).to.contain('2 or more fixes tried');
    expect(says('askingOtherCause', 'choosingOtherCause')).to.contain('otherwise');
    expect(
      edge('choosingOtherCause', 'fixingNetwork')!.classList.contains('back'),
      'another cause loops back',
    ).to.equal(true);
    expect(
      edge('checkingWhenChargedDeadline', 'preparingTicket')!.classList.contains('automatic'),
      'date check',
    ).to.equal(true);
    expect(says('checkingWhenChargedDeadline', 'preparingTicket')).to.contain(
      'the date the money should be back has passed',
    );
    // The way to the ticket: each question skipped when its fact is known.
    expect(edge('preparingTicket', 'askingTicketTime')!.classList.contains('automatic'), 'hand-over').to.equal(true);
    expect(says('askingTicketTime', 'askingTicketAmount'))
      .to.contain('the user answers')
      .and.to.contain('occurredAt already known');
    expect(says('askingTicketPaymentMethod', 'reviewingTicket')).to.contain('“Debit card”');
    expect(
      svg.querySelector('g.node[data-state="explainingRegistration"]')!.classList.contains('kind-explain'),
      'explanation',
    ).to.equal(true);
    expect(svg.querySelector('g.node[data-state="askingTicketPaymentMethod"] title')!.textContent).to.contain(
      'askingTicketPaymentMethod (choice · paymentMethod)',
    );
    expect(edge('askingTicketTime', 'resolved')).to.equal(null);
  });

  it('traces a path through the automatic state its answer entered, not the shortcut between the same states', async () => {
    const graph = flowGraph(await machineFor('payment-failed'), 'en');
    const states = ['askingError', 'askingSymptom'];
    const answered = tracePath(graph, states, [{ kind: 'answer', text: 'Something went wrong' }]);
    expect([...answered.edges]).to.have.members(['askingError>diagnosing', 'diagnosing>askingSymptom']);
    expect(answered.states.has('diagnosing')).to.equal(true);
    const skipped = tracePath(graph, states, [{ kind: 'choose', choice: 'no-message', label: 'No message was shown' }]);
    expect([...skipped.edges]).to.deep.equal(['askingError>askingSymptom']);
  });

  it('traces a step through several states that do not wait: a hand-over, a date check, questions the host answered', async () => {
    const graph = flowGraph(await machineFor('payment-failed'), 'en');
    // Everything known: "None of these" goes through preparingTicket and the three skipped questions.
    const handedOver = tracePath(
      graph,
      ['choosingOtherCause', 'reviewingTicket'],
      [{ kind: 'choose', choice: 'none', label: 'None of these, contact support' }],
    );
    expect([...handedOver.edges]).to.deep.equal([
      'choosingOtherCause>preparingTicket',
      'preparingTicket>askingTicketTime',
      'askingTicketTime>askingTicketAmount',
      'askingTicketAmount>askingTicketPaymentMethod',
      'askingTicketPaymentMethod>reviewingTicket',
    ]);
    // Money that should be back already: the payment method leads through the date check to the ticket.
    const overdue = tracePath(
      graph,
      ['checkingWhenChargedPaymentMethod', 'askingTicketAmount'],
      [{ kind: 'choose', choice: 'balance', label: 'Wallet balance' }],
    );
    expect([...overdue.states]).to.include.members([
      'checkingWhenChargedDeadline',
      'preparingTicket',
      'askingTicketTime',
    ]);
    expect(overdue.edges.has('checkingWhenChargedPaymentMethod>checkingWhenChargedDeadline')).to.equal(true);
    // A second fix that did not help: through the router to the list that leads with the ticket.
    const second = tracePath(
      graph,
      ['fixingBalance', 'offeringTicket'],
      [{ kind: 'choose', choice: 'unsolved', label: 'No, I still need help' }],
    );
    expect([...second.edges]).to.deep.equal(['fixingBalance>askingOtherCause', 'askingOtherCause>offeringTicket']);
  });

  it("keeps every state's words inside its box as the browser draws them, in both of the lab's languages", async function () {
    this.timeout(30_000);
    // In the lab's own fonts (the page's stack, here Linux's DejaVu Sans: the widest of them).
    const sheets = ['/demo/site/site.css', '/demo/lab/lab.css'].map((href) =>
      Object.assign(document.createElement('link'), { rel: 'stylesheet', href }),
    );
    await Promise.all(
      sheets.map((link) => {
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
        document.head.append(link);
        return loaded;
      }),
    );
    try {
      for (const problem of flows) {
        for (const locale of ['en', 'zh-CN'] as const) {
          const graph = flowGraph(await machineFor(problem), locale);
          const layout = chartLayout(graph, labText[locale]);
          const host = await fixture<HTMLDivElement>(html`<div class="lab-test"></div>`);
          render(stateChart(graph, layout, labText[locale], {}, `fit-${problem}-${locale}`), host);
          const room = textRoom(layout.options);
          for (const text of host.querySelectorAll<SVGTextElement>('g.node text')) {
            const where = `${problem} ${locale} ${text.closest('g.node')!.getAttribute('data-state')}: ${text.textContent}`;
            expect(text.getComputedTextLength(), where).to.be.at.most(room);
          }
          for (const label of host.querySelectorAll<SVGTextElement>('text.entry-label'))
            expect(label.getComputedTextLength(), label.textContent!).to.be.at.most(layout.options.nodeWidth - 4);
          const says = [...host.querySelectorAll('g.node[data-state="reviewingTicket"] .says')]
            .map((line) => line.textContent)
            .join(' ');
          expect(says, 'what the ticket review says').to.match(locale === 'en' ? /^I have put what you/ : /^我已经把/);
        }
      }
    } finally {
      sheets.forEach((link) => link.remove());
    }
  });

  it('marks only the active state with aria-current="step"', async () => {
    const { svg } = await drawChart('payment-failed', 'askingTicketAmount');
    const current = svg.querySelectorAll('[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('data-state')).to.equal('askingTicketAmount');
    expect(svg.querySelector('desc')!.textContent).to.contain('askingTicketAmount');
  });
});

describe('flow lab: paths', () => {
  for (const problem of flows) {
    it(`lists paths of ${problem} that end in every fix the flow has, and in a ticket`, async () => {
      const machine = await machineFor(problem);
      const paths = await flowPaths(machine, { locale: 'en', problem });
      const fixes = flowGraph(machine, 'en')
        .nodes.filter((node) => node.kind === 'outcome')
        .map((node) => node.value);
      const solvedBy = new Set(paths.flatMap((path) => (path.end.kind === 'resolved' ? [path.end.fix] : [])));
      expect([...solvedBy]).to.have.members(fixes);
      expect(paths.some((path) => path.end.kind === 'ticket')).to.equal(true);
      for (const path of paths) {
        expect(new Set(path.states).size, `a state repeats in ${path.states.join(' > ')}`).to.equal(path.states.length);
        expect(path.steps).to.have.length(path.states.length - 1);
      }
    });
  }

  it('starts from what the host already knows', async () => {
    const machine = await machineFor('payment-failed');
    const facts = {
      occurredAt: '2026-11-26T15:00:00+08:00',
      amount: { value: '88.80', currency: 'CNY' },
      errorCode: '51',
    };
    const paths = await flowPaths(machine, { locale: 'zh-CN', problem: 'payment-failed', facts });
    expect(paths.length).to.be.greaterThan(0);
    expect(new Set(paths.map((path) => path.states[0]))).to.deep.equal(new Set(['fixingBalance']));
    expect(paths.flatMap((path) => path.steps).some((step) => step.action.kind === 'answer')).to.equal(false);
  });
});

describe('flow lab: replay', () => {
  for (const problem of flows) {
    it(`replays a path to each ending of ${problem} through the widget's buttons and answer box`, async () => {
      const machine = await machineFor(problem);
      const paths = onePerEnding(await flowPaths(machine, { locale: 'en', problem }));
      const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
      const events = recordEvents(element, ['wallet-support-step', 'wallet-support-resolved', 'wallet-support-ticket']);
      element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
      for (const path of paths) {
        events.length = 0;
        await replayPath(element, path, { problem, context: {} });
        const steps = events.filter((event) => event.type === 'wallet-support-step').map((event) => event.detail.state);
        expect(steps.at(-1), path.states.join(' > ')).to.equal(path.states.at(-1));
        // The widget starts (maybe resuming), starts afresh, then walks: compare the walk.
        expect(steps.filter((state) => path.states.includes(state)).slice(-path.states.length)).to.deep.equal(
          path.states,
        );
        const ending = path.end.kind === 'resolved' ? 'wallet-support-resolved' : 'wallet-support-ticket';
        await until(() => events.some((event) => event.type === ending), ending);
      }
    });
  }

  it('types the sample answers and files the ticket with the agent contact', async () => {
    const machine = await machineFor('payment-failed');
    const paths = await flowPaths(machine, { locale: 'en', problem: 'payment-failed' });
    const path = paths.find(
      (candidate) => candidate.end.kind === 'ticket' && candidate.steps.some((step) => step.action.kind === 'answer'),
    )!;
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const tickets = recordEvents(element, ['wallet-support-ticket']);
    element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
    await replayPath(element, path, { problem: 'payment-failed', context: {} });
    const ticket = (await until(() => tickets[0], 'the ticket')).detail.ticket;
    expect(ticket.contact).to.deep.equal({ email: 'agent@example.com' });
    expect(ticket.amount).to.deep.equal({ value: '1299.50', currency: 'CNY' });
    const typed = new WidgetHarness(element)
      .messages()
      .filter((message) => message.from === 'user')
      .map((message) => message.text);
    expect(typed).to.include('¥1,299.50');
  });

  it('replays in Traditional Chinese, typing answers the widget understands in that locale', async () => {
    const machine = await machineFor('payment-failed');
    const paths = await flowPaths(machine, { locale: 'zh-TW', problem: 'payment-failed' });
    const path = paths.find(
      (candidate) => candidate.steps.filter((step) => step.action.kind === 'answer').length >= 3,
    )!;
    const element = await fixture<WalletSupport>(html`<wallet-support lang="zh-TW"></wallet-support>`);
    const steps = recordEvents(element, ['wallet-support-step']);
    await replayPath(element, path, { problem: 'payment-failed', context: {} });
    expect(steps.at(-1)!.detail.state).to.equal(path.states.at(-1));
  });

  it('reads the pause before each step as it goes, so the speed can change during a replay', async () => {
    const machine = await machineFor('payment-failed');
    const paths = await flowPaths(machine, { locale: 'en', problem: 'payment-failed' });
    const path = paths.find((candidate) => candidate.steps.length >= 3)!;
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const asked: number[] = [];
    await replayPath(element, path, {
      problem: 'payment-failed',
      context: {},
      onStep: (step) => asked.push(-step),
      delay: () => {
        asked.push(asked.length);
        return 0;
      },
    });
    // Asked once before each step, and before the step is announced.
    expect(asked.filter((value) => value < 0)).to.deep.equal(path.steps.map((_, index) => -(index + 1)));
    expect(asked.length).to.equal(path.steps.length * 2);
    expect(asked[1]).to.equal(-1);
  });

  it('says where a replay went wrong when the widget does not follow the path', async () => {
    const machine = await machineFor('payment-failed');
    const [path] = await flowPaths(machine, { locale: 'en', problem: 'payment-failed' });
    const broken: FlowPath = { ...path!, steps: [{ ...path!.steps[0]!, to: 'resolved' }, ...path!.steps.slice(1)] };
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const error = await replayPath(element, broken, { problem: 'payment-failed', context: {}, timeout: 300 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(ReplayError);
    expect((error as ReplayError).step).to.equal(1);
    expect((error as ReplayError).message).to.contain('resolved');
  });
});

describe('flow lab: transcript export', () => {
  it('writes the conversation as the user saw it, with the setup, as Markdown', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    await element.start('payment-failed', {
      amount: '88.80',
      occurredAt: '2026-11-26T15:00:00+08:00',
      errorCode: '51',
    });
    const widget = new WidgetHarness(element);
    await widget.settle();
    await widget.click('No, I still need help');
    const lines = readTranscript(element);
    expect(lines).to.deep.include({ from: 'user', text: 'No, I still need help' });
    expect(
      lines.some((line) => line.from === 'bot' && /^1\. /m.test(line.text)),
      'numbered fix steps kept',
    ).to.equal(true);
    const markdown = transcriptMarkdown({
      problem: 'payment-failed',
      locale: 'en',
      host: { amount: '88.80', errorCode: '51' },
      states: ['fixingBalance', 'askingOtherCause'],
      lines,
      exportedAt: new Date('2026-11-27T10:00:00Z'),
    });
    expect(markdown).to.contain('# Transcript: payment-failed');
    expect(markdown).to.contain('amount=88.80, errorCode=51');
    expect(markdown).to.contain('fixingBalance → askingOtherCause');
    expect(markdown).to.contain('**User**\n\n> No, I still need help');
  });
});
