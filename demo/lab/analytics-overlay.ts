/**
 * A flow version's figures on its state chart: beside each state the conversations reached, how
 * many stopped there, and, on a fix, the share of answers that said it solved it. Drawn inside each
 * node's group (state-chart.ts `figures`), so it follows wherever the layout puts the node.
 */
import { nothing, svg } from 'lit';
import { solvedRate, type FlowFigures } from './analytics.js';
import { percent, type AnalyticsText } from './analytics-strings.js';
import type { FlowNode } from './flow-graph.js';

/** Roughly how wide a character of the badge is at its 10 px font: Latin and digits, and Han. */
const latinWidth = 6.2;
const hanWidth = 10.5;
const textWidth = (text: string) =>
  [...text].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? hanWidth : latinWidth), 0);
const badgeHeight = 15;

/** The figures to draw on one node, or nothing where no conversation reached it. */
export function nodeFigures(figures: FlowFigures, text: AnalyticsText) {
  return (node: FlowNode, box: { width: number; height: number }) => {
    const reached = figures.reached.get(node.value) ?? 0;
    if (reached === 0) return nothing;
    const stopped = figures.stopped.get(node.value) ?? 0;
    const fix = figures.fixes.get(node.value);
    const rate = fix && solvedRate(fix);
    const parts = [
      text.node.reached(reached),
      ...(stopped ? [text.node.stopped(stopped)] : []),
      ...(rate === undefined ? [] : [text.node.solved(percent(rate))]),
    ];
    const label = parts.join(' · ');
    const width = Math.ceil(textWidth(label)) + 10;
    // Over the node's top edge, at its right end: clear of the state's own two lines of text.
    const x = Math.max(0, box.width - width - 6);
    return svg`<g class=${`figures${stopped ? ' has-stops' : ''}`} transform=${`translate(${x},${-badgeHeight / 2 - 2})`}
      data-reached=${reached} data-stopped=${stopped} data-solved=${rate === undefined ? nothing : percent(rate)}>
      <title>${text.node.title(reached, stopped, rate === undefined ? undefined : percent(rate))}</title>
      <rect class="badge" width=${width} height=${badgeHeight} rx=${badgeHeight / 2} />
      <text x=${width / 2} y=${badgeHeight - 4} text-anchor="middle">${label}</text>
    </g>`;
  };
}
