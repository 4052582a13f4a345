/** The error sandbox's words, in the two languages the demo pages speak (kept apart from strings.ts). */
import type { Evidence } from '../../src/diagnose/explain.js';
import type { PageLocale } from '../site/page-locale.js';
import type { ErrorReport } from './error-report.js';

export interface SandboxText {
  heading: string;
  intro: string;
  message: string;
  placeholder: string;
  code: string;
  codeHint: string;
  examples: string;
  loading: string;
  loadFailed: (message: string) => string;
  nothingYet: string;
  cause: string;
  confidence: string;
  verdicts: Record<ErrorReport['verdict'], string>;
  how: string;
  base: (confidence: string) => string;
  agreement: (bonus: string) => string;
  conflict: (factor: string, cause: string, confidence: string) => string;
  hostCodeWins: string;
  matched: string;
  hintKinds: Record<Evidence['kind'], string>;
  at: (start: number, end: number) => string;
  decides: string;
  saysNothing: string;
  noHints: string;
  routes: string;
  flow: string;
  goesTo: string;
  route: (state: string, kind: string) => string;
  confirm: (state: string, then: string, kind: string) => string;
  noRoute: (cause: string, state: string) => string;
  notRecognised: (state: string) => string;
  noDiagnosis: string;
  triage: string;
  triageOpens: (flow: string) => string;
  triagePicks: string;
  gaps: string;
  gapsIntro: string;
  noGaps: string;
  gapsNoDiagnosis: string;
}

const en: SandboxText = {
  heading: 'Error sandbox',
  intro:
    'Paste an error message as a person would (Chinese or English, with or without a code) to see what the widget reads in it and where each flow sends it.',
  message: 'Error message',
  placeholder: 'e.g. Do not honour (05)',
  code: 'Code the page passed',
  codeHint: 'optional, as the error-code attribute',
  examples: 'Try',
  loading: 'Loading the flows…',
  loadFailed: (message) => `Could not load the flows: ${message}`,
  nothingYet: 'Paste a message to see how it is read.',
  cause: 'Cause',
  confidence: 'Confidence',
  verdicts: {
    confident: 'confident: each flow goes straight to its route',
    suspected: 'only suspected: the person is asked “Is that it?” first',
    'not-recognised': 'not recognised: each flow asks the person to pick from a list',
  },
  how: 'How',
  base: (confidence) => `${confidence} from the deciding hint`,
  agreement: (bonus) => `+${bonus}: hints at two places agree`,
  conflict: (factor, cause, confidence) => `× ${factor}: ${cause} (${confidence}) is about as likely`,
  hostCodeWins: 'The page’s code decides on its own: the text is not weighed.',
  matched: 'What matched',
  hintKinds: { code: 'code', phrase: 'phrase', 'host-code': 'page’s code' },
  at: (start, end) => `characters ${start + 1}–${end}`,
  decides: 'decides',
  saysNothing: 'says nothing of the cause',
  noHints: 'Nothing in the message points to a cause.',
  routes: 'Where each flow sends it',
  flow: 'Flow',
  goesTo: 'Goes to',
  route: (state, kind) => `${state} (${kind})`,
  confirm: (state, then, kind) => `${state}, then ${then} (${kind}) on “yes”`,
  noRoute: (cause, state) => `no route for ${cause}: falls back to ${state}`,
  notRecognised: (state) => `not recognised: falls back to ${state}`,
  noDiagnosis: 'asks for no error: takes the description to the ticket',
  triage: 'As the first message (no problem chosen)',
  triageOpens: (flow) => `the triage opens ${flow}`,
  triagePicks: 'the triage cannot place it: the person picks a problem from the list',
  gaps: 'Recognised causes with no route',
  gapsIntro: 'An error with a cause listed here lands on that flow’s generic list.',
  noGaps: 'none: every recognised cause has a route',
  gapsNoDiagnosis: 'diagnoses nothing: takes the description to the ticket',
};

const zhCN: SandboxText = {
  heading: '错误信息沙盒',
  intro:
    '像用户那样粘贴一条错误信息（中文或英文，带不带错误码都可以），看看组件从中读出了什么，以及每个流程会把它带到哪里。',
  message: '错误信息',
  placeholder: '例如：不予承兑 (05)',
  code: '页面传入的错误码',
  codeHint: '可选，相当于 error-code 属性',
  examples: '试试',
  loading: '正在加载流程…',
  loadFailed: (message) => `无法加载流程：${message}`,
  nothingYet: '粘贴一条信息，即可看到它如何被解读。',
  cause: '原因',
  confidence: '置信度',
  verdicts: {
    confident: '确定：每个流程直接进入对应的路由',
    suspected: '仅为疑似：先问用户“是这个原因吗？”',
    'not-recognised': '无法识别：每个流程请用户从列表中选择',
  },
  how: '计算过程',
  base: (confidence) => `决定性线索 ${confidence}`,
  agreement: (bonus) => `+${bonus}：两处线索一致`,
  conflict: (factor, cause, confidence) => `× ${factor}：${cause}（${confidence}）的可能性相近`,
  hostCodeWins: '页面传入的错误码单独决定结果，不再参考文字。',
  matched: '匹配到的内容',
  hintKinds: { code: '错误码', phrase: '短语', 'host-code': '页面错误码' },
  at: (start, end) => `第 ${start + 1}–${end} 个字符`,
  decides: '决定结果',
  saysNothing: '不说明原因',
  noHints: '信息中没有指向任何原因的内容。',
  routes: '每个流程会去哪里',
  flow: '流程',
  goesTo: '去向',
  route: (state, kind) => `${state}（${kind}）`,
  confirm: (state, then, kind) => `${state}，用户答“是”后到 ${then}（${kind}）`,
  noRoute: (cause, state) => `${cause} 没有路由：退回到 ${state}`,
  notRecognised: (state) => `无法识别：退回到 ${state}`,
  noDiagnosis: '不询问错误信息：把描述带到工单',
  triage: '作为第一句话（尚未选择问题）',
  triageOpens: (flow) => `分诊打开 ${flow}`,
  triagePicks: '分诊无法判断：请用户从列表中选择问题',
  gaps: '已识别但没有路由的原因',
  gapsIntro: '列在这里的原因，在该流程中会落到通用列表。',
  noGaps: '无：每个已识别的原因都有路由',
  gapsNoDiagnosis: '不做诊断：把描述带到工单',
};

export const sandboxText: Record<PageLocale, SandboxText> = { en, 'zh-CN': zhCN };
