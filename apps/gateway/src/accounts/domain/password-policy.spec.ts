import { checkPasswordText, nextPasswordHistory, oneTimePassword, PASSWORD_HISTORY } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Ab1!', 'length'],
    ['abcdefgh1', 'character-classes'],
    ['ABCDEFGH!', 'character-classes'],
    ['Qingshui-officer#1', 'contains-username'],
    ['x'.repeat(129) + 'A1!', 'length'],
  ])('refuses %s (%s)', (password, rule) => {
    expect(checkPasswordText(password, 'qingshui-officer')?.rule).toBe(rule);
  });

  it.each(['Demo@2026', 'abcdefg1!', 'ABCDEFG1a', 'qx#Lm2pzW'])('accepts %s: 8+ characters of three kinds', (password) => {
    expect(checkPasswordText(password, 'admin')).toBeNull();
  });

  it('names the rule in Chinese', () => {
    expect(checkPasswordText('abcdefgh', 'admin')!.message).toContain('三类');
  });

  it('keeps the last five hashes, newest first', () => {
    const history = nextPasswordHistory('h6', ['h5', 'h4', 'h3', 'h2', 'h1']);
    expect(history).toEqual(['h6', 'h5', 'h4', 'h3', 'h2']);
    expect(history).toHaveLength(PASSWORD_HISTORY);
  });

  it('makes one-time passwords that pass the policy, without look-alike characters', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 200; i++) {
      const password = oneTimePassword(random);
      expect(password).toHaveLength(12);
      expect(password).not.toMatch(/[0O1lI]/);
      expect(checkPasswordText(password, 'admin')).toBeNull();
    }
  });
});
