import { newTrackingCode, normalizeTrackingCode, TRACKING_ALPHABET, TRACKING_CODE_BITS } from './tracking-code.js';

describe('tracking codes', () => {
  it('carry at least 60 bits of randomness and no look-alike characters', () => {
    expect(TRACKING_CODE_BITS).toBeGreaterThanOrEqual(60);
    expect(TRACKING_ALPHABET).not.toMatch(/[01OI]/);
    for (let i = 0; i < 1000; i++) expect(newTrackingCode()).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  });

  it('do not repeat over many draws', () => {
    const codes = new Set(Array.from({ length: 20000 }, newTrackingCode));
    expect(codes.size).toBe(20000);
  });

  it('use every symbol about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const c of newTrackingCode().replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (4000 * 15) / 32;
    for (const c of TRACKING_ALPHABET) expect(Math.abs((counts.get(c) ?? 0) - expected) / expected).toBeLessThan(0.15);
  });

  it('accept what a citizen types', () => {
    expect(normalizeTrackingCode('k7m2q xr9tb h4wzp')).toBe('K7M2Q-XR9TB-H4WZP');
    expect(normalizeTrackingCode('K7M2QXR9TBH4WZP')).toBe('K7M2Q-XR9TB-H4WZP');
    expect(normalizeTrackingCode('K7M2Q-XR9TB')).toBeNull();
    expect(normalizeTrackingCode('K7M2Q-XR9TB-H4WZ0')).toBeNull(); // 0 is never issued
  });
});
