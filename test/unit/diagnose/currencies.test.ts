import { describe, expect, it } from 'vitest';
import { minorUnits, supportedCurrencies, supportedMinorUnits } from '../../../src/diagnose/currencies.js';

describe('minor units of currencies', () => {
  it('keeps the table of supported currencies equal to what Intl knows', () => {
    for (const currency of supportedCurrencies) {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
      expect(supportedMinorUnits[currency], currency).toBe(intl);
    }
  });

  it('asks Intl for any other currency, and assumes 2 for an unknown code', () => {
    expect(minorUnits('BHD')).toBe(3);
    expect(minorUnits('VND')).toBe(0);
    expect(minorUnits('not a code')).toBe(2);
  });
});
