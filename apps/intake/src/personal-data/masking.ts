/** Masked forms for lists and delivery logs: enough to recognise, not enough to identify. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

/** The first part of an address (the township, perhaps the village), the rest hidden. */
export function maskAddress(address: string): string {
  const chars = [...address];
  return `${chars.slice(0, Math.min(6, Math.floor(chars.length / 2))).join('')}****`;
}
