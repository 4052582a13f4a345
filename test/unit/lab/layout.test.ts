/**
 * The lab's chart layout (demo/lab/layout.ts) for every flow, in both of the lab's languages:
 * readable when fitted, nothing drawn on top of anything else, every word inside its box.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { flowGraph } from '../../../demo/lab/flow-graph.js';
import { fitScale, textRoom, type Box, type Layout } from '../../../demo/lab/layout.js';
import { chartLayout } from '../../../demo/lab/state-chart.js';
import { labText } from '../../../demo/lab/strings.js';
import { textWidth } from '../../../demo/lab/text-fit.js';
import { loadAllFlows } from '../../flows/graph.js';

const flows = await loadAllFlows();
const lab = ['en', 'zh-CN'] as const;

const layouts = flows.flatMap(([problem, machine]) =>
  lab.map((locale) => {
    const graph = flowGraph(machine as AnyStateMachine, locale);
    return { name: `${problem} (${locale})`, problem, locale, graph, layout: chartLayout(graph, labText[locale]) };
  }),
);

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The straight runs of a path drawn with M, H and V only. */
function segments(d: string): [number, number, number, number][] {
  const runs: [number, number, number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, values] of d.matchAll(/([MHV])([\d.,-]+)/g)) {
    const [a, b] = values!.split(',').map(Number);
    if (command === 'M') [x, y] = [a!, b!];
    else {
      const [nx, ny] = command === 'H' ? [a!, y] : [x, a!];
      runs.push([x, y, nx, ny]);
      [x, y] = [nx, ny];
    }
  }
  return runs;
}

/** Whether a horizontal or vertical run passes through the inside of a box (touching its edge is fine). */
function crosses([x1, y1, x2, y2]: [number, number, number, number], box: Box): boolean {
  const [left, right, top, bottom] = [box.x + 0.5, box.x + box.width - 0.5, box.y + 0.5, box.y + box.height - 0.5];
  return Math.max(x1, x2) > left && Math.min(x1, x2) < right && Math.max(y1, y2) > top && Math.min(y1, y2) < bottom;
}

function largest(): { layout: Layout; problem: string } {
  return layouts.reduce((big, next) => (next.graph.nodes.length > big.graph.nodes.length ? next : big));
}

describe('the chart layout', () => {
  it('fits the largest flow into 1100 × 600 with node text of 11 px or more', () => {
    const { layout, problem } = largest();
    expect(problem).toBe('bank-wallet-payment-failed');
    for (const { layout: each } of layouts.filter((candidate) => candidate.problem === problem)) {
      const scale = fitScale(each, 1100, 600);
      expect(each.options.fontSize * scale).toBeGreaterThanOrEqual(11);
    }
    // Before this layout: 1734 × 622 at 100%, 7.5 px fitted.
    expect(layout.width * layout.height).toBeLessThan(1734 * 622);
  });

  it.each(layouts)('draws no state of $name on another', ({ layout }) => {
    const boxes = [...layout.boxes.entries()];
    for (const [index, [name, box]] of boxes.entries())
      for (const [other, otherBox] of boxes.slice(index + 1))
        expect(overlaps(box, otherBox), `${name} on ${other}`).toBe(false);
  });

  it.each(layouts)('runs no edge of $name through a state', ({ layout }) => {
    for (const edge of layout.edges)
      for (const run of segments(edge.d))
        for (const [name, box] of layout.boxes)
          expect(crosses(run, box), `${edge.source} → ${edge.target} through ${name}`).toBe(false);
  });

  it.each(layouts)('keeps every word of $name inside its box', ({ layout }) => {
    const { fontSize, detailSize, labelSize, nodeWidth } = layout.options;
    for (const [name, box] of layout.boxes) {
      expect(box.lines.length, name).toBeGreaterThan(0);
      expect(box.lines.length, name).toBeLessThanOrEqual(2);
      for (const line of box.lines)
        expect(textWidth(line, fontSize), `${name}: ${line}`).toBeLessThanOrEqual(textRoom(layout.options));
      expect(textWidth(box.detail, detailSize), name).toBeLessThanOrEqual(textRoom(layout.options));
    }
    for (const label of layout.labels)
      expect(textWidth(label.text, labelSize), label.full).toBeLessThanOrEqual(nodeWidth - 4);
  });

  it.each(layouts)('groups the fixes of $name apart from the way in and the way to the ticket', ({ graph, layout }) => {
    const column = (value: string) => layout.boxes.get(value)!.column;
    const fixColumns = new Set(graph.nodes.filter((node) => node.kind === 'outcome').map((node) => column(node.value)));
    const start = graph.nodes.find((node) => node.initial)!;
    const ticket = graph.nodes.find((node) => node.key === 'reviewingTicket')!;
    expect(fixColumns.has(column(start.value))).toBe(false);
    expect(fixColumns.has(column(ticket.value))).toBe(false);
  });

  it('says what the states say, in the lab’s language, with the id apart', () => {
    const english = layouts.find((each) => each.name === 'payment-failed (en)')!.layout;
    const chinese = layouts.find((each) => each.name === 'payment-failed (zh-CN)')!.layout;
    expect(english.boxes.get('diagnosing')!.lines.join(' ')).toMatch(/error message/);
    expect(english.boxes.get('askingTicketTime')!.lines.join(' ')).toMatch(/when/i);
    expect(english.boxes.get('askingTicketTime')!.detail).toBe('askingTicketTime');
    expect(chinese.boxes.get('askingTicketTime')!.lines.join('')).toMatch(/什么时候/);
  });

  it('labels what moves each state: a button, a fix that helped or not, a typed answer', () => {
    const { layout } = layouts.find((each) => each.name === 'payment-failed (en)')!;
    const label = (target: string) => layout.labels.find((candidate) => candidate.target === target)?.full ?? '';
    expect(label('resolved')).toBe('it helped');
    expect(label('askingOtherCause')).toBe('it did not help');
    expect(label('askingTicketAmount')).toContain('typed a time');
    expect(label('fixingNetwork')).toMatch(/diagnosed network/);
  });
});
