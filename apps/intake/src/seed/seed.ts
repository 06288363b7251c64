import { NestFactory } from '@nestjs/core';
import { createRuntime, loadConfigOrExit, PinoNestLogger } from '#platform';
import { IntakeConfig } from '../config.js';
import { DirectoryService } from '../directory/directory.service.js';
import { IntakeModule } from '../intake.module.js';
import { DEMO_COUNTY } from './demo-county.js';
import { seedDemoYear } from './seed-demo-year.js';

/**
 * Seeds the demo county through intake's own code (migrations included): the directory and
 * the category catalogue, then a year of petitions registered through the registration
 * handler (demo-year.ts), whose events the outbox relay publishes before the seed exits.
 * Running it again changes nothing. `--directory-only` stops after the directory (for load
 * tests and benchmarks that bring their own petitions); `--scale=0.2` registers a smaller year.
 */
const started = Date.now();
const config = loadConfigOrExit('intake-seed', IntakeConfig);
const runtime = createRuntime('intake', Object.assign(config, { EVENT_CONSUMERS: 'off' as const, OUTBOX_RELAY: 'on' as const, LOG_LEVEL: 'warn' }));
const app = await NestFactory.createApplicationContext(IntakeModule.forRoot(runtime), { logger: new PinoNestLogger(runtime.logger) });
try {
  process.stdout.write('seeding the demo county directory (清溪县)… ');
  await app.get(DirectoryService).importDirectory(DEMO_COUNTY);
  const villages = DEMO_COUNTY.townships.reduce((n, t) => n + t.villages.length, 0);
  process.stdout.write(`${DEMO_COUNTY.townships.length} townships, ${villages} villages, ${DEMO_COUNTY.units.length} units, ${DEMO_COUNTY.categories.length} categories\n`);
  // --scale=0.2: a smaller year (tests of the demo year); 1 is the county's year
  const scale = process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
  if (!process.argv.includes('--directory-only')) await seedDemoYear(app, scale ? { scale: Number(scale) } : {});
} finally {
  await app.close();
}
process.stdout.write(`seed done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
