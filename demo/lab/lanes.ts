/**
 * Where each state of a flow sits on the chart's grid: in three lanes that follow the shape every
 * flow shares (src/engine/steps.ts). The way in (the error, the diagnosis, the lists of causes, the
 * routers) on the left; the fixes in a grid in the middle, a fix with the questions it needs first
 * or the steps only it leads to on one row; the way to the ticket and the endings on the right.
 * layout.ts turns cells into boxes and routes the edges between them (docs/decisions/0020).
 */
import type { FlowGraph, FlowNode } from './flow-graph.js';

/** Each state's depth: one more than the deepest state leading to it, loops ignored. */
export function depthsOf(graph: FlowGraph): Map<string, number> {
  const start = graph.nodes.find((node) => node.initial) ?? graph.nodes[0];
  const distance = new Map<string, number>();
  if (!start) return distance;
  distance.set(start.value, 0);
  const queue = [start.value];
  while (queue.length > 0) {
    const value = queue.shift()!;
    for (const edge of graph.edges) {
      if (edge.source !== value || distance.has(edge.target)) continue;
      distance.set(edge.target, distance.get(value)! + 1);
      queue.push(edge.target);
    }
  }
  const far = graph.nodes.length;
  const bfs = (value: string) => distance.get(value) ?? far;
  const forward = graph.edges.filter((edge) => edge.source !== edge.target && bfs(edge.target) >= bfs(edge.source));
  const depth = new Map<string, number>();
  const open = new Set<string>();
  const walk = (value: string): number => {
    if (depth.has(value)) return depth.get(value)!;
    open.add(value);
    let own = 0;
    for (const edge of forward) {
      if (edge.target !== value || open.has(edge.source)) continue;
      own = Math.max(own, walk(edge.source) + 1);
    }
    open.delete(value);
    depth.set(value, own);
    return own;
  };
  for (const node of graph.nodes) walk(node.value);
  return depth;
}

interface Lanes {
  intake: FlowNode[];
  /** Rows of the fix grid: each a chain of states drawn left to right. */
  chains: FlowNode[][];
  endings: FlowNode[];
}

/**
 * Endings: the hand-over to the ticket and all it leads to, and the final states. Fixes: the fix
 * and explanation states, the questions leading only into one (a fix's amount, a money-back date),
 * and the steps only they lead to (securing the account after a payment nobody made). Intake:
 * the rest (the error, the diagnosis, the lists, the routers).
 */
function lanesOf(graph: FlowGraph, depth: Map<string, number>): Lanes {
  const byValue = new Map(graph.nodes.map((node) => [node.value, node]));
  const targets = (value: string) =>
    graph.edges.filter((edge) => edge.source === value && edge.target !== value).map((edge) => edge.target);
  const sources = (value: string) =>
    graph.edges.filter((edge) => edge.target === value && edge.source !== value).map((edge) => edge.source);

  const endings = new Set(graph.nodes.filter((node) => node.final || node.kind === 'ticket').map((node) => node.value));
  const handOver = graph.nodes.find((node) => node.key === 'preparingTicket');
  const reach = handOver ? [handOver.value] : [];
  while (reach.length > 0) {
    const value = reach.pop()!;
    if (endings.has(value) && value !== handOver?.value) continue;
    endings.add(value);
    reach.push(...targets(value).filter((target) => !endings.has(target)));
  }

  const fixes = new Set(
    graph.nodes.filter((node) => node.kind === 'outcome' || node.kind === 'explain').map((node) => node.value),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const node of graph.nodes) {
      if (node.initial || endings.has(node.value) || fixes.has(node.value)) continue;
      const onward = [...new Set(targets(node.value).filter((target) => !endings.has(target)))];
      if (onward.length > 1) continue;
      const leadsIn = onward.length === 1 && fixes.has(onward[0]!);
      const before = sources(node.value);
      const follows = before.length > 0 && before.every((source) => fixes.has(source));
      if (leadsIn || follows) {
        fixes.add(node.value);
        changed = true;
      }
    }
  }

  // A chain continues into the one state of the group that only this state leads to.
  const next = new Map<string, string>();
  const previous = new Set<string>();
  for (const value of fixes) {
    const onward = [...new Set(targets(value).filter((target) => fixes.has(target)))];
    const candidate = onward.length === 1 ? onward[0]! : undefined;
    if (!candidate || previous.has(candidate)) continue;
    if (sources(candidate).filter((source) => fixes.has(source)).length !== 1) continue;
    next.set(value, candidate);
    previous.add(candidate);
  }
  const chains: FlowNode[][] = [];
  for (const node of graph.nodes) {
    if (!fixes.has(node.value) || previous.has(node.value)) continue;
    const chain = [node];
    for (let value = next.get(node.value); value && chain.length <= fixes.size; value = next.get(value))
      chain.push(byValue.get(value)!);
    chains.push(chain);
  }

  const inOrder = (nodes: FlowNode[]) =>
    nodes
      .map((node, position) => ({ node, position }))
      // Final states last: the resolved ending sits below the ticket's, where the fixes' edges arrive.
      .sort(
        (a, b) =>
          Number(a.node.final) - Number(b.node.final) ||
          depth.get(a.node.value)! - depth.get(b.node.value)! ||
          a.position - b.position,
      )
      .map(({ node }) => node);
  return {
    intake: inOrder(graph.nodes.filter((node) => !endings.has(node.value) && !fixes.has(node.value))),
    chains,
    endings: inOrder(graph.nodes.filter((node) => endings.has(node.value))),
  };
}

/** Long chains first, each on the first row with room: a compact grid of `width` columns. */
function packRows(chains: FlowNode[][], width: number): FlowNode[][] {
  const rows: FlowNode[][] = [];
  const longestFirst = chains.map((chain, position) => ({ chain, position }));
  longestFirst.sort((a, b) => b.chain.length - a.chain.length || a.position - b.position);
  for (const { chain } of longestFirst) {
    const row = rows.find((candidate) => candidate.length + chain.length <= width);
    if (row) row.push(...chain);
    else rows.push([...chain]);
  }
  return rows;
}

/** Places single states column by column, `rows` to a column. */
function stack(nodes: FlowNode[], rows: number): FlowNode[][] {
  const columns: FlowNode[][] = [];
  nodes.forEach((node, index) => {
    const column = Math.floor(index / rows);
    (columns[column] ??= []).push(node);
  });
  return columns;
}

export interface Cell {
  column: number;
  row: number;
}

/** The cell of every state, and how many columns and rows the grid has. */
export function placeCells(
  graph: FlowGraph,
  depth: Map<string, number>,
  maxRows: number,
): { cells: Map<string, Cell>; columns: number; rows: number } {
  const lanes = lanesOf(graph, depth);
  const intakeRows = Math.min(maxRows, Math.max(1, lanes.intake.length));
  const endingRows = Math.min(maxRows, Math.max(1, lanes.endings.length));
  const cellCount = lanes.chains.reduce((sum, chain) => sum + chain.length, 0);
  const longest = Math.max(0, ...lanes.chains.map((chain) => chain.length));
  const gridWidth = cellCount === 0 ? 0 : Math.max(longest, Math.ceil(cellCount / Math.max(intakeRows, endingRows)));
  const grid = packRows(lanes.chains, gridWidth);
  const cells = new Map<string, Cell>();
  let column = 0;
  for (const values of stack(lanes.intake, intakeRows)) {
    values.forEach((node, row) => cells.set(node.value, { column, row }));
    column++;
  }
  grid.forEach((values, row) =>
    values.forEach((node, index) => cells.set(node.value, { column: column + index, row })),
  );
  column += gridWidth;
  for (const values of stack(lanes.endings, endingRows)) {
    values.forEach((node, row) => cells.set(node.value, { column, row }));
    column++;
  }
  return { cells, columns: column, rows: Math.max(intakeRows, endingRows, grid.length) };
}
