/**
 * What the lab starts the widget with: a flow (or none: ask first), a language, and what the host
 * page knows. Kept in the address bar so a setup can be shared as a link.
 */
import type { Locale } from '../../src/diagnose/types.js';
import { toLocalIso } from '../../src/diagnose/local-iso.js';
import { fromDateTimeLocal } from '../../src/engine/iso-time.js';
import { isProblemId, type ProblemId } from '../../src/shared/problems.js';
import { locales } from '../../src/i18n/index.js';
import type { HostContext } from '../../src/shared/host-attributes.js';

export interface LabSettings {
  /** Empty: the widget asks what went wrong first. */
  problem: ProblemId | '';
  locale: Locale;
  host: HostContext;
}

export const hostFields = [
  'amount',
  'currency',
  'occurredAt',
  'errorCode',
  'errorMessage',
  'merchant',
  'orderId',
  'paymentMethod',
  'supportPhone',
] as const;
type HostField = (typeof hostFields)[number];

/** Address-bar names for the host fields: the element's attribute names. */
const params: Record<HostField, string> = {
  amount: 'amount',
  currency: 'currency',
  occurredAt: 'occurred-at',
  errorCode: 'error-code',
  errorMessage: 'error-message',
  merchant: 'merchant',
  orderId: 'order-id',
  paymentMethod: 'payment-method',
  supportPhone: 'support-phone',
};

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Drops empty fields, so "not known" is always `undefined`. */
export function cleanHost(host: HostContext): HostContext {
  const known: HostContext = {};
  for (const field of hostFields) {
    const value = host[field]?.trim();
    if (value) known[field] = value;
  }
  return known;
}

export function settingsFromQuery(search: string, fallback: LabSettings): LabSettings {
  const query = new URLSearchParams(search);
  const problem = query.get('flow');
  const locale = query.get('locale');
  const host: HostContext = {};
  for (const field of hostFields) host[field] = query.get(params[field]) ?? undefined;
  const hasHost = hostFields.some((field) => query.has(params[field]));
  return {
    problem: problem === '' ? '' : isProblemId(problem) ? problem : fallback.problem,
    locale: isLocale(locale) ? locale : fallback.locale,
    host: hasHost ? cleanHost(host) : fallback.host,
  };
}

export function settingsToQuery(settings: LabSettings, base: URLSearchParams = new URLSearchParams()): string {
  const query = new URLSearchParams(base);
  query.set('flow', settings.problem);
  query.set('locale', settings.locale);
  for (const field of hostFields) {
    const value = settings.host[field];
    if (value) query.set(params[field], value);
    else query.delete(params[field]);
  }
  return query.toString();
}

/** Reads the side form; its time field is a local date-time, turned into ISO 8601 with offset. */
export function settingsFromForm(form: HTMLFormElement): LabSettings {
  const data = new FormData(form);
  const read = (name: string) => String(data.get(name) ?? '').trim();
  const problem = read('problem');
  const locale = read('locale');
  return {
    problem: isProblemId(problem) ? problem : '',
    locale: isLocale(locale) ? locale : 'zh-CN',
    host: cleanHost({
      amount: read('amount'),
      currency: read('currency').toUpperCase(),
      occurredAt: fromDateTimeLocal(read('occurredAt')),
      errorCode: read('errorCode'),
      errorMessage: read('errorMessage'),
      merchant: read('merchant'),
      orderId: read('orderId'),
      paymentMethod: read('paymentMethod'),
      supportPhone: read('supportPhone'),
    }),
  };
}

export const presetIds = ['blank', 'balance', 'timeout', 'maintenance'] as const;
export type PresetId = (typeof presetIds)[number];

/** Typical host contexts: what a checkout page would pass after each kind of failure. */
export function preset(id: PresetId, locale: Locale, now = new Date()): HostContext {
  const minutesAgo = (minutes: number) => toLocalIso(new Date(now.getTime() - minutes * 60_000));
  const en = locale === 'en';
  switch (id) {
    case 'blank':
      return {};
    case 'balance':
      return {
        amount: '1299.50',
        currency: 'CNY',
        occurredAt: minutesAgo(5),
        errorCode: '51',
        errorMessage: en ? 'Insufficient funds' : '余额不足',
        paymentMethod: 'debit-card',
      };
    case 'timeout':
      return {
        amount: '86.00',
        currency: 'CNY',
        occurredAt: minutesAgo(2),
        errorCode: '68',
        errorMessage: en ? 'Transaction timed out' : '交易超时',
      };
    case 'maintenance':
      return {
        amount: '320.00',
        currency: 'CNY',
        occurredAt: minutesAgo(1),
        errorCode: '96',
        errorMessage: en ? 'System malfunction' : '系统异常',
      };
  }
}
