/** The lab's own words, in the two languages the demo pages speak. */
import type { PageLocale } from '../site/page-locale.js';
import type { PaymentMethod } from '../../src/engine/context.js';
import type { Locale } from '../../src/diagnose/types.js';
import type { AnswerKind } from '../../src/engine/context.js';
import type { NodeKind } from './flow-graph.js';
import type { TextRole, TranslationMark } from './state-texts.js';

export interface LabText {
  title: string;
  tagline: string;
  setup: {
    heading: string;
    flow: string;
    askFirst: string;
    notBuilt: string;
    language: string;
    host: string;
    hostHint: string;
    nothingKnown: string;
    amount: string;
    currency: string;
    time: string;
    errorCode: string;
    errorMessage: string;
    merchant: string;
    orderId: string;
    paymentMethod: string;
    paymentMethods: Record<PaymentMethod, string>;
    notKnown: string;
    supportPhone: string;
    presets: string;
    presetNames: { blank: string; balance: string; timeout: string; maintenance: string };
    restart: string;
    exportTranscript: string;
    nothingToExport: string;
  };
  chart: {
    heading: (flow: string) => string;
    name: (flow: string) => string;
    description: (states: number, active?: string) => string;
    current: string;
    none: string;
    zoom: string;
    fit: string;
    actualSize: string;
    waiting: string;
    legend: string;
    kinds: Record<NodeKind, string>;
    answer: string;
    submit: string;
    otherwise: string;
    known: (fact: string) => string;
    cause: (cause: string) => string;
    suspected: (cause: string) => string;
    /** A condition on the conversation so far (guard name and params from the machine). */
    condition: (guard: string, params?: Record<string, unknown>) => string;
    /** Edge labels, short: what moves the conversation on. */
    helped: string;
    notHelped: string;
    typed: (answer?: AnswerKind) => string;
    alreadyKnown: string;
    diagnosed: (cause: string) => string;
    suspectedCause: string;
    /** What a state that says nothing does. */
    silent: { diagnose: string; router: string; deadline: string; auto: string };
  };
  workbench: {
    heading: string;
    intro: string;
    state: string;
    current: string;
    selected: string;
    none: string;
    noTexts: string;
    /** Column heads: the language each column is in. */
    locales: Record<Locale, string>;
    role: string;
    roles: Record<TextRole, string>;
    marks: Record<TranslationMark, string>;
    marksHint: string;
  };
  paths: {
    heading: (count: number) => string;
    intro: string;
    filter: string;
    allEndings: string;
    resolvedBy: (fix: string) => string;
    ticket: string;
    ticketAfter: (fixes: string) => string;
    replay: string;
    replayName: (index: number) => string;
    replaying: (step: number, total: number) => string;
    reached: (state: string) => string;
    failed: (message: string) => string;
    stop: string;
    speed: string;
    speeds: (speed: number) => string;
    loading: string;
    noFlow: string;
    empty: string;
    steps: (count: number) => string;
  };
  log: { heading: (count: number) => string; clear: string; empty: string; details: string };
  ticket: {
    heading: string;
    empty: string;
    copy: string;
    copied: string;
    copyFailed: string;
    download: string;
  };
  saveTest: {
    button: string;
    saved: (name: string, copied: boolean) => string;
    nothing: string;
    differs: (detail: string) => string;
  };
}

const en: LabText = {
  title: 'Flow lab',
  tagline: 'Pick a flow, see its whole shape, and walk any path through the live widget.',
  setup: {
    heading: 'Set up the widget',
    flow: 'Flow',
    askFirst: 'Ask what went wrong first',
    notBuilt: 'not built yet',
    language: 'Widget language',
    host: 'What the host page knows',
    hostHint: 'Anything filled in here is passed to the widget and never asked again.',
    nothingKnown: 'nothing yet: the widget asks for everything',
    amount: 'Amount',
    currency: 'Currency',
    time: 'Time',
    errorCode: 'Error code',
    errorMessage: 'Error message',
    merchant: 'Merchant',
    orderId: 'Order ID',
    paymentMethod: 'Paid with',
    paymentMethods: {
      balance: 'Wallet balance',
      'debit-card': 'Debit card',
      'credit-card': 'Credit card',
      'e-cny': 'e-CNY wallet',
    },
    notKnown: 'Not known',
    supportPhone: 'Support hotline',
    presets: 'Presets',
    presetNames: {
      blank: 'Nothing known',
      balance: 'Declined: balance (51)',
      timeout: 'Timed out (68)',
      maintenance: 'System busy (96)',
    },
    restart: 'Restart widget',
    exportTranscript: 'Export transcript',
    nothingToExport: 'The conversation is empty: nothing to export yet.',
  },
  chart: {
    heading: (flow) => `State chart · ${flow}`,
    name: (flow) => `State chart of the ${flow} flow`,
    description: (states, active) =>
      `${states} states. ${active ? `Current state: ${active}.` : 'No state is active.'}`,
    current: 'Current state',
    none: 'none yet',
    zoom: 'Chart size',
    fit: 'Fit',
    actualSize: '100%',
    waiting: 'Choose a problem in the widget, or pick a flow above, to see its chart.',
    legend: 'Legend',
    kinds: {
      answer: 'asks',
      choice: 'choice',
      outcome: 'fix',
      ticket: 'ticket form',
      done: 'ending',
      auto: 'automatic',
      explain: 'explains',
    },
    answer: 'the user answers',
    submit: 'the ticket is submitted',
    otherwise: 'otherwise',
    known: (fact) => `${fact} already known (or not remembered)`,
    cause: (cause) => `diagnosed: ${cause}`,
    suspected: (cause) => `suspected: ${cause}, the user is asked`,
    condition: (guard, params) => {
      switch (guard) {
        case 'hasTriedAtLeast':
          return `${String(params?.count)} or more fixes tried`;
        case 'isMoneyBackOverdue':
          return `the date the money should be back has passed (${String(params?.case)})`;
        default:
          return params ? `${guard} ${JSON.stringify(params)}` : guard;
      }
    },
    helped: 'it helped',
    notHelped: 'it did not help',
    typed: (answer) =>
      answer === 'time' ? 'typed a time' : answer === 'amount' ? 'typed an amount' : 'typed an answer',
    alreadyKnown: 'already known',
    diagnosed: (cause) => `diagnosed ${cause}`,
    suspectedCause: 'a suspected cause',
    silent: {
      diagnose: 'Reads the error message and picks the way on',
      router: 'Two fixes tried? Then the ticket comes first',
      deadline: 'Should the money be back by now?',
      auto: 'Moves on by itself',
    },
  },
  workbench: {
    heading: 'Texts of a state',
    intro: 'Click a state in the chart, or pick one here; without a choice, the conversation’s current state.',
    state: 'State',
    current: 'current state',
    selected: 'selected',
    none: 'No state yet: pick one.',
    noTexts: 'This state says nothing of its own: it decides where to go next.',
    locales: { 'zh-CN': 'Simplified Chinese (zh-CN)', en: 'English (en)', 'zh-TW': 'Traditional Chinese (zh-TW)' },
    role: 'Text',
    roles: {
      says: 'Says',
      asks: 'Asks',
      placeholder: 'Placeholder',
      choice: 'Button',
      suggestion: 'Quick answer',
      title: 'Title in the ticket',
    },
    marks: { missing: 'missing', unchanged: 'not translated' },
    marksHint: 'Marked: a translation that is missing, or still the same as the text it was made from.',
  },
  paths: {
    heading: (count) => `Paths (${count})`,
    intro: 'Every way through the flow with the setup above. Replay one to watch the widget walk it.',
    filter: 'Filter paths',
    allEndings: 'All endings',
    resolvedBy: (fix) => `Solved by ${fix}`,
    ticket: 'Ends in a ticket',
    ticketAfter: (fixes) => `ticket after ${fixes}`,
    replay: 'Replay',
    replayName: (index) => `Replay path ${index}`,
    replaying: (step, total) => `Replaying: step ${step} of ${total}`,
    reached: (state) => `Reached ${state}`,
    failed: (message) => `Replay stopped: ${message}`,
    stop: 'Stop',
    speed: 'Replay speed',
    speeds: (speed) => (speed === 0 ? 'No pauses' : `${speed}×`),
    loading: 'Finding paths…',
    noFlow: 'Pick a flow to list its paths.',
    empty: 'No path matches.',
    steps: (count) => (count === 1 ? '1 step' : `${count} steps`),
  },
  log: {
    heading: (count) => `Event log (${count})`,
    clear: 'Clear',
    empty: 'Events the widget dispatches appear here.',
    details: 'Details',
  },
  ticket: {
    heading: 'Last ticket',
    empty: 'No ticket yet. Replay a path that ends in a ticket, or file one in the widget.',
    copy: 'Copy JSON',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    download: 'Download .json',
  },
  saveTest: {
    button: 'Save as test',
    saved: (name, copied) =>
      `Saved ${name}${copied ? ' (also copied)' : ''}: put it in test/transcripts/ and npm test replays it.`,
    nothing: 'Nothing to save yet: answer at least one question in the widget first.',
    differs: (detail) => `Not saved: the conversation does not replay to where the widget is (${detail}).`,
  },
};

const zhCN: LabText = {
  title: '流程实验室',
  tagline: '选择一个流程，查看它的完整结构，并在实时组件中走通任意一条路径。',
  setup: {
    heading: '设置组件',
    flow: '流程',
    askFirst: '先询问遇到了什么问题',
    notBuilt: '尚未完成',
    language: '组件语言',
    host: '宿主页面已知的信息',
    hostHint: '这里填写的内容会传给组件，不会再向用户询问。',
    nothingKnown: '暂无：组件会逐一询问',
    amount: '金额',
    currency: '币种',
    time: '时间',
    errorCode: '错误码',
    errorMessage: '错误信息',
    merchant: '商户',
    orderId: '订单号',
    paymentMethod: '付款方式',
    paymentMethods: { balance: '钱包余额', 'debit-card': '储蓄卡', 'credit-card': '信用卡', 'e-cny': '数字人民币钱包' },
    notKnown: '未知',
    supportPhone: '客服热线',
    presets: '预设',
    presetNames: {
      blank: '什么都不知道',
      balance: '拒付：余额不足 (51)',
      timeout: '交易超时 (68)',
      maintenance: '系统繁忙 (96)',
    },
    restart: '重启组件',
    exportTranscript: '导出对话记录',
    nothingToExport: '对话还是空的，暂时没有可导出的内容。',
  },
  chart: {
    heading: (flow) => `状态图 · ${flow}`,
    name: (flow) => `${flow} 流程的状态图`,
    description: (states, active) => `共 ${states} 个状态。${active ? `当前状态：${active}。` : '当前没有活动状态。'}`,
    current: '当前状态',
    none: '暂无',
    zoom: '图表大小',
    fit: '适应宽度',
    actualSize: '100%',
    waiting: '在组件中选择一个问题，或在上方选择流程，即可看到状态图。',
    legend: '图例',
    kinds: {
      answer: '提问',
      choice: '选择',
      outcome: '解决办法',
      ticket: '工单',
      done: '结束',
      auto: '自动',
      explain: '说明',
    },
    answer: '用户回答',
    submit: '提交工单',
    otherwise: '其他情况',
    known: (fact) => `已知 ${fact}（或用户不记得）`,
    cause: (cause) => `诊断为 ${cause}`,
    suspected: (cause) => `疑似 ${cause}，请用户确认`,
    condition: (guard, params) => {
      switch (guard) {
        case 'hasTriedAtLeast':
          return `已尝试 ${String(params?.count)} 种以上办法`;
        case 'isMoneyBackOverdue':
          return `预计退回日期已过（${String(params?.case)}）`;
        default:
          return params ? `${guard} ${JSON.stringify(params)}` : guard;
      }
    },
    helped: '解决了',
    notHelped: '没有解决',
    typed: (answer) => (answer === 'time' ? '输入时间' : answer === 'amount' ? '输入金额' : '输入回答'),
    alreadyKnown: '已知',
    diagnosed: (cause) => `诊断为 ${cause}`,
    suspectedCause: '疑似原因',
    silent: {
      diagnose: '读取错误信息，决定下一步',
      router: '已试过两种办法？先提供工单',
      deadline: '钱现在应该已经退回了吗？',
      auto: '自动进入下一步',
    },
  },
  workbench: {
    heading: '状态的文字',
    intro: '在状态图中点击一个状态，或在这里选择；未选择时显示对话的当前状态。',
    state: '状态',
    current: '当前状态',
    selected: '已选择',
    none: '还没有状态：请选择一个。',
    noTexts: '这个状态自己不说话，只决定下一步去哪里。',
    locales: { 'zh-CN': '简体中文 (zh-CN)', en: '英文 (en)', 'zh-TW': '繁体中文 (zh-TW)' },
    role: '文字',
    roles: {
      says: '说明',
      asks: '提问',
      placeholder: '输入提示',
      choice: '按钮',
      suggestion: '快捷回答',
      title: '工单中的标题',
    },
    marks: { missing: '缺失', unchanged: '未翻译' },
    marksHint: '标记：缺失的翻译，或与原文完全相同的翻译。',
  },
  paths: {
    heading: (count) => `路径（${count}）`,
    intro: '按上面的设置，流程中的每一条路径。点击重放，即可看到组件一步步走完。',
    filter: '筛选路径',
    allEndings: '全部结局',
    resolvedBy: (fix) => `由 ${fix} 解决`,
    ticket: '以工单结束',
    ticketAfter: (fixes) => `尝试 ${fixes} 后提交工单`,
    replay: '重放',
    replayName: (index) => `重放路径 ${index}`,
    replaying: (step, total) => `正在重放：第 ${step} / ${total} 步`,
    reached: (state) => `已到达 ${state}`,
    failed: (message) => `重放中止：${message}`,
    stop: '停止',
    speed: '重放速度',
    speeds: (speed) => (speed === 0 ? '不停顿' : `${speed}×`),
    loading: '正在查找路径…',
    noFlow: '选择一个流程即可列出它的路径。',
    empty: '没有匹配的路径。',
    steps: (count) => `${count} 步`,
  },
  log: {
    heading: (count) => `事件日志（${count}）`,
    clear: '清空',
    empty: '组件派发的事件会显示在这里。',
    details: '详情',
  },
  ticket: {
    heading: '最新工单',
    empty: '还没有工单。重放一条以工单结束的路径，或在组件中提交一张。',
    copy: '复制 JSON',
    copied: '已复制到剪贴板。',
    copyFailed: '无法复制：请手动选择文本复制。',
    download: '下载 .json',
  },
  saveTest: {
    button: '保存为测试',
    saved: (name, copied) =>
      `已保存 ${name}${copied ? '（也已复制）' : ''}：放进 test/transcripts/，npm test 就会重放它。`,
    nothing: '还没有可保存的内容：请先在组件中回答至少一个问题。',
    differs: (detail) => `未保存：这段对话重放后没有停在组件现在的位置（${detail}）。`,
  },
};

export const labText: Record<PageLocale, LabText> = { en, 'zh-CN': zhCN };
