/**
 * The browser's one way to call the platform: same-origin requests through the gateway
 * (`/api/auth/…`, `/<service>/api/…`), JSON in and out, and every failure as an ApiError that
 * keeps the platform's error body (`message`, `rule`, `errors[]`) for the page to explain.
 */

/** One field the API refused, and the rule it broke, in Chinese (api.md "Errors"). */
export interface FieldError {
  field: string;
  rule?: string;
  message: string;
}

export interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string;
  rule?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  lockedUntil?: string;
}

export class ApiError extends Error {
  constructor(
    /** The HTTP status; 0 when no answer came (offline, timed out). */
    readonly status: number,
    readonly body: ErrorBody,
    /** Seconds from a 429's Retry-After header. */
    readonly retryAfterSeconds: number | null = null,
    readonly timedOut = false,
  ) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get rule(): string | undefined {
    return this.body.rule;
  }

  get fieldErrors(): FieldError[] {
    return Array.isArray(this.body.errors) ? this.body.errors : [];
  }
}

export interface RequestOptions {
  body?: unknown;
  /** Milliseconds before giving up (default 30 s; uploads pass more). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

type SessionListener = (err: ApiError) => void;
const sessionListeners = new Set<SessionListener>();

/**
 * Called when a request answers 401 — the session ended (timed out, signed out elsewhere, the
 * account changed) — outside the sign-in calls themselves; the console asks for the password
 * again over the page instead of losing it. Returns the unsubscribe.
 */
export function onSessionEnded(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => void sessionListeners.delete(listener);
}

/** Tells the listeners a request of the page's own (a download, say) found the session ended. */
export function sessionEnded(error: ApiError): void {
  for (const listener of sessionListeners) listener(error);
}

export async function api<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 30_000);
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, { message: timedOut ? '请求超时' : '网络连接失败' }, null, timedOut);
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    const body: ErrorBody = parsed && typeof parsed === 'object' ? (parsed as ErrorBody) : { statusCode: response.status };
    const error = new ApiError(response.status, body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
    if (response.status === 401 && !path.startsWith('/api/auth/')) sessionEnded(error);
    throw error;
  }
  return parsed as T;
}

/** The paths of each service behind the gateway (api.md "Gateway"). */
export const intakeApi = (path: string) => `/intake/api${path}`;
export const caseworkApi = (path: string) => `/casework/api${path}`;
