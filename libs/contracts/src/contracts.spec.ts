import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { schemaValidator } from '../test/schema-validator.js';
import { decodeEvent } from './codec.js';
import { PRODUCERS, type Producer } from './envelope.js';
import { parseSubject } from './event-contract.js';
import { EVENT_CONTRACTS } from './registry.js';
import { DEAD_LETTER_STREAM, EVENT_STREAMS } from './streams.js';
import {
  ASYNCAPI_FILE,
  breakingMessage,
  checkPublishedSchema,
  CONTRACTS_DIR,
  eventJsonSchema,
  generateContractFiles,
  REGENERATE,
  sampleEnvelope,
  sampleFile,
  schemaFile,
} from './tooling/index.js';

/** libs/contracts/, wherever Jest was started from. */
const dir = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => (existsSync(dir + path) ? readFileSync(dir + path, 'utf8') : undefined);
const bySubject = EVENT_CONTRACTS.map((c) => [c.subject, c] as const);

/** NATS subject matching: `*` is one token, `>` the rest. */
function matches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

describe('every event contract', () => {
  it('has a subject <owner>.<aggregate>.<event>.v<major> owned by a producer, unique, and a unique class name', () => {
    for (const { subject } of EVENT_CONTRACTS) {
      expect(() => parseSubject(subject)).not.toThrow();
      expect(PRODUCERS).toContain(parseSubject(subject).owner);
    }
    const subjects = EVENT_CONTRACTS.map((c) => c.subject);
    expect(subjects.filter((s, i) => subjects.indexOf(s) !== i)).toEqual([]);
    // class names name the messages in asyncapi.yaml
    const names = EVENT_CONTRACTS.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("is held by its producer's stream, and by no other stream", () => {
    const streams = [...Object.values(EVENT_STREAMS), DEAD_LETTER_STREAM];
    for (const { subject } of EVENT_CONTRACTS) {
      const own = EVENT_STREAMS[parseSubject(subject).owner as Producer];
      const holders = streams.filter((s) => s.subjects.some((p) => matches(p, subject))).map((s) => s.name);
      expect({ subject, holders }).toEqual({ subject, holders: [own.name] });
    }
  });

  it('has a description and a sample', () => {
    for (const c of EVENT_CONTRACTS) {
      expect({ subject: c.subject, description: c.description.trim().length > 0 }).toEqual({ subject: c.subject, description: true });
      expect(typeof c.sample).toBe('object');
    }
  });
});

describe.each(bySubject)('%s', (subject, contract) => {
  const envelope = sampleEnvelope(contract);

  it('sample decodes against its own class', () => {
    const decoded = decodeEvent(contract, JSON.stringify(envelope));
    expect(decoded).toEqual({ ok: true, event: expect.objectContaining({ id: envelope.id, type: parseSubject(subject).type }) });
  });

  it('sample validates against the generated JSON Schema', () => {
    expect(schemaValidator(eventJsonSchema(contract))(envelope)).toBeUndefined();
  });

  it('published schema is unchanged (a schema must not change in place)', () => {
    const check = checkPublishedSchema(contract, read(schemaFile(subject)));
    if (check.status === 'unpublished') throw new Error(`${subject} has no checked-in schema at ${CONTRACTS_DIR}/${schemaFile(subject)}: ${REGENERATE}.`);
    if (check.status === 'breaking') throw new Error(breakingMessage(contract, check.comparison));
    if (check.status === 'compatible') {
      const changes = check.comparison.changes.map((c) => `${c.path} (${c.detail})`).join(', ') || 'formatting only';
      throw new Error(`${subject}: the class changed compatibly (${changes}) but ${CONTRACTS_DIR}/${schemaFile(subject)} was not regenerated: ${REGENERATE}.`);
    }
  });
});

describe('generated files', () => {
  it('samples and asyncapi.yaml are what the generator makes now', () => {
    const stale = generateContractFiles(EVENT_CONTRACTS)
      .filter((f) => !f.path.startsWith('schemas/')) // schemas have their own, stricter test above
      .filter((f) => read(f.path) !== f.text)
      .map((f) => `${CONTRACTS_DIR}/${f.path}`);
    if (stale.length) throw new Error(`out of date: ${stale.join(', ')}: ${REGENERATE}.`);
  });

  it('every schema and sample file belongs to a contract', () => {
    const expected = new Set(EVENT_CONTRACTS.flatMap((c) => [schemaFile(c.subject), sampleFile(c.subject)]));
    const orphans = ['schemas', 'samples'].flatMap((sub) => (existsSync(dir + sub) ? readdirSync(dir + sub).map((f) => `${sub}/${f}`) : [])).filter((p) => !expected.has(p));
    if (orphans.length) {
      throw new Error(
        `${orphans.map((p) => `${CONTRACTS_DIR}/${p}`).join(', ')} belong to no contract in EVENT_CONTRACTS. A published contract stays ` +
          'until its consumers have moved to the next version; when it is retired, delete its files too.',
      );
    }
  });

  it('asyncapi.yaml is an AsyncAPI 3.0 document with a channel, an operation and a message per subject, and no dangling $ref', () => {
    const doc = parse(read(ASYNCAPI_FILE) ?? '') as Record<string, Record<string, Record<string, unknown>>>;
    expect(doc['asyncapi']).toBe('3.0.0');
    expect(Object.values(doc['servers']!).map((s) => s['protocol'])).toEqual(['nats']);
    for (const { subject, name } of EVENT_CONTRACTS) {
      expect(doc['channels']![subject]).toMatchObject({ address: subject, messages: { [name]: { $ref: `#/components/messages/${subject}` } } });
      expect(doc['operations']![`publish.${subject}`]).toMatchObject({ action: 'send', channel: { $ref: `#/channels/${subject}` } });
    }
    const description = (doc['info'] as unknown as { description: string }).description;
    for (const stream of [...Object.values(EVENT_STREAMS), DEAD_LETTER_STREAM]) expect(description).toContain(`\`${stream.name}\``);

    const refs: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => (key === '$ref' && typeof value === 'string' ? (refs.push(value), value) : value));
    const resolve = (ref: string) =>
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);
    expect(refs.filter((r) => !r.startsWith('#/') || resolve(r) === undefined)).toEqual([]);
  });

  it('every message example in asyncapi.yaml validates against its payload schema there', () => {
    const doc = parse(read(ASYNCAPI_FILE) ?? '') as { components: { messages: Record<string, { payload: { $ref: string }; examples: { payload: unknown }[] }> } };
    for (const [subject, message] of Object.entries(doc.components.messages)) {
      // `#/components/...` refs resolve against the document; not strict, as the document is no schema itself
      const validate = schemaValidator({ components: doc.components, $ref: message.payload.$ref }, { strict: false });
      for (const example of message.examples) expect({ subject, errors: validate(example.payload) }).toEqual({ subject, errors: undefined });
    }
  });
});
