import { useRef } from 'react';
import type { Ticket, WalletSupport } from 'wallet-support-widget';

export interface PaymentFailure {
  amount: string;
  currency: string;
  occurredAt: string;
  errorCode: string;
  errorMessage: string;
  orderId: string;
}

/**
 * A checkout page right after a failed payment. React 19 passes strings as attributes, sets
 * properties the element defines, and turns `on<event-name>` props into event listeners, so
 * <wallet-support> needs no wrapper.
 */
export function CheckoutFailed({ failure, onTicket }: { failure: PaymentFailure; onTicket: (ticket: Ticket) => void }) {
  const widget = useRef<WalletSupport>(null);

  return (
    <main>
      <p role="alert">
        支付未成功 · Payment failed
        <button type="button" onClick={() => widget.current?.show()}>
          需要帮助？
        </button>
      </p>
      <wallet-support
        ref={widget}
        lang="zh-CN"
        problem="payment-failed"
        amount={failure.amount}
        currency={failure.currency}
        occurred-at={failure.occurredAt}
        error-code={failure.errorCode}
        error-message={failure.errorMessage}
        order-id={failure.orderId}
        onwallet-support-ticket={(event) => {
          // The shop's own support desk files it: the widget does not POST anywhere.
          event.preventDefault();
          onTicket(event.detail.ticket);
        }}
        onwallet-support-resolved={(event) => console.info('solved:', event.detail.cause)}
      />
    </main>
  );
}
