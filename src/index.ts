import { WalletSupport } from './widget/wallet-support.js';

export { WalletSupport } from './widget/wallet-support.js';
export type { HostContext } from './shared/host-attributes.js';
export type { AnswerVia, ConversationTag, StepVia, WalletSupportEventMap } from './widget/events.js';
export type { Ticket } from './ticket/types.js';
export { problemIds, type ProblemId } from './shared/problems.js';
export { causeIds, type CauseId } from './diagnose/types.js';

// Loading the bundle twice (two script tags, or a host that already has it) must not throw.
if (!customElements.get('wallet-support')) {
  customElements.define('wallet-support', WalletSupport);
}
