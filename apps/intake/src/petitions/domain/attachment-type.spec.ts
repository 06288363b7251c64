import { detectAttachmentType } from './attachment-type.js';

describe('attachment type from content', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[...Buffer.from('%PDF-1.7\n')], 'application/pdf'],
  ])('recognises %j', (bytes, type) => {
    expect(detectAttachmentType(Uint8Array.from(bytes))).toBe(type);
  });

  it.each([
    ['an executable named .jpg', [0x4d, 0x5a, 0x90, 0]],
    ['a GIF', [...Buffer.from('GIF89a')]],
    ['text claiming to be a PDF', [...Buffer.from('PDF-1.7')]],
    ['an empty file', []],
  ])('refuses %s', (_, bytes) => {
    expect(detectAttachmentType(Uint8Array.from(bytes))).toBeNull();
  });
});
