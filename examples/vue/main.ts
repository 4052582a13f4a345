// Registers <wallet-support> before Vue renders it, so Vue sets its properties directly.
import 'wallet-support-widget';
import { createApp } from 'vue';
import CheckoutFailed from './CheckoutFailed.vue';

createApp(CheckoutFailed, {
  amount: '1299.50',
  currency: 'CNY',
  occurredAt: '2026-11-27T10:02:00+08:00',
  errorCode: '51',
  errorMessage: '余额不足',
  orderId: 'A-20261127-0042',
}).mount('#app');
