/**
 * The baseline of the intake benchmark: a bare Fastify server with a pg pool of intake's size.
 * Run as its own process by the benchmark, as intake is, on tables made like intake's, with the
 * same indexes and foreign keys (bare-tables.ts).
 *
 * - POST /api/petitions: the baseline proper. Stores the same petition row intake's
 *   registration stores (same 25 columns, same indexes and references), one INSERT per request,
 *   no validation, no transaction, no events.
 * - POST /api/petitions/statements: not a baseline but a breakdown — intake's registration
 *   statements (BEGIN; the per-person advisory locks; the same-matter lookup with the
 *   long-standing count; the petition, petitioner and public step INSERT; the outbox INSERT;
 *   COMMIT — the directory check is answered from memory in a steady stream), with the
 *   same SQL, and nothing else of intake (no DTO validation, token check, encryption, contract
 *   check or relay). The difference to the bare insert is what the round trips cost; the
 *   difference to intake is what intake does in Node.
 *
 *   DATABASE_URL=… PORT=… POOL_SIZE=10 node dist/scripts/bench/bare-insert-server.js
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

interface Body {
  channel: string;
  townshipCode: string;
  villageCode?: string;
  category: string;
  title: string;
  content: string;
  petitioners: { name: string; idNumber?: string; phone?: string }[];
}

const INSERT_PETITION = `INSERT INTO bare.petition (id, tracking_code, channel, received_at, township_code, village_code, category_code, title, content,
       registered_at_level, headcount, collective, is_accusation, accused_unit_code, status, registered_by,
       letter_date, caller_number_enc, submitted_online_by_citizen, repeat, skip_level, long_standing, linked_petition_id, refusal_reason, case_status)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25)`;
const petitionParams = (id: string, b: Body) => [id, randomBytes(8).toString('hex'), b.channel, new Date(), b.townshipCode, b.villageCode ?? null, b.category, b.title.trim(), b.content.trim(), 'township', b.petitioners.length, false, false, null,
  'registered', 'bench', null, null, false, false, false, false, null, null, 'registered'];
const hash = (kind: string, value: string) => createHash('sha256').update(`${kind}\u0000${value}`).digest('base64url');

async function main(): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10), application_name: 'bench-bare' });
  const app = Fastify({ logger: false });

  app.post<{ Body: Body }>('/api/petitions', async (request, reply) => {
    const id = randomUUID();
    await pool.query(INSERT_PETITION, petitionParams(id, request.body));
    return reply.code(201).send({ id });
  });

  app.post<{ Body: Body }>('/api/petitions/statements', async (request, reply) => {
    const b = request.body;
    const people = b.petitioners.map((p) => {
      const idNumberHash = p.idNumber ? hash('id-number', p.idNumber) : null;
      const namePhoneHash = p.phone ? hash('name-phone', `${p.name}\u0000${p.phone}`) : null;
      return { ...p, idNumberHash, namePhoneHash, phoneHash: p.phone ? hash('phone', p.phone) : null, ref: `pr_${(idNumberHash ?? namePhoneHash ?? randomUUID()).slice(0, 16)}` };
    });
    // (intake remembers directory answers, so a steady stream of registrations does not ask the directory)
    const id = randomUUID();
    const client = await pool.connect();
    try {
      await client.query('START TRANSACTION');
      await client.query('SELECT pg_advisory_xact_lock(hashtext(ref)) FROM unnest($1::text[]) AS ref', [[...new Set(people.map((p) => p.ref))].sort()]);
      await client.query(
        `WITH earlier AS (
           SELECT DISTINCT p.id, p.linked_petition_id, p.received_at, p.title, p.content, p.category_code, p.village_code, p.status, p.case_status,
                  p.registered_at_level, p.handling_unit_kind, p.case_deadline, p.case_overdue
           FROM bare.petition p JOIN bare.petitioner pr ON pr.petition_id = p.id
           WHERE pr.id_number_hash = ANY($1) OR pr.name_phone_hash = ANY($2))
         SELECT (SELECT coalesce(json_agg(earlier), '[]'::json) FROM earlier) AS earlier,
                (SELECT coalesce(max(n), 0)::int FROM (
                   SELECT count(DISTINCT p.id) AS n FROM bare.petitioner pr JOIN bare.petition p ON p.id = pr.petition_id
                   WHERE pr.petitioner_ref = ANY($3) AND p.received_at >= $4 GROUP BY pr.petitioner_ref) counts) AS most`,
        [people.map((p) => p.idNumberHash).filter(Boolean), people.map((p) => p.namePhoneHash).filter(Boolean), people.map((p) => p.ref), new Date(Date.now() - 730 * 86_400_000)],
      );
      const values = people.map((_, i) => `(${Array.from({ length: 12 }, (__, c) => `$${27 + i * 12 + c}`).join(',')})`);
      await client.query(
        `WITH petition AS (${INSERT_PETITION}),
         petitioners AS (
           INSERT INTO bare.petitioner (id, petition_id, position, petitioner_ref, name_enc, id_number_enc, id_number_hash, phone_enc, phone_hash, name_phone_hash, address_enc, is_representative)
           VALUES ${values.join(', ')})
         INSERT INTO bare.public_step (petition_id, occurred_at, kind, description) VALUES ($1, $4, 'registered', $26)`,
        [...petitionParams(id, b), '已登记（来访），待转送承办单位',
          ...people.flatMap((p, position) => [randomUUID(), id, position, p.ref, p.name, p.idNumber ?? null, p.idNumberHash, p.phone ?? null, p.phoneHash, p.namePhoneHash, null, false])],
      );
      const envelope = { id: randomUUID(), type: 'intake.petition.registered', version: 1, occurredAt: new Date().toISOString(), producer: 'intake', townshipCode: b.townshipCode, payload: { petitionId: id, ...b, petitioners: undefined, petitionerRefs: people.map((p) => p.ref) } };
      await client.query(`INSERT INTO bare.outbox (event_id, subject, envelope) VALUES ($1, $2, $3)`, [envelope.id, 'intake.petition.registered.v1', JSON.stringify(envelope)]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    return reply.code(201).send({ id });
  });

  const close = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close());
  process.on('SIGINT', () => void close());

  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

await main();
