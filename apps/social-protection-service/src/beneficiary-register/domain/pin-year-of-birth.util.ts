/** A PIN: exactly 12 ASCII digits. */
const PIN = /^[0-9]{12}$/;

/**
 * The year of birth a PIN encodes (Decree 137/2015/ND-CP Art. 13): digits 1-3 are the province,
 * digit 4 the sex and century (0/1: 1900s, 2/3: 2000s, 4/5: 2100s; 6-9 are reserved for later centuries
 * and not issued), digits 5-6 the year within the century. `undefined` when `pin` is not 12
 * digits or its century digit is reserved.
 */
export function pinYearOfBirth(pin: string): number | undefined {
  if (!PIN.test(pin)) return undefined;
  const centuryDigit = Number(pin[3]);
  if (centuryDigit > 5) return undefined;
  return 1900 + Math.floor(centuryDigit / 2) * 100 + Number(pin.slice(4, 6));
}
