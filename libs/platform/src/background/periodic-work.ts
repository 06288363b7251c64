import type { Logger } from 'pino';

/**
 * A background pass repeated every interval (sweeps, dispatch, digests). Never two passes at once
 * in one process — replicas coordinate through the database, each pass claiming its rows — a
 * failed pass is logged and the next one tried, and stop() waits for the pass in hand.
 */
export class PeriodicWork {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly pass: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.intervalMs);
  }

  /** Runs a pass now, unless one is running. */
  kick(): void {
    if (this.running) return;
    this.running = this.pass()
      .catch((err: Error) => this.logger.warn({ err: { message: err.message } }, `${this.name} failed`))
      .finally(() => (this.running = undefined));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
