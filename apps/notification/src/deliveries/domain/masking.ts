/** What the delivery log keeps of a recipient: enough for staff to recognise, never the full contact. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}

export function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}

export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * A channel's error as the delivery log and the logs may keep it: gateways and mail servers
 * often quote the number or address they refused, so every mobile and address in it is masked.
 */
export function maskContacts(text: string): string {
  return text.replace(MOBILE, maskMobile).replace(EMAIL, maskEmail);
}
