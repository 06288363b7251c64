import { ApiError, sessionEnded, type ErrorBody } from '../../../shared/api';

/** The file name a Content-Disposition header gives (RFC 5987 `filename*` first), or the fallback. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // a broken escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1]!.trim() : fallback;
}

/**
 * Fetches a file through the gateway with the session, then hands it to the browser as a
 * download with the server's Chinese file name. A refusal comes back as an ApiError with the
 * API's message (a link would show the JSON instead of saying what went wrong).
 */
export async function downloadFile(path: string, fallbackName: string, timeoutMs = 120_000): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', signal: controller.signal });
  } catch {
    throw new ApiError(0, { message: controller.signal.aborted ? '下载超时，请稍后重试' : '网络连接失败' }, null, controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    let body: ErrorBody = { statusCode: response.status };
    try {
      body = (await response.json()) as ErrorBody;
    } catch {
      // not JSON
    }
    const error = new ApiError(response.status, body);
    if (response.status === 401) sessionEnded(error);
    throw error;
  }
  const blob = await response.blob();
  const name = dispositionFileName(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
