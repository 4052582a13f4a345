/** Check digits that tell a real card or ID number from any long number (order ids, phones). */

/** Luhn (ISO/IEC 7812): every payment card number passes it. `digits` is ASCII digits only. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckChars = '10X98765432';

/**
 * A mainland resident ID number (GB 11643): 17 digits, then an ISO 7064 MOD 11-2 check character
 * (0-9 or X), with a plausible birth date in digits 7-14. `id` is ASCII, X upper case.
 */
export function isResidentIdNumber(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * idWeights[i]!;
  return idCheckChars[sum % 11] === id[17];
}
