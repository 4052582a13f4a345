/**
 * Lets TypeScript check <wallet-support> in JSX (React 19): its attributes, and its events as
 * `on<event-name>` props, typed with the event map the package exports. Copy it into your app.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ProblemId, WalletSupport, WalletSupportEventMap } from 'wallet-support-widget';

type WalletSupportEvents = {
  [Name in keyof WalletSupportEventMap as `on${Name}`]?: (event: WalletSupportEventMap[Name]) => void;
};

type WalletSupportAttributes = {
  lang?: 'zh-CN' | 'zh-TW' | 'en';
  problem?: ProblemId;
  amount?: string;
  currency?: string;
  'occurred-at'?: string;
  'error-code'?: string;
  'error-message'?: string;
  merchant?: string;
  'order-id'?: string;
  'ticket-endpoint'?: string;
  open?: boolean;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wallet-support': Omit<DetailedHTMLProps<HTMLAttributes<WalletSupport>, WalletSupport>, 'lang'> &
        WalletSupportAttributes &
        WalletSupportEvents;
    }
  }
}
