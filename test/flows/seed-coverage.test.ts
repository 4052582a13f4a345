/**
 * Every cause and remedy named in the five source articles (the seeds docs/domain.md cites, quoted here in Chinese) maps to
 * the flow state that gives its remedy. Each row checks that the state exists, that users can
 * reach it, and that what it says names the remedy, in Chinese and in English. Removing or
 * rewording a state fails its row.
 */
import type { AnyStateMachine } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { loadErrorReader } from '../../src/engine/error-reading.js';
import { flowSetup, initialContext } from '../../src/engine/flow-setup.js';
import type { ProblemId } from '../../src/shared/problems.js';
import { fix, resolved, ticket, ticketFiled, TICKET } from '../../src/engine/steps.js';
import { t } from '../../src/engine/text.js';
import { explore, hostInputs, loadAllFlows } from './graph.js';
import { saidOnEntry } from './texts.js';

vi.mock('../../src/diagnose/classify.js', async () => ({
  classifyError: (await import('./fake-classifier.js')).fakeClassifyError,
}));
// The flows read an error with the classifier the session loads before they need it (docs/decisions/0021);
// here it is loaded before any flow runs, and it is the fake one above.
await loadErrorReader();

interface Row {
  seed: '000' | '001' | '002' | '003' | '004' | 'domain';
  /** The cause or remedy as the seed names it. */
  phrase: string;
  flow: ProblemId;
  state: string;
  /** What the state must say, in zh-CN and in en (a substring, case-insensitive for en). */
  zh: string;
  en: string;
}

const row = (seed: Row['seed'], phrase: string, flow: ProblemId, state: string, zh: string, en: string): Row => ({
  seed,
  phrase,
  flow,
  state,
  zh,
  en,
});

const table: Row[] = [
  // 000: payment failures, security, complaints.
  row('000', '网络中断…信号不稳定', 'payment-failed', 'fixingNetwork', '切换', 'switch between wi-fi and mobile data'),
  row('000', '余额不足', 'payment-failed', 'fixingBalance', '可用余额', 'available balance'),
  row('000', '未能完成这些安全验证', 'payment-failed', 'fixingVerification', '重新登录', 'log in again'),
  row(
    '000',
    '设备存在安全隐患…被系统自动拦截',
    'payment-failed',
    'fixingRiskControl',
    '确认设备安全',
    'device is safe',
  ),
  row('000', '商家…没有集成某一特定的数字钱包', 'payment-failed', 'fixingMerchant', '付款方式', 'payment methods'),
  row('000', '系统维护或更新…耐心等待', 'payment-failed', 'fixingMaintenance', '维护通知', 'maintenance is over'),
  row('000', '保持应用更新', 'payment-failed', 'fixingApp', '最新版本', 'latest version'),
  row('000', '避免在公共Wi-Fi下进行大额交易', 'payment-failed', 'fixingNetwork', '公共 Wi-Fi', 'public wi-fi'),
  row('000', '启用双重身份验证', 'funds-missing', 'securingAccount', '双重验证', 'two-factor authentication'),
  row('000', '定期检查交易记录', 'funds-missing', 'reviewingRecords', '交易记录', 'transaction records'),
  row('000', '使用强密码', 'bank-wallet-payment-failed', 'fixingPassword', '不要用生日', 'birthday'),
  // Facts that change no advice are asked on the way to the ticket (engine/steps.ts `endings`).
  row('000', '提供必要信息，如交易时间', 'payment-failed', 'askingTicketTime', '什么时候', 'when did it happen'),
  row('000', '提供必要信息，如…金额', 'payment-failed', 'askingTicketAmount', '金额', 'what was the amount'),
  row(
    '000',
    '提供必要信息，如…支付方式',
    'payment-failed',
    'askingTicketPaymentMethod',
    '用什么付',
    'what did you pay with',
  ),
  row('000', '联系客服进行咨询', 'payment-failed', 'reviewingTicket', '客服', 'agent'),
  row('000', '联系客服进行咨询', 'other', 'askingDescription', '客服', 'support team'),
  // docs/domain.md §7: the regulators' consumer hotlines, as funds-missing's last word.
  row('000', '向相关的消费维权组织投诉', 'funds-missing', 'ticketFiled', '12363', 'consumer hotline'),
  // 001: card binding, lost money.
  row('001', '输入的卡号、有效期、CVV等信息有误', 'card-binding-failed', 'fixingCardDetails', '有效期', 'expiry date'),
  row('001', '持卡人姓名…完全一致', 'card-binding-failed', 'fixingCardDetails', '完全一致', 'exactly'),
  row(
    '001',
    '新发行的银行卡或者有异常消费记录的卡',
    'card-binding-failed',
    'fixingBankRestriction',
    '背面的客服电话',
    'number on the back',
  ),
  row(
    '001',
    '数字钱包平台本身可能由于系统维护、故障或升级',
    'card-binding-failed',
    'fixingPlatform',
    '公告',
    'announcements',
  ),
  row('001', '不稳定的网络连接…尽量使用Wi-Fi', 'card-binding-failed', 'fixingNetwork', 'Wi-Fi', 'wi-fi'),
  row('001', '账户未激活或信息不完整', 'card-binding-failed', 'fixingAccount', '实名认证', 'identity-verification'),
  row(
    '001',
    '身份证明文件的上传和绑定手机号码的验证',
    'card-binding-failed',
    'fixingAccount',
    '上传身份证件',
    'upload your id',
  ),
  row('001', '了解其是否支持绑卡功能', 'card-binding-failed', 'fixingFindOption', '功能介绍', 'features page'),
  row(
    '001',
    '不同的数字钱包其功能和服务范围可能存在较大差异',
    'card-binding-failed',
    'fixingUnsupportedCard',
    '支持的银行和卡种',
    'supported banks and card types',
  ),
  row(
    '001',
    '保存好操作记录…及时联系客户服务',
    'card-binding-failed',
    'fixingFindOption',
    '截图保存',
    'keep screenshots',
  ),
  row('001', '立即查看交易记录', 'funds-missing', 'reviewingRecords', '逐笔查看交易记录', 'transaction records'),
  row('001', '立即更改密码并启用账户保护措施', 'funds-missing', 'securingAccount', '立即修改', 'change'),
  row('001', '冻结账户', 'funds-missing', 'securingAccount', '冻结账户', 'freeze the account'),
  row(
    '001',
    '联系数字钱包的客服并报告情况',
    'funds-missing',
    'reportingTheft',
    '报告给钱包客服',
    "report it to the wallet's support",
  ),
  row('001', '联系银行客服…协助追回丢失的资金', 'funds-missing', 'reportingTheft', '联系银行', 'call your bank'),
  row('001', '两步验证、指纹解锁、面部识别', 'funds-missing', 'securingAccount', '双重验证', 'two-factor'),
  // 002: activation.
  row('002', '填写的信息不完整或存在错误', 'activation-failed', 'fixingIdentityData', '必填', 'required field'),
  row('002', '重启开通流程', 'activation-failed', 'fixingIdentityData', '从头重新填写', 'start again'),
  row('002', '人脸识别…摄像头未对准', 'activation-failed', 'fixingVerification', '正对摄像头', 'face the camera'),
  row('002', '环境光线不足或角度不当', 'activation-failed', 'fixingVerification', '光线充足', 'good light'),
  row(
    '002',
    '短信验证码…在规定的时间内完成',
    'activation-failed',
    'fixingVerification',
    '规定时间内',
    'within the time allowed',
  ),
  row('002', '服务平台正在进行维护或升级', 'activation-failed', 'fixingPlatform', '维护公告', 'help centre'),
  row('002', '网络不稳定', 'activation-failed', 'fixingNetwork', '切换', 'switch'),
  row(
    '002',
    '每个手机号或身份证只能注册一次',
    'activation-failed',
    'fixingAlreadyRegistered',
    '换一个手机号',
    'another phone number',
  ),
  row(
    '002',
    '确保未在其他设备上用相同的信息开通过钱包',
    'activation-failed',
    'fixingAlreadyRegistered',
    '另一部手机',
    'another phone',
  ),
  row('002', '设备在兼容性上也可能存在问题', 'activation-failed', 'fixingDevice', '换一部手机', 'try another phone'),
  row('002', '避免在公共网络环境下进行操作', 'activation-failed', 'fixingNetwork', '不要用公共 Wi-Fi', 'public wi-fi'),
  row('002', '拨打客户服务热线', 'activation-failed', 'fixingAccountRestricted', '客服热线', 'hotline'),
  // 003: top-up.
  row('003', '银行卡可能被锁定', 'top-up-failed', 'fixingCardStatus', '解锁', 'unlock'),
  row('003', '卡片过期或损坏', 'top-up-failed', 'fixingCardStatus', '换卡', 'replacement'),
  row('003', '余额不足', 'top-up-failed', 'fixingBankBalance', '可用余额', 'available balance'),
  row('003', '与数字钱包绑定不正确', 'top-up-failed', 'fixingBinding', '重新绑定', 'link it again'),
  row('003', '系统维护、更新或者服务器宕机', 'top-up-failed', 'fixingMaintenance', '公告', 'announcements'),
  row('003', '网络不稳定…尝试切换网络环境', 'top-up-failed', 'fixingNetwork', '切换', 'switch'),
  row('003', '避免高峰时段…重启路由器', 'top-up-failed', 'fixingNetwork', '高峰', 'peak hours'),
  row('003', '未能通过身份验证…重新验证', 'top-up-failed', 'fixingIdentity', '重新发起验证', 'start the check again'),
  row('003', '银行限制…对电子支付交易有限制', 'top-up-failed', 'fixingBankRestriction', '限制', 'restrict'),
  row('003', '提供…充值时间、金额、错误信息', 'top-up-failed', 'askingError', '提示', 'what did the app say'),
  row('003', '注意系统更新…更新到最新版本', 'top-up-failed', 'fixingApp', '最新版本', 'latest version'),
  row(
    '003',
    '注意钓鱼信息…避免点击未知来源的链接',
    'top-up-failed',
    'fixingPendingTopUp',
    '发链接',
    'never follow a link',
  ),
  // 004: the ICBC e-CNY wallet.
  row('004', '网络问题…Wi-Fi或4G网络', 'bank-wallet-payment-failed', 'fixingNetwork', '4G', '4g'),
  row(
    '004',
    '账户余额不足…银行转账',
    'bank-wallet-payment-failed',
    'fixingWalletBalance',
    '从手机银行转入',
    'transfer in from mobile banking',
  ),
  row('004', '账户余额不足…现金充值', 'bank-wallet-payment-failed', 'fixingWalletBalance', 'ATM', 'deposit cash'),
  row('004', '支付限额问题…申请提高支付限额', 'bank-wallet-payment-failed', 'fixingWalletLimit', '升级钱包', 'upgrade'),
  row('004', '支付限额', 'payment-failed', 'fixingLimit', '限额', 'limit'),
  row(
    '004',
    '系统故障…关注官方公众号',
    'bank-wallet-payment-failed',
    'fixingMaintenance',
    '公众号',
    'official account',
  ),
  row(
    '004',
    '身份验证问题…更新相关信息',
    'bank-wallet-payment-failed',
    'fixingVerification',
    '先在 App 里更新',
    'update it in the app',
  ),
  row('004', '记录错误信息', 'bank-wallet-payment-failed', 'askingError', '照原样', 'copy it exactly'),
  row(
    '004',
    '查看交易记录，确认是否有重复扣款现象',
    'bank-wallet-payment-failed',
    'fixingDuplicateCharge',
    '重复扣款',
    'charged twice',
  ),
  row('004', '密码错误问题…找回密码', 'bank-wallet-payment-failed', 'fixingPassword', '忘记密码', 'forgot password'),
  row(
    '004',
    '不可随意向他人透露',
    'bank-wallet-payment-failed',
    'fixingPassword',
    '不要告诉任何人',
    'tell your password to no one',
  ),
  row('004', '支付功能异常…重启应用或设备', 'bank-wallet-payment-failed', 'fixingApp', '重启手机', 'restart the phone'),
  row('004', '无法绑定银行卡…咨询客服', 'card-binding-failed', 'fixingFindOption', '联系钱包客服', "wallet's support"),
  row(
    '004',
    '历史记录消失…重启APP或联系技术支持',
    'bank-wallet-payment-failed',
    'fixingHistory',
    '技术支持',
    'technical support',
  ),
  row(
    '004',
    '身份认证失败…仔细核对输入的个人信息',
    'bank-wallet-payment-failed',
    'fixingVerification',
    '逐项核对',
    'one by one',
  ),
  // docs/domain.md: e-CNY wallet facts.
  row(
    'domain',
    '四类钱包：单笔2,000、单日5,000、余额1万',
    'bank-wallet-payment-failed',
    'fixingWalletLimit',
    '单笔 2,000 元',
    '2,000 yuan per payment',
  ),
  row(
    'domain',
    '二类：单笔5万、单日10万',
    'bank-wallet-payment-failed',
    'fixingWalletLimit',
    '单笔 50,000 元',
    '50,000 yuan per payment',
  ),
  row(
    'domain',
    '限额以 App 为准',
    'bank-wallet-payment-failed',
    'fixingWalletLimit',
    '请在钱包 App 中查看您的限额',
    'check the limits in your wallet app',
  ),
  row(
    'domain',
    '子钱包有自己的单笔和单日限额',
    'bank-wallet-payment-failed',
    'fixingWalletLimit',
    '子钱包',
    'sub-wallet',
  ),
  row(
    'domain',
    '四类钱包不能银行卡充值',
    'bank-wallet-payment-failed',
    'fixingWalletBalance',
    '不能用银行卡充值',
    'cannot top up from a bank card',
  ),
  row(
    'domain',
    '四类钱包不能银行卡充值',
    'top-up-failed',
    'fixingTopUpLimit',
    '不能用银行卡充值',
    'cannot top up from a bank card',
  ),
  row(
    'domain',
    '随用随充：余额不够时从绑定的卡扣',
    'bank-wallet-payment-failed',
    'fixingWalletBalance',
    '随用随充',
    'top up as you pay',
  ),
  row(
    'domain',
    '邮储银行：证件过期会降低限额',
    'bank-wallet-payment-failed',
    'fixingIdentity',
    '中国邮政储蓄银行',
    'postal savings bank',
  ),
  row(
    'domain',
    '每类钱包只能开一个是建设银行的规定',
    'bank-wallet-payment-failed',
    'explainingRegistration',
    '中国建设银行',
    'china construction bank',
  ),
  row('domain', '碰一碰需要 NFC', 'bank-wallet-payment-failed', 'fixingTapToPay', 'NFC', 'nfc'),
  row(
    'domain',
    '每类钱包只能开一个是建设银行的规定 (S7)',
    'activation-failed',
    'fixingAlreadyRegistered',
    '例如建设银行',
    'such as CCB',
  ),
  row(
    'domain',
    '开通或升级时关联本人名下的银行卡 (§1a)',
    'activation-failed',
    'fixingBankCard',
    '本人名下的银行卡',
    'in your own name',
  ),
  row(
    'domain',
    '绑卡验证码发到银行预留的手机号 (S18)',
    'card-binding-failed',
    'fixingSmsCode',
    '预留的手机号',
    'phone number the bank has on file',
  ),
  row('domain', '过期或锁定的卡：换卡或请银行解锁 (§2b)', 'card-binding-failed', 'fixingCardStatus', '解锁', 'unlock'),
  row('domain', '商户受理因地区和平台而异', 'bank-wallet-payment-failed', 'fixingMerchant', '地区', 'region'),
  // docs/domain.md §5.1: a failed payment that was debited is returned the way it came, not held.
  row('domain', '付款失败被扣的钱原路退回', 'funds-missing', 'checkingCharges', '原路退回', 'returned the way it came'),
  row(
    'domain',
    '付款失败被扣的钱原路退回',
    'payment-failed',
    'fixingDuplicateCharge',
    '原路退回',
    'returned the way it came',
  ),
  row(
    'domain',
    'USERPAYING：等待用户输入密码',
    'payment-failed',
    'fixingPendingPayment',
    '不要再付一次',
    'do not pay again',
  ),
];

const flows = new Map(await loadAllFlows());

/** Every state users can reach in a flow, under any of the host pages the path tests use. */
function reachableStates(problem: ProblemId, machine: AnyStateMachine): Set<string> {
  return new Set(hostInputs.flatMap(({ input }) => [...explore(machine, { ...input, problem }).reached]));
}

const reachable = new Map([...flows].map(([problem, machine]) => [problem, reachableStates(problem, machine)]));

/** What is wrong with a row against a flow: nothing when the state exists, is reachable and names the remedy. */
function coverageProblems(entry: Row, machine: AnyStateMachine, reached: Set<string>): string[] {
  const node = machine.root.states[entry.state];
  if (!node) return [`${entry.flow} has no state ${entry.state}`];
  const problems: string[] = [];
  if (!reached.has(entry.state)) problems.push(`${entry.flow}.${entry.state} is unreachable`);
  const said = saidOnEntry(node);
  if (!said.some((text) => text['zh-CN'].includes(entry.zh)))
    problems.push(`${entry.state} does not say "${entry.zh}"`);
  if (!said.some((text) => text.en.toLowerCase().includes(entry.en.toLowerCase())))
    problems.push(`${entry.state} does not say "${entry.en}"`);
  return problems;
}

describe('seed coverage', () => {
  it.each(table)('seed $seed: $phrase is remedied in $flow → $state', (entry) => {
    expect(coverageProblems(entry, flows.get(entry.flow)!, reachable.get(entry.flow)!)).toEqual([]);
  });

  it('covers every seed article and every flow', () => {
    expect(new Set(table.map((entry) => entry.seed))).toEqual(new Set(['000', '001', '002', '003', '004', 'domain']));
    expect(new Set(table.map((entry) => entry.flow))).toEqual(new Set(flows.keys()));
  });
});

describe('the coverage check itself', () => {
  const entry = table.find((candidate) => candidate.state === 'fixingNetwork' && candidate.flow === 'payment-failed')!;
  const networkFix = fix('check-network', {
    title: t('a', 'a', 'a'),
    text: t('请切换网络。', 'Please switch between Wi-Fi and mobile data.', '請切換網路。'),
    next: TICKET,
  });
  const build = (states: Record<string, unknown>) =>
    flowSetup.createMachine({
      id: 'payment-failed',
      context: ({ input }) => initialContext(input),
      initial: TICKET,
      states: { ...(states as object), [TICKET]: ticket(true), resolved: resolved(), ticketFiled: ticketFiled() },
    });

  it('fails when the state was removed', () => {
    expect(coverageProblems(entry, build({}), new Set([TICKET]))).toEqual([
      'payment-failed has no state fixingNetwork',
    ]);
  });

  it('fails when the state can no longer be reached', () => {
    expect(coverageProblems(entry, build({ fixingNetwork: networkFix }), new Set([TICKET]))).toEqual([
      'payment-failed.fixingNetwork is unreachable',
    ]);
  });

  it('passes only when the state says the remedy', () => {
    const machine = build({ fixingNetwork: networkFix });
    expect(coverageProblems(entry, machine, new Set(['fixingNetwork']))).toEqual([]);
    expect(coverageProblems({ ...entry, zh: '公共 Wi-Fi' }, machine, new Set(['fixingNetwork']))).toEqual([
      'fixingNetwork does not say "公共 Wi-Fi"',
    ]);
  });
});
