/**
 * A full mainland mobile number standing as a token of its own in stored or logged text — not
 * eleven digits that happen to occur inside a UUID, a digest or a pseudonymous reference (hex
 * runs did, now and then, and made a personal-data scan fail on data that held no number).
 */
export const FULL_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;
