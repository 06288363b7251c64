import { normalizeCode } from './tracking-code';

describe('normalizeCode', () => {
  it.each([
    ['K7M2Q-XR9TB-H4WZP', 'K7M2Q-XR9TB-H4WZP'],
    ['k7m2q xr9tb h4wzp', 'K7M2Q-XR9TB-H4WZP'],
    ['  K7M2QXR9TBH4WZP ', 'K7M2Q-XR9TB-H4WZP'],
    ['k7m2q-xr9tb-h4wz', null], // 14 symbols
    ['K7M2Q-XR9TB-H4WZPA', null], // 16
    ['K7M2Q-XR9TB-H4WZ0', null], // 0 is not in the alphabet
    ['K7M2Q-XR9TB-H4WZO', null], // nor O
    ['K7M2Q-XR9TB-H4WZ1', null],
    ['K7M2Q-XR9TB-H4WZI', null],
    ['查询码查询码查询码查询码查询码', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it('answers the same for repeated calls (no regular-expression state between calls)', () => {
    expect([normalizeCode('K7M2Q-XR9TB-H4WZP'), normalizeCode('K7M2Q-XR9TB-H4WZP'), normalizeCode('K7M2Q-XR9TB-H4WZP')]).toEqual(Array(3).fill('K7M2Q-XR9TB-H4WZP'));
  });
});
