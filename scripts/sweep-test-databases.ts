/** Drops test databases left behind by crashed test runs (older than an hour). */
import { sweepStaleTestDatabases } from '#testing';

const dropped = await sweepStaleTestDatabases();
if (dropped) process.stdout.write(`dropped ${dropped} stale test database(s)\n`);
