import { CASE_REPLIES_SUBJECT, DEAD_LETTER_STREAM, EVENT_STREAMS, PETITIONER_CONTACT_SUBJECT, PRODUCERS, type Producer, type StreamDefinition } from '#contracts';

/**
 * Who may do what on the bus: the one source of the nats-server users (tests, `npm start`,
 * compose and the cluster render their `authorization` block from it). Each service publishes
 * only its own events, its own dead letters and the JetStream API calls of its own streams and
 * durables; it subscribes only to its inboxes and the RPC subjects it serves. Seed and
 * maintenance jobs of a service (seeds, `rebuild:reporting`) run as that service's user.
 */
export const BUS_USERS = [...PRODUCERS, 'reporting-team'] as const;
export type BusUser = (typeof BUS_USERS)[number];

export interface BusPermissions {
  publish: { allow: string[]; deny: string[] };
  subscribe: { allow: string[] };
  /** May answer a request it received (one reply each) without publishing to `_INBOX.>`. */
  allowResponses: boolean;
}

/** The streams each service consumes with a durable named after itself (its MessagingModule's consumers). */
export const CONSUMED_STREAMS: Readonly<Record<Producer, readonly StreamDefinition[]>> = {
  intake: [EVENT_STREAMS.casework],
  casework: [EVENT_STREAMS.intake],
  notification: [EVENT_STREAMS.intake, EVENT_STREAMS.casework],
  reporting: [EVENT_STREAMS.intake, EVENT_STREAMS.casework],
};

/** Request/reply subjects: who serves each, and who alone may ask. */
export const RPC_SUBJECTS: Readonly<Record<string, { servedBy: Producer; askedBy: readonly Producer[] }>> = {
  [PETITIONER_CONTACT_SUBJECT]: { servedBy: 'intake', askedBy: ['notification'] },
  [CASE_REPLIES_SUBJECT]: { servedBy: 'casework', askedBy: ['intake'] },
};

const api = (...tokens: string[]) => ['$JS.API', ...tokens].join('.');

/** Creating, reading and pulling one durable (both the 2.9+ and the older create subjects), and acking its messages. */
function durable(stream: string, name: string): string[] {
  return [
    api('CONSUMER.CREATE', stream, name),
    api('CONSUMER.CREATE', stream, name, '>'),
    api('CONSUMER.DURABLE.CREATE', stream, name),
    api('CONSUMER.INFO', stream, name),
    api('CONSUMER.MSG.NEXT', stream, name),
    `$JS.ACK.${stream}.${name}.>`,
  ];
}

/** Ordered (ephemeral) consumers on a stream: reading it from any point, nothing acked. */
function ephemeral(stream: string): string[] {
  return [api('CONSUMER.CREATE', stream), api('CONSUMER.CREATE', stream, '*'), api('CONSUMER.CREATE', stream, '*', '>'), api('CONSUMER.INFO', stream, '*'), api('CONSUMER.MSG.NEXT', stream, '*'), api('CONSUMER.DELETE', stream, '*')];
}

function servicePermissions(service: Producer): BusPermissions {
  const own = EVENT_STREAMS[service];
  const consumed = CONSUMED_STREAMS[service];
  // a consumer may start before the producer and provisions the streams it reads (provisioning.ts)
  const provisioned = [own, DEAD_LETTER_STREAM, ...consumed].map((s) => s.name);
  const dead = DEAD_LETTER_STREAM.name;
  const publish = [
    ...own.subjects,
    `deadletter.${service}.>`,
    api('INFO'),
    ...provisioned.flatMap((s) => [api('STREAM.INFO', s), api('STREAM.CREATE', s), api('STREAM.UPDATE', s)]),
    ...consumed.flatMap((s) => durable(s.name, service)),
    // the rebuild of reporting's projections replays its sources with ordered consumers
    ...(service === 'reporting' ? consumed.flatMap((s) => ephemeral(s.name)) : []),
    // listing (ordered consumer), replaying and removing its dead letters
    ...ephemeral(dead),
    api('STREAM.MSG.GET', dead),
    api('STREAM.MSG.DELETE', dead),
    ...Object.entries(RPC_SUBJECTS)
      .filter(([, rpc]) => rpc.askedBy.includes(service))
      .map(([subject]) => subject),
  ];
  const serves = Object.entries(RPC_SUBJECTS)
    .filter(([, rpc]) => rpc.servedBy === service)
    .map(([subject]) => subject);
  return { publish: { allow: publish, deny: [] }, subscribe: { allow: ['_INBOX.>', ...serves] }, allowResponses: serves.length > 0 };
}

/**
 * The reporting team's subscribers: read every event stream with durables or ordered consumers
 * of their own, never a platform service's durable, never publish an event.
 */
function reportingTeamPermissions(): BusPermissions {
  const streams = PRODUCERS.map((p) => EVENT_STREAMS[p].name);
  const allow = [
    api('INFO'),
    api('STREAM.NAMES'),
    api('STREAM.LIST'),
    ...streams.flatMap((s) => [api('STREAM.INFO', s), ...ephemeral(s), api('CONSUMER.DURABLE.CREATE', s, '*'), `$JS.ACK.${s}.>`]),
  ];
  const deny = streams.flatMap((s) => PRODUCERS.flatMap((service) => [...durable(s, service), api('CONSUMER.DELETE', s, service)]));
  return { publish: { allow, deny }, subscribe: { allow: ['_INBOX.>'] }, allowResponses: false };
}

export function busPermissions(user: BusUser): BusPermissions {
  if (!BUS_USERS.includes(user)) throw new Error(`no permissions for bus user ${user}`);
  return user === 'reporting-team' ? reportingTeamPermissions() : servicePermissions(user);
}

/** The bus users allowed to request an RPC subject: the authenticated caller is one of them, whatever a request claims. */
export function allowedRequesters(subject: string): readonly Producer[] {
  return RPC_SUBJECTS[subject]?.askedBy ?? [];
}

export interface BusAccount {
  user: string;
  /** The password, or its bcrypt hash (`$2a$…`, made with `nats-server --bcrypt` / `nats server passwd`). */
  password: string;
  /** Defaults to busPermissions(user); a test harness gives its own. */
  permissions?: BusPermissions;
}

export interface AuthorizationOptions {
  /** A client without credentials is treated as this user (tests only: their own inspection client). Refused when absent. */
  anonymousAs?: string;
}

const quote = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(quote).join(', ')}]`;

/** The nats-server `authorization { users = [...] }` block (and `no_auth_user` if asked) for these accounts. */
export function renderAuthorization(accounts: BusAccount[], options: AuthorizationOptions = {}): string {
  const users = accounts.map((account) => {
    const p = account.permissions ?? busPermissions(account.user as BusUser);
    const publish = p.publish.deny.length ? `{ allow: ${list(p.publish.allow)}, deny: ${list(p.publish.deny)} }` : `{ allow: ${list(p.publish.allow)} }`;
    const responses = p.allowResponses ? `, allow_responses: true` : '';
    return `    { user: ${quote(account.user)}, password: ${quote(account.password)}, permissions: { publish: ${publish}, subscribe: { allow: ${list(p.subscribe.allow)} }${responses} } }`;
  });
  const anonymous = options.anonymousAs ? `no_auth_user: ${quote(options.anonymousAs)}\n` : '';
  return `${anonymous}authorization {\n  users = [\n${users.join(',\n')}\n  ]\n}\n`;
}
