/**
 * The chart's geometry: each state's box on the grid lanes.ts places it on, the edges routed
 * between them and what moves each state, said above it. Boxes sit on one grid of rows and
 * columns, so the gaps between columns and the channels between rows are free of nodes: edges run
 * only there, at right angles, and an edge never crosses a node. Edges that share a source with
 * many targets (a list of causes), or a target (every fix's "it helped"), share their trunk, as a
 * bus does.
 *
 * A general layered layout (dagre, elkjs) draws each of the ~120 edges of the largest flow apart:
 * its chart is about as wide as before, and fitted, its words too small to read (docs/decisions/0020).
 */
import type { FlowEdge, FlowGraph } from './flow-graph.js';
import { depthsOf, placeCells } from './lanes.js';
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

/**
 * What moves the conversation into each state, said once above it: what a person does first, and
 * of that the words that tell this state's way in apart ("Bad connection" before the "Yes, that's
 * it" that leads to every fix); then what the flow decides by itself (a diagnosis).
 */
function entryLabels(
  graph: FlowGraph,
  drawn: readonly FlowEdge[],
  boxes: ReadonlyMap<string, Box>,
  options: LayoutOptions,
  labelOf: (edge: FlowEdge) => string,
): EntryLabel[] {
  const said = new Map(drawn.map((edge) => [edge, labelOf(edge)]));
  const uses = new Map<string, number>();
  for (const label of said.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const rank = (edge: FlowEdge) => (edge.automatic ? drawn.length : 0) + uses.get(said.get(edge)!)!;
  return graph.nodes.flatMap((node) => {
    const incoming = drawn.filter((edge) => edge.target === node.value).sort((a, b) => rank(a) - rank(b));
    const words = [...new Set(incoming.map((edge) => said.get(edge)!).filter(Boolean))];
    if (words.length === 0) return [];
    const box = boxes.get(node.value)!;
    const full = words.join(' · ');
    const text = truncate(full, options.nodeWidth - 4, options.labelSize);
    return [{ target: node.value, x: box.x + 2, y: box.y - 4, text, full }];
  });
}

export function layoutGraph(graph: FlowGraph, overrides: Partial<LayoutOptions> = {}): Layout {
  const options = { ...defaultLayoutOptions, ...overrides };
  const { nodeWidth, nodeHeight, columnGap, rowGap } = options;
  const depth = depthsOf(graph);
  const { cells, columns, rows } = placeCells(graph, depth, options.maxRows);
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

  const labels = options.edgeLabel ? entryLabels(graph, drawn, boxes, options, options.edgeLabel) : [];

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
