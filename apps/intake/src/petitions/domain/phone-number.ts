/** Mainland mobile numbers (1[3-9]x, 11 digits) and landlines with area code (0xx-xxxxxxxx). */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** Drops spaces and a +86/0086 prefix; null when it is not a mainland number. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s()]/g, '').replace(/^(\+86|0086)/, '');
  if (MOBILE.test(compact)) return compact;
  if (LANDLINE.test(compact)) return compact.includes('-') ? compact : compact.replace(/^(0\d{2,3})(\d{7,8})$/, (_, area: string, n: string) => `${area}-${n}`);
  return null;
}

export function isMobile(phone: string): boolean {
  return MOBILE.test(phone);
}
