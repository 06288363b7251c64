import { currentContext } from '../context/request-context.js';

/**
 * The time a unit of work happens at. Everywhere this is the real time, except in a service run
 * with DEMO_CLOCK=on (development and tests only; refused in production): there a request may
 * carry the time it happened at (the `x-demo-now` header, read by DemoClockGuard) and an event a
 * consumer applies happens at the event's own time, so that a demonstration can live a past year
 * through the services' own command paths. Command handlers and the outbox read this instead of
 * `new Date()`.
 */
export function now(): Date {
  const at = currentContext()?.at;
  return at ? new Date(at) : new Date();
}

/** The request header that carries a demo request's time (honoured only with DEMO_CLOCK=on). */
export const DEMO_CLOCK_HEADER = 'x-demo-now';

/** How far ahead of the real time a demo time may be (clock skew between driver and service). */
const MAX_AHEAD_MS = 60_000;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The demo time a header asks for, as an ISO instant; or why it cannot be used. A demo request
 * may act in the past, never in the future (the clocks it starts would run ahead of the world).
 */
export function parseDemoTime(value: string, realNow = Date.now()): { at: string } | { problem: string } {
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) return { problem: '必须是带时区的 ISO 时间，例如 2026-03-05T09:30:00+08:00' };
  const at = Date.parse(value);
  if (at > realNow + MAX_AHEAD_MS) return { problem: '不能晚于现在' };
  if (at < Date.UTC(2000, 0, 1)) return { problem: '不能早于 2000 年' };
  return { at: new Date(at).toISOString() };
}
