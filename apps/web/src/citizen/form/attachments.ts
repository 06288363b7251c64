/** The files a citizen may attach online (intake checks the content again): JPEG, PNG, PDF, ≤ 10 MB each, at most 5. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 5;
export const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

const TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);
const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;

/** Why a chosen file cannot be sent, in the API's words, or null. */
export function fileProblem(file: File): string | null {
  if (!TYPES.has(file.type) && !EXTENSIONS.test(file.name)) return '只接受 JPEG、PNG 或 PDF 文件';
  if (file.size > MAX_FILE_BYTES) return '文件超过大小上限（每个不超过 10 MB）';
  if (file.size === 0) return '文件是空的';
  return null;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
