import { followUpStep, registrationStep } from './ordering.js';

describe('registrationStep', () => {
  const base = { inCase: false, linksTo: null, original: null, waited: false };

  it('does nothing for a petition already in a case, whatever else holds', () => {
    expect(registrationStep({ ...base, inCase: true, linksTo: 'p0', original: null })).toBe('nothing');
    expect(registrationStep({ ...base, inCase: true, linksTo: 'p0', original: { status: 'accepted' } })).toBe('nothing');
  });

  it('opens a case for a petition that links to nothing', () => {
    expect(registrationStep(base)).toBe('open');
  });

  it('holds a repeat whose original has no case yet, and opens its own once it has waited', () => {
    expect(registrationStep({ ...base, linksTo: 'p0' })).toBe('hold');
    expect(registrationStep({ ...base, linksTo: 'p0', waited: true })).toBe('open');
  });

  it('links to an original case still being handled (replied and reviewed included), opens its own after the case ended', () => {
    for (const status of ['registered', 'accepted', 'replied', 'reviewed', 're-review']) expect(registrationStep({ ...base, linksTo: 'p0', original: { status } })).toBe('link');
    for (const status of ['closed', 'refused', 'rejected']) expect(registrationStep({ ...base, linksTo: 'p0', original: { status } })).toBe('open');
  });
});

describe('followUpStep', () => {
  it('holds a refusal or evaluation until the petition has a case', () => {
    expect(followUpStep(null)).toBe('hold');
    expect(followUpStep({ id: 'c1' })).toBe('apply');
  });
});
