/**
 * `npm run rebuild:reporting`: rebuilds the reporting projections from the event streams while
 * the service keeps serving, then switches over. Reads DATABASE_URL and NATS_URL like the service.
 * Options: --batch <n> (events per transaction, default 4000), --quiet (no progress bar).
 */
import 'reflect-metadata';
import { loadConfigOrExit, natsClientOptions } from '#platform';
import { ReportingConfig } from '../config.js';
import { rebuildProjections } from './rebuild.js';

const args = process.argv.slice(2);
const batchArg = args.indexOf('--batch');
const batchSize = batchArg >= 0 ? Number(args[batchArg + 1]) : undefined;
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
  process.stderr.write('--batch: a positive whole number of events per transaction\n');
  process.exit(2);
}
const config = loadConfigOrExit('reporting-rebuild', ReportingConfig);
try {
  const result = await rebuildProjections({ databaseUrl: config.DATABASE_URL, natsUrl: config.NATS_URL, natsAuth: natsClientOptions(config), batchSize, progress: !args.includes('--quiet') });
  process.stdout.write(
    `rebuild: generation ${result.from} → ${result.to}; ${result.events} events (${result.applied} applied, ${result.invalid} invalid) in ${result.replaySeconds.toFixed(1)} s = ${Math.round(result.eventsPerSecond)} events/s; total ${result.totalSeconds.toFixed(1)} s\n`,
  );
} catch (err) {
  process.stderr.write(`rebuild failed: ${(err as Error).message}\n`);
  process.exit(1);
}
