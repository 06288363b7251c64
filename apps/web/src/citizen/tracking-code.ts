/** The tracking code's alphabet: digits 2–9 and letters without I and O (no 0/O, 1/I confusion). */
const NOT_A_SYMBOL = /[^2-9A-HJ-NP-Z]/;

/** The code as typed, forgiving about case, spaces and dashes, as `XXXXX-XXXXX-XXXXX`; null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '');
  if (symbols.length !== 15 || NOT_A_SYMBOL.test(symbols)) return null;
  return `${symbols.slice(0, 5)}-${symbols.slice(5, 10)}-${symbols.slice(10)}`;
}
