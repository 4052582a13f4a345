// Registers <wallet-support> before React renders it, so React 19 sets its properties directly.
import 'wallet-support-widget';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutFailed } from './checkout-failed.js';

const failure = {
  amount: '1299.50',
  currency: 'CNY',
  occurredAt: '2026-11-27T10:02:00+08:00',
  errorCode: '51',
  errorMessage: '余额不足',
  orderId: 'A-20261127-0042',
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CheckoutFailed failure={failure} onTicket={(ticket) => console.info('ticket for the support desk', ticket)} />
  </StrictMode>,
);
