/**
 * `npm run events -- tail [subject] [--from-start] [--until-caught-up]`
 *
 * Prints the platform's events as they arrive — or, with --from-start, every event from the
 * beginning of the stream — one line each: stream sequence, time, subject, event id, township,
 * payload. An ordered consumer: nothing is created on the server that outlives the command, and
 * nothing is acknowledged, so it can never take an event away from a service.
 *   subject: a NATS subject or wildcard, e.g. `intake.>` or `casework.case.closed.v1` (default: every event stream)
 *   --until-caught-up: stop once the events there were at the start have been printed
 * NATS_URL, NATS_USER with NATS_PASSWORD or NATS_PASSWORD_FILE, and TLS as for the services. Unset,
 * it reads the bus `npm start` runs (its address and the read-only reporting-team user from
 * .xinfang/nats), else nats://127.0.0.1:4222 without credentials. Ctrl-C stops.
 */
import { DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { existsSync, readFileSync } from 'node:fs';
import { EVENT_STREAMS } from '#contracts';
import { loadConfigOrExit, natsClientOptions, ServiceConfig } from '#platform';

const USAGE = 'usage: npm run events -- tail [subject] [--from-start] [--until-caught-up]';
const args = process.argv.slice(2);
if (args[0] !== 'tail') {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const flags = new Set(args.filter((a) => a.startsWith('--')));
for (const f of flags) {
  if (!['--from-start', '--until-caught-up'].includes(f)) {
    process.stderr.write(`unknown option ${f}\n${USAGE}\n`);
    process.exit(2);
  }
}
const subject = args.slice(1).find((a) => !a.startsWith('--'));
const fromStart = flags.has('--from-start');
const untilCaughtUp = flags.has('--until-caught-up');

/** The streams a subject filter can match: the producer's stream, or all of them for `>`/`*`. */
function streamsFor(filter: string | undefined) {
  const owner = filter?.split('.')[0];
  const all = Object.values(EVENT_STREAMS);
  if (!owner || owner === '>' || owner === '*') return all;
  const own = all.filter((s) => s.subjects.some((p) => p.split('.')[0] === owner));
  if (!own.length) {
    process.stderr.write(`no event stream holds ${filter}: subjects start with ${all.map((s) => s.subjects[0]).join(', ')}\n`);
    process.exit(2);
  }
  return own;
}

function line(m: JsMsg): string {
  let id = '';
  let township = '';
  let payload = m.string();
  try {
    const e = JSON.parse(payload) as { id?: string; townshipCode?: string | null; payload?: unknown };
    id = e.id ?? '';
    township = e.townshipCode ?? '-';
    payload = JSON.stringify(e.payload);
  } catch {
    // not JSON: print it as it is
  }
  return `${m.info.stream}#${m.seq} ${m.time.toISOString()} ${m.subject} ${id} ${township} ${payload}\n`;
}

// `| head` closes the pipe: that is the reader's way of saying enough
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

/** The bus `npm start` runs, when no bus is named: it is locked, and the reporting team's user may read every event stream, nothing more. */
const DEV_BUS = '.xinfang/nats';
const devBus = !process.env.NATS_URL && !process.env.NATS_USER && existsSync(`${DEV_BUS}/url`) && existsSync(`${DEV_BUS}/reporting-team.password`);
const settings = devBus ? { ...process.env, NATS_URL: readFileSync(`${DEV_BUS}/url`, 'utf8').trim(), NATS_USER: 'reporting-team', NATS_PASSWORD_FILE: `${DEV_BUS}/reporting-team.password` } : process.env;
const config = loadConfigOrExit('events', ServiceConfig, settings);
const url = config.NATS_URL;
const nc = await connect({ servers: url.split(',').map((s) => s.trim()), name: 'events-tail', ...natsClientOptions(config) }).catch((err: Error) => {
  const refused = /authori[sz]ation|permission/i.test(err.message);
  process.stderr.write(refused ? `NATS_USER: ${url} refused ${config.NATS_USER || 'a client without credentials'} (${err.message})\n` : `NATS_URL: cannot reach ${url}: ${err.message}\n`);
  process.exit(1);
});
const js = jetstream(nc);
const jsm = await jetstreamManager(nc);
const stop = () => void nc.close();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await Promise.all(
  streamsFor(subject).map(async (stream) => {
    const info = await jsm.streams.info(stream.name).catch(() => null);
    if (!info) return; // nothing published there yet
    const lastSeq = info.state.last_seq;
    if (untilCaughtUp && (!fromStart || info.state.messages === 0)) return;
    const consumer = await js.consumers.get(stream.name, {
      deliver_policy: fromStart ? DeliverPolicy.All : DeliverPolicy.New,
      ...(subject && subject !== '>' ? { filter_subjects: subject } : {}),
    });
    const messages = await consumer.consume({ max_messages: 256 });
    for await (const m of messages) {
      process.stdout.write(line(m));
      if (untilCaughtUp && (m.seq >= lastSeq || m.info.pending === 0)) break;
    }
  }),
).catch((err: Error) => {
  if (!nc.isClosed()) process.stderr.write(`events tail: ${err.message}\n`);
});
if (!nc.isClosed()) await nc.close();
