/** The words of the lab's analytics (the import card, the chart's figures), in the demo pages' two languages. */
import type { PageLocale } from '../site/page-locale.js';

export interface AnalyticsText {
  heading: string;
  intro: string;
  choose: string;
  drop: string;
  loadSample: string;
  loading: string;
  /** What was read: from which file, how many conversations. */
  loaded: (source: string, events: number, conversations: number) => string;
  /** Lines that are not events: counted, never fatal. */
  badLines: (count: number, first: number) => string;
  unreadable: (source: string) => string;
  noEvents: string;
  clear: string;
  version: string;
  /** The version the lab's flow runs now. */
  running: (version: string) => string;
  noFigures: (flow: string) => string;
  summary: {
    conversations: string;
    resolved: string;
    tickets: string;
    unfinished: string;
    helpful: string;
  };
  fixes: { heading: string; fix: string; reached: string; solved: string; rate: string; helpful: string };
  /** The figures on a chart node. */
  node: {
    reached: (count: number) => string;
    stopped: (count: number) => string;
    solved: (rate: string) => string;
    title: (reached: number, stopped: number, solved?: string) => string;
  };
  paths: { sort: string; byEnding: string; byTaken: string; taken: (count: number) => string };
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
export { percent };

const en: AnalyticsText = {
  heading: 'How the flows do',
  intro:
    'Import an analytics export: JSON lines of the widget’s events as your page recorded them, {"type", "time", "detail"}. Figures are kept per flow version.',
  choose: 'Import an export',
  drop: 'or drop a .jsonl file here',
  loadSample: 'Load the sample',
  loading: 'Reading…',
  loaded: (source, events, conversations) => `${source}: ${events} events, ${conversations} conversations.`,
  badLines: (count, first) =>
    `${count} ${count === 1 ? 'line was' : 'lines were'} not an event and ${count === 1 ? 'was' : 'were'} left out (the first is line ${first}).`,
  unreadable: (source) => `${source} could not be read. Is it a text file of JSON lines?`,
  noEvents: 'No events in this file: each line should be {"type": "wallet-support-…", "time": "…", "detail": {…}}.',
  clear: 'Clear',
  version: 'Flow version',
  running: (version) => `${version} (running now)`,
  noFigures: (flow) => `The export has no conversations in ${flow}.`,
  summary: {
    conversations: 'Conversations',
    resolved: 'Solved by a fix',
    tickets: 'Ended in a ticket',
    unfinished: 'Stopped',
    helpful: 'Rated helpful',
  },
  fixes: {
    heading: 'Fixes',
    fix: 'Fix',
    reached: 'Reached',
    solved: 'Solved',
    rate: 'Solved rate',
    helpful: 'Rated helpful when solved',
  },
  node: {
    reached: (count) => `${count}`,
    stopped: (count) => `${count} left`,
    solved: (rate) => `✓ ${rate}`,
    title: (reached, stopped, solved) =>
      `${reached} conversations reached this state; ${stopped} stopped here${solved ? `; solved ${solved} of those who answered` : ''}`,
  },
  paths: {
    sort: 'Order',
    byEnding: 'By ending',
    byTaken: 'Most taken first',
    taken: (count) => `taken ${count}×`,
  },
};

const zhCN: AnalyticsText = {
  heading: '流程表现',
  intro: '导入分析数据：宿主页面记录的组件事件，每行一个 JSON，{"type", "time", "detail"}。数据按流程版本分开统计。',
  choose: '导入数据',
  drop: '或把 .jsonl 文件拖到这里',
  loadSample: '加载示例数据',
  loading: '读取中…',
  loaded: (source, events, conversations) => `${source}：${events} 个事件，${conversations} 次对话。`,
  badLines: (count, first) => `有 ${count} 行不是事件，已跳过（第一处在第 ${first} 行）。`,
  unreadable: (source) => `${source} 无法读取。它是每行一个 JSON 的文本文件吗？`,
  noEvents: '文件里没有事件：每行应为 {"type": "wallet-support-…", "time": "…", "detail": {…}}。',
  clear: '清除',
  version: '流程版本',
  running: (version) => `${version}（当前版本）`,
  noFigures: (flow) => `数据中没有 ${flow} 的对话。`,
  summary: {
    conversations: '对话数',
    resolved: '已由方案解决',
    tickets: '转为工单',
    unfinished: '中途离开',
    helpful: '评价有帮助',
  },
  fixes: {
    heading: '解决方案',
    fix: '方案',
    reached: '到达',
    solved: '已解决',
    rate: '解决率',
    helpful: '解决后评价有帮助',
  },
  node: {
    reached: (count) => `${count}`,
    stopped: (count) => `${count} 离开`,
    solved: (rate) => `✓ ${rate}`,
    title: (reached, stopped, solved) =>
      `${reached} 次对话到达此状态；${stopped} 次在此离开${solved ? `；回答者中 ${solved} 已解决` : ''}`,
  },
  paths: { sort: '排序', byEnding: '按结局', byTaken: '按走过次数', taken: (count) => `走过 ${count} 次` },
};

export const analyticsText: Record<PageLocale, AnalyticsText> = { en, 'zh-CN': zhCN };
