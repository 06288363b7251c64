/** Mainland mobile numbers (1[3-9]x, 11 digits) and landlines with area code (0xx-xxxxxxxx). */
const MOBILE = /^1[3-9]\d{9}$/;
/** Area codes 010 and 020–029 have three characters, every other one four (0739); local numbers 7–8 digits. */
const LANDLINE = /^(0(?:10|2\d)|0[3-9]\d{2})-?(\d{7,8})$/;
const COUNTRY_PREFIX = /^(\+86|0086)-?/;

/** Drops spaces and a +86/0086 prefix; null when it is not a mainland number. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s()]/g, '');
  const national = compact.replace(COUNTRY_PREFIX, '');
  if (MOBILE.test(national)) return national;
  // dialled from abroad, an area code loses its trunk 0: +86 739 5551234, +86 10 62345678
  const landline = LANDLINE.exec(COUNTRY_PREFIX.test(compact) && !national.startsWith('0') ? `0${national}` : national);
  return landline ? `${landline[1]}-${landline[2]}` : null;
}

export function isMobile(phone: string): boolean {
  return MOBILE.test(phone);
}
