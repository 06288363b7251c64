import type { Principal } from './principal.js';
import { VerifiedTokenCache } from './verified-token-cache.js';

const officer: Principal = { id: 'u1', role: 'township-officer', townshipCode: '001' };

describe('VerifiedTokenCache', () => {
  it('answers a verified token until the moment it expires, then forgets it', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', officer, 2_000);
    expect(cache.get('t', 1_999)).toEqual(officer);
    expect(cache.get('t', 2_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never answers a token it was not given', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', officer, 2_000);
    expect(cache.get('t2', 1_000)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest entry first', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', officer, 9_000);
    cache.set('b', officer, 9_000);
    cache.set('c', officer, 9_000);
    expect(cache.size).toBe(2);
    expect(cache.get('a', 0)).toBeUndefined();
    expect(cache.get('b', 0)).toEqual(officer);
    expect(cache.get('c', 0)).toEqual(officer);
  });
});
