/**
 * A small layered layout for flow charts, left to right: columns by distance from the first
 * state, final states in a last column, rows ordered to keep neighbours close (a few barycentre
 * sweeps). Flows are a few dozen states; a general graph-layout library would cost more than it
 * gives here.
 */
import type { FlowGraph } from './flow-graph.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  column: number;
}

export interface RoutedEdge {
  source: string;
  target: string;
  /** SVG path data. */
  d: string;
  /** Goes back to an earlier (or the same) column: a loop in the conversation. */
  back: boolean;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Map<string, Box>;
  edges: RoutedEdge[];
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  rowGap: number;
  margin: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  nodeWidth: 150,
  nodeHeight: 44,
  columnGap: 44,
  rowGap: 14,
  margin: 16,
};

/**
 * Columns: each state one column after the furthest state that leads to it, ignoring edges that
 * go back (to a state no further from the start, by breadth-first distance), so loops such as
 * "try another cause" do not push the chart sideways. Endings share the last column.
 */
function columnsOf(graph: FlowGraph): Map<string, number> {
  const column = new Map<string, number>();
  const start = graph.nodes.find((node) => node.initial) ?? graph.nodes[0];
  if (!start) return column;
  const outgoing = (value: string) => graph.edges.filter((edge) => edge.source === value && edge.target !== value);

  const distance = new Map([[start.value, 0]]);
  const queue = [start.value];
  while (queue.length > 0) {
    const value = queue.shift()!;
    for (const { target } of outgoing(value)) {
      if (distance.has(target)) continue;
      distance.set(target, distance.get(value)! + 1);
      queue.push(target);
    }
  }
  const far = graph.nodes.length;
  const depth = (value: string) => distance.get(value) ?? far;
  const forward = graph.edges.filter((edge) => edge.source !== edge.target && depth(edge.target) >= depth(edge.source));

  // Longest path over the forward edges; a cycle among equally distant states is cut where the
  // depth-first walk meets it.
  const state = new Map<string, 'open' | 'done'>();
  const walk = (value: string): number => {
    if (state.get(value) === 'done') return column.get(value)!;
    state.set(value, 'open');
    let own = 0;
    for (const edge of forward.filter((candidate) => candidate.target === value)) {
      if (state.get(edge.source) === 'open') continue;
      own = Math.max(own, walk(edge.source) + 1);
    }
    state.set(value, 'done');
    column.set(value, own);
    return own;
  };
  for (const node of graph.nodes) walk(node.value);

  const inner = graph.nodes.filter((node) => !node.final);
  const last = Math.max(0, ...inner.map((node) => column.get(node.value)!));
  for (const node of graph.nodes.filter((candidate) => candidate.final)) column.set(node.value, last + 1);
  return column;
}

/** Reorders each column by the mean row of its neighbours in the column before (then after). */
function orderRows(graph: FlowGraph, column: Map<string, number>): string[][] {
  const count = Math.max(0, ...column.values()) + 1;
  const columns: string[][] = Array.from({ length: count }, () => []);
  for (const node of graph.nodes) columns[column.get(node.value)!]!.push(node.value);
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const rowIndex = () => new Map(columns.flatMap((values) => values.map((value, index) => [value, index] as const)));
  const sweep = (from: number, to: number, step: number) => {
    for (let index = from; index !== to; index += step) {
      const rows = rowIndex();
      const reference = index - step;
      const current = columns[index]!;
      const weight = (value: string) => {
        const near = (neighbours.get(value) ?? []).filter((other) => column.get(other) === reference);
        if (near.length === 0) return rows.get(value)!;
        return near.reduce((sum, other) => sum + rows.get(other)!, 0) / near.length;
      };
      const weights = new Map(current.map((value) => [value, weight(value)]));
      // Stable: ties keep the order the flow file declares its states in.
      columns[index] = current
        .map((value, position) => ({ value, position }))
        .sort((a, b) => weights.get(a.value)! - weights.get(b.value)! || a.position - b.position)
        .map(({ value }) => value);
    }
  };
  for (let pass = 0; pass < 3; pass++) {
    sweep(1, count, 1);
    sweep(count - 2, -1, -1);
  }
  return columns;
}

function route(source: Box, target: Box): RoutedEdge['d'] {
  if (target.column > source.column) {
    const x1 = source.x + source.width;
    const y1 = source.y + source.height / 2;
    const x2 = target.x;
    const y2 = target.y + target.height / 2;
    const bend = Math.max(24, (x2 - x1) / 2);
    return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  }
  // Loops back: leave from the lower left, arrive at the lower right, bowing outwards so it does
  // not sit on top of the forward edge between the same two states.
  const x1 = source.x;
  const y1 = source.y + source.height * 0.75;
  const x2 = target.x + target.width;
  const y2 = target.y + target.height * 0.75;
  if (target.column === source.column) {
    const out = Math.abs(y2 - y1) / 3 + 28;
    return `M${x1},${y1} C${x1 - out},${y1} ${x1 - out},${y2} ${target.x},${y2}`;
  }
  const bow = 18;
  return `M${x1},${y1} C${x1 - bow},${y1 + bow} ${x2 + bow},${y2 + bow} ${x2},${y2}`;
}

export function layoutGraph(graph: FlowGraph, options: LayoutOptions = defaultLayoutOptions): Layout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, margin } = options;
  const column = columnsOf(graph);
  const columns = orderRows(graph, column);
  const tallest = Math.max(0, ...columns.map((values) => values.length));
  const columnHeight = (rows: number) => rows * nodeHeight + Math.max(0, rows - 1) * rowGap;
  const innerHeight = columnHeight(tallest);
  const boxes = new Map<string, Box>();
  columns.forEach((values, index) => {
    const top = margin + (innerHeight - columnHeight(values.length)) / 2;
    values.forEach((value, row) => {
      boxes.set(value, {
        x: margin + index * (nodeWidth + columnGap),
        y: top + row * (nodeHeight + rowGap),
        width: nodeWidth,
        height: nodeHeight,
        column: index,
      });
    });
  });
  const edges = graph.edges
    .filter((edge) => boxes.has(edge.source) && boxes.has(edge.target) && edge.source !== edge.target)
    .map((edge) => {
      const source = boxes.get(edge.source)!;
      const target = boxes.get(edge.target)!;
      return {
        source: edge.source,
        target: edge.target,
        d: route(source, target),
        back: target.column <= source.column,
      };
    });
  return {
    width: margin * 2 + columns.length * nodeWidth + Math.max(0, columns.length - 1) * columnGap,
    height: margin * 2 + innerHeight + 24,
    boxes,
    edges,
  };
}
