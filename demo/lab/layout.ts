/**
 * Lays a flow chart out in three lanes that follow the shape every flow shares (src/engine/steps.ts):
 * on the left what leads to a fix (the error, the diagnosis, the lists of causes), in the middle
 * the fixes grouped in a grid (a fix with the questions it needs first, or the steps after it, on
 * one row), on the right the way to the ticket and the endings. Every node sits on one grid of
 * rows and columns, so the gaps between columns and the channels between rows are free of nodes:
 * edges run only there, at right angles, and an edge never crosses a node. Edges that share a
 * source with many targets (a list of causes), or a target (every fix's "it helped"), share their
 * trunk, as a bus does; what moves an edge is said once per target, above it.
 *
 * A general layered layout (dagre, elkjs) draws each of the ~120 edges of the largest flow apart:
 * its chart is about as wide as before, and fitted, its words too small to read (docs/decisions/0016).
 */
import type { FlowEdge, FlowGraph, FlowNode } from './flow-graph.js';
import { truncate, wrapText } from './text-fit.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  column: number;
  row: number;
  /** What the node says, wrapped to fit its box. */
  lines: string[];
  /** The state's id, cut to fit below them. */
  detail: string;
}

export interface RoutedEdge {
  source: string;
  target: string;
  /** SVG path data. */
  d: string;
  /** Goes back towards the start: a loop in the conversation ("try another cause"). */
  back: boolean;
}

/** What moves the conversation into a state, said once above it. */
export interface EntryLabel {
  target: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** As drawn, cut to the box's width... */
  text: string;
  /** ...and in full, for its title. */
  full: string;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Map<string, Box>;
  edges: RoutedEdge[];
  labels: EntryLabel[];
  options: LayoutOptions;
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Between columns: room for the edges' vertical runs. */
  columnGap: number;
  /** Between rows: room for an entry label and the edges' horizontal runs. */
  rowGap: number;
  /** Node text, and the state id below it. */
  fontSize: number;
  detailSize: number;
  labelSize: number;
  /** Inside a node, left and right. */
  padding: number;
  /** Most rows a lane of single states takes before it starts another column. */
  maxRows: number;
  /** What moves an edge, as a label; none when absent. */
  edgeLabel?: (edge: FlowEdge) => string;
}

export const defaultLayoutOptions: LayoutOptions = {
  nodeWidth: 152,
  nodeHeight: 54,
  columnGap: 44,
  rowGap: 24,
  fontSize: 13,
  detailSize: 10,
  labelSize: 10.5,
  padding: 8,
  maxRows: 8,
};

/** Lines of node text: two lines of what it says, then its id. */
export const summaryLines = 2;

/** The text line `index` (0-based) of a node sits this far below the box's top. */
export function lineY(index: number, options: LayoutOptions): number {
  return 6 + options.fontSize + index * (options.fontSize + 2);
}

export function detailY(options: LayoutOptions): number {
  return options.nodeHeight - 7;
}

/** The width a node's text may take: the box less its padding. */
export function textRoom(options: LayoutOptions): number {
  return options.nodeWidth - 2 * options.padding;
}

/** Each state's depth: one more than the deepest state leading to it, loops ignored. */
function depthsOf(graph: FlowGraph): Map<string, number> {
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

interface Cell {
  column: number;
  row: number;
}

function placeCells(lanes: Lanes, maxRows: number): { cells: Map<string, Cell>; columns: number; rows: number } {
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

/** Spreads the keys sharing a gap or channel over its width, so parallel runs stay apart. */
class Tracks {
  private readonly keys = new Map<string, string[]>();

  claim(place: string, key: string): void {
    const keys = this.keys.get(place) ?? [];
    if (!keys.includes(key)) keys.push(key);
    this.keys.set(place, keys);
  }

  /** The offset of `key` within a space of `size` px. */
  offset(place: string, key: string, size: number): number {
    const keys = this.keys.get(place) ?? [key];
    return ((keys.indexOf(key) + 1) * size) / (keys.length + 1);
  }
}

export function layoutGraph(graph: FlowGraph, overrides: Partial<LayoutOptions> = {}): Layout {
  const options = { ...defaultLayoutOptions, ...overrides };
  const { nodeWidth, nodeHeight, columnGap, rowGap } = options;
  const depth = depthsOf(graph);
  const { cells, columns, rows } = placeCells(lanesOf(graph, depth), options.maxRows);
  // Every column has a gap on its left (and the last one on its right), every row a channel above.
  const columnX = (column: number) => columnGap + column * (nodeWidth + columnGap);
  const rowY = (row: number) => rowGap + row * (nodeHeight + rowGap);

  const boxes = new Map<string, Box>();
  for (const node of graph.nodes) {
    const cell = cells.get(node.value)!;
    const text = node.summary ?? node.key;
    boxes.set(node.value, {
      x: columnX(cell.column),
      y: rowY(cell.row),
      width: nodeWidth,
      height: nodeHeight,
      column: cell.column,
      row: cell.row,
      lines: wrapText(text, textRoom(options), options.fontSize, summaryLines),
      detail: truncate(node.key, textRoom(options), options.detailSize),
    });
  }

  const drawn = graph.edges.filter((edge) => edge.source !== edge.target && boxes.has(edge.source));
  const fanOut = new Map<string, number>();
  for (const edge of drawn) fanOut.set(edge.source, (fanOut.get(edge.source) ?? 0) + 1);
  // A list's edges share their source's trunk; a single way on shares its target's.
  const trunk = (edge: FlowEdge) => (fanOut.get(edge.source)! >= 3 ? `from ${edge.source}` : `to ${edge.target}`);
  const exitGap = (source: Box, target: Box) => (target.column > source.column ? source.column + 1 : source.column);
  const straightDown = (source: Box, target: Box) => target.column === source.column && target.row === source.row + 1;

  const tracks = new Tracks();
  for (const edge of drawn) {
    const [source, target] = [boxes.get(edge.source)!, boxes.get(edge.target)!];
    if (straightDown(source, target)) continue;
    const exit = exitGap(source, target);
    tracks.claim(`gap ${exit}`, trunk(edge));
    if (exit !== target.column) {
      tracks.claim(`channel ${target.row}`, trunk(edge));
      tracks.claim(`gap ${target.column}`, `to ${edge.target}`);
    }
  }

  const gapX = (gap: number, key: string) => columnX(gap) - columnGap + tracks.offset(`gap ${gap}`, key, columnGap);
  const edges: RoutedEdge[] = drawn.map((edge) => {
    const [source, target] = [boxes.get(edge.source)!, boxes.get(edge.target)!];
    const back = depth.get(edge.target)! <= depth.get(edge.source)!;
    const sourceY = source.y + nodeHeight / 2;
    const targetY = target.y + nodeHeight / 2;
    if (straightDown(source, target)) {
      const x = source.x + nodeWidth / 2;
      return { source: edge.source, target: edge.target, back, d: `M${x},${source.y + nodeHeight} V${target.y}` };
    }
    const exit = exitGap(source, target);
    const startX = exit > source.column ? source.x + nodeWidth : source.x;
    const x1 = gapX(exit, trunk(edge));
    if (exit === target.column) {
      const d = `M${startX},${sourceY} H${x1} V${targetY} H${target.x}`;
      return { source: edge.source, target: edge.target, back, d };
    }
    const y = rowY(target.row) - rowGap + tracks.offset(`channel ${target.row}`, trunk(edge), rowGap * 0.45);
    const x2 = gapX(target.column, `to ${edge.target}`);
    const d = `M${startX},${sourceY} H${x1} V${y} H${x2} V${targetY} H${target.x}`;
    return { source: edge.source, target: edge.target, back, d };
  });

  const labels: EntryLabel[] = [];
  const labelOf = options.edgeLabel;
  if (labelOf) {
    const said = new Map(drawn.map((edge) => [edge, labelOf(edge)]));
    const uses = new Map<string, number>();
    for (const label of said.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
    for (const node of graph.nodes) {
      // What a person does first, and of that the words that tell this state's way in apart:
      // "Bad connection" before the "Yes, that's it" that leads to every fix; then what the flow
      // decides by itself (a diagnosis).
      const incoming = drawn.filter((edge) => edge.target === node.value);
      const rank = (edge: FlowEdge) => (edge.automatic ? drawn.length : 0) + uses.get(said.get(edge)!)!;
      incoming.sort((a, b) => rank(a) - rank(b));
      const words = [...new Set(incoming.map((edge) => said.get(edge)!).filter(Boolean))];
      if (words.length === 0) continue;
      const box = boxes.get(node.value)!;
      const full = words.join(' · ');
      labels.push({
        target: node.value,
        x: box.x + 2,
        y: box.y - 4,
        text: truncate(full, nodeWidth - 4, options.labelSize),
        full,
      });
    }
  }

  return {
    width: columnX(columns),
    height: rowY(rows),
    boxes,
    edges,
    labels,
    options,
  };
}

/** The scale at which a chart fits a `width` × `height` box (never above 1). */
export function fitScale(layout: Pick<Layout, 'width' | 'height'>, width: number, height: number): number {
  return Math.min(1, width / layout.width, height / layout.height);
}
