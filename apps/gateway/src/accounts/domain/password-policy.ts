/**
 * The password rules a county's 等保 (MLPS level 2/3) assessment expects: at least 8 characters
 * of at least three kinds, not the username, not one of the last five (checked against the
 * stored hashes by the caller, since only hashes are kept).
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
export const PASSWORD_HISTORY = 5;

const CLASSES: Array<[RegExp, string]> = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

export interface PasswordRuleBroken {
  rule: 'length' | 'character-classes' | 'contains-username' | 'reused';
  message: string;
}

/** The first text rule a new password breaks, or null. */
export function checkPasswordText(password: string, username: string): PasswordRuleBroken | null {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return { rule: 'length', message: `密码长度须为 ${MIN_PASSWORD_LENGTH}～${MAX_PASSWORD_LENGTH} 位` };
  }
  const kinds = CLASSES.filter(([pattern]) => pattern.test(password)).length;
  if (kinds < 3) {
    return { rule: 'character-classes', message: `密码须至少包含${CLASSES.map(([, name]) => name).join('、')}中的三类` };
  }
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    return { rule: 'contains-username', message: '密码不能包含用户名' };
  }
  return null;
}

export const REUSED_PASSWORD: PasswordRuleBroken = { rule: 'reused', message: `新密码不能与最近 ${PASSWORD_HISTORY} 次使用过的密码相同` };

/** The hashes to keep after a change: the old current one first, at most PASSWORD_HISTORY in all. */
export function nextPasswordHistory(currentHash: string, previous: readonly string[]): string[] {
  return [currentHash, ...previous].slice(0, PASSWORD_HISTORY);
}

const ONE_TIME_ALPHABET = {
  lower: 'abcdefghijkmnpqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digit: '23456789',
  symbol: '@#%+=?',
};

/**
 * A one-time password an administrator reads out or hands over: 12 characters without look-alikes
 * (0/O, 1/l/I), one of each kind guaranteed, so it passes the policy it must then be changed under.
 * `randomIndex(n)` returns an integer in [0, n).
 */
export function oneTimePassword(randomIndex: (n: number) => number): string {
  const all = Object.values(ONE_TIME_ALPHABET).join('');
  const chars = Object.values(ONE_TIME_ALPHABET).map((set) => set[randomIndex(set.length)]!);
  while (chars.length < 12) chars.push(all[randomIndex(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
