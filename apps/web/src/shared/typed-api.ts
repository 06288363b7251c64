/**
 * Typed clients of the platform's APIs for the console, one per service behind the gateway,
 * built with openapi-fetch on the types generated from each service's OpenAPI document
 * (`./api-types/<service>.ts`, `npm run api:generate`; a test fails when they are stale).
 *
 *   const { data } = await caseworkClient.GET('/api/cases/{id}', { params: { path: { id } } });
 *   const page = await unwrap(intakeClient.GET('/api/petitions', { params: { query: { q: '工资' } } }));
 *
 * Requests are same-origin through the gateway, which turns the session cookie into the staff
 * token each service checks. `unwrap` gives the answer's body or throws the same ApiError as
 * `api()` (api.ts), so pages explain refusals (message, rule, errors[]) the same way.
 */
import createClient, { type Client } from 'openapi-fetch';
import { ApiError, type ErrorBody } from './api';
import type { paths as CaseworkPaths } from './api-types/casework';
import type { components as GatewayComponents, paths as GatewayPaths } from './api-types/gateway';
import type { paths as IntakePaths } from './api-types/intake';
import type { paths as NotificationPaths } from './api-types/notification';
import type { paths as ReportingPaths } from './api-types/reporting';

const COMMON = { credentials: 'same-origin', headers: { accept: 'application/json' } } as const;

/** `/intake/api/…` through the gateway. */
export const intakeClient: Client<IntakePaths> = createClient<IntakePaths>({ baseUrl: '/intake', ...COMMON });
/** `/casework/api/…` through the gateway. */
export const caseworkClient: Client<CaseworkPaths> = createClient<CaseworkPaths>({ baseUrl: '/casework', ...COMMON });
/** `/notification/api/…` through the gateway. */
export const notificationClient: Client<NotificationPaths> = createClient<NotificationPaths>({ baseUrl: '/notification', ...COMMON });
/** `/reporting/api/…` through the gateway. */
export const reportingClient: Client<ReportingPaths> = createClient<ReportingPaths>({ baseUrl: '/reporting', ...COMMON });
/** The gateway's own API: sign-in, accounts, the sign-in audit (`/api/…`). */
export const gatewayClient: Client<GatewayPaths> = createClient<GatewayPaths>({ baseUrl: '', ...COMMON });

/** The error body every service answers a 4xx/5xx with (the same schema in each document). */
export type ApiErrorBody = GatewayComponents['schemas']['ErrorBody'];

/** What an openapi-fetch call resolves to, as far as unwrap needs it. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer (undefined for a 204), or an ApiError carrying the platform's error body. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const aborted = (err as { name?: string })?.name === 'AbortError';
    throw new ApiError(0, { message: aborted ? '请求已取消' : '网络连接失败' });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    const body: ErrorBody = error && typeof error === 'object' ? (error as ErrorBody) : { statusCode: response.status };
    throw new ApiError(response.status, body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return data as T;
}
