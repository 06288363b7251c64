import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER, PeriodicWork, runInContext, SERVICE_CONFIG, systemContext } from '#platform';
import type { CaseworkConfig } from '../../config.js';
import { HeldEvents } from './held-events.js';
import { PetitionCases } from './petition-events.handlers.js';

/** Releases due repeats a little after their wait ends: a tenth of the wait, between 250 ms and 30 s. */
export const releaseInterval = (waitMs: number) => Math.min(30_000, Math.max(250, Math.round(waitMs / 10)));

/**
 * A repeat whose original's case did not come within REPEAT_LINK_WAIT_MS opens its own case.
 * Runs on every replica: each due event is taken with SKIP LOCKED and deleted in the
 * transaction that opens the case, so it is released once.
 */
@Injectable()
export class HeldEventRelease implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly work: PeriodicWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly held: HeldEvents,
    private readonly cases: PetitionCases,
    @Inject(SERVICE_CONFIG) config: CaseworkConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.work = new PeriodicWork('held event release', releaseInterval(config.REPEAT_LINK_WAIT_MS), () => this.releaseDue(), logger);
  }

  onApplicationBootstrap(): void {
    this.work.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.work.stop();
  }

  /** Releases every held event whose wait has ended; returns how many this pass released. */
  async releaseDue(): Promise<number> {
    let released = 0;
    for (;;) {
      const one = await this.dataSource.transaction((tx) =>
        this.held.takeOneDue(tx).then(async (h) => {
          if (!h) return null;
          await runInContext({ ...systemContext(), correlationId: h.envelope.correlationId, causationId: h.eventId }, () => this.cases.apply(h.subject, h.envelope, tx, true));
          return h;
        }),
      );
      if (!one) return released;
      released++;
      this.logger.warn({ subject: one.subject, eventId: one.eventId, awaitedPetitionId: one.awaitedPetitionId }, 'the original petition’s case did not come within the wait: the repeat opens its own case');
    }
  }
}
