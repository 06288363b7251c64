/**
 * The database (or another dependency) is away or held up, not the request or event at fault — a
 * lock wait past lock_timeout (55P03) and a session ended for idling in its transaction (25P03)
 * included: consumers
 * retry such failures for as long as it takes instead of dead-lettering the event, and the HTTP
 * layer answers 503 (try again) instead of 500.
 */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  const message = `${e?.message ?? ''} ${e?.driverError?.message ?? ''}`;
  return (
    /^(08|57P0|53300|55P03|25P03)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect|connection is closed|Client has encountered a connection error/i.test(message)
  );
}
