/**
 * Exact decimal numbers for money: an integer count of 10^-scale units. Amounts are never held
 * in a float, so "0.1 + 0.2" style drift cannot reach a ticket.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

/** From ASCII digit strings: `fromDigits("1299", "5")` is 1299.5. */
export function fromDigits(integer: string, fraction = ''): Decimal {
  return { units: BigInt((integer || '0') + fraction), scale: fraction.length };
}

export function fromInteger(value: number): Decimal {
  return { units: BigInt(value), scale: 0 };
}

export function shift(value: Decimal, powerOfTen: number): Decimal {
  if (powerOfTen <= 0) return { units: value.units, scale: value.scale - powerOfTen };
  const drop = Math.min(powerOfTen, value.scale);
  return { units: value.units * 10n ** BigInt(powerOfTen - drop), scale: value.scale - drop };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(value: Decimal): boolean {
  return value.units === 0n;
}

/**
 * The value with exactly `digits` decimals, or undefined when that would drop a non-zero digit:
 * money is never rounded behind the user's back.
 */
export function toFixed(value: Decimal, digits: number): string | undefined {
  let { units, scale } = value;
  while (scale > digits) {
    if (units % 10n !== 0n) return undefined;
    units /= 10n;
    scale--;
  }
  units *= 10n ** BigInt(digits - scale);
  const text = units.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
