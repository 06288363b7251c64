/**
 * The baseline of the intake benchmark: a bare Fastify server with a pg pool of intake's size.
 * Run as its own process by the benchmark, as intake is, on tables made like intake's, with the
 * same indexes and foreign keys (bare-tables.ts).
 *
 * - POST /api/petitions: the baseline proper. Stores the same petition row intake's
 *   registration stores (same 25 columns, same indexes and references), one INSERT per request,
 *   no validation, no transaction, no events.
 * - POST /api/petitions/statements: not a baseline but a breakdown — intake's registration
 *   statements (directory check; BEGIN; per-person advisory lock; same-matter lookup;
 *   long-standing count; petition, petitioner, public step and outbox INSERTs; COMMIT), with the
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
    await pool.query(
      `SELECT
         EXISTS (SELECT 1 FROM intake.township WHERE code = $1) AS township,
         EXISTS (SELECT 1 FROM intake.village WHERE code = $2 AND township_code = $1) AS village,
         EXISTS (SELECT 1 FROM intake.category WHERE code = $3) AS category,
         EXISTS (SELECT 1 FROM intake.handling_unit WHERE code = $4) AS unit`,
      [b.townshipCode, b.villageCode ?? null, b.category, null],
    );
    const id = randomUUID();
    const client = await pool.connect();
    try {
      await client.query('START TRANSACTION');
      for (const ref of [...new Set(people.map((p) => p.ref))].sort()) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ref]);
      await client.query(
        `SELECT DISTINCT p.id, p.linked_petition_id, p.received_at, p.title, p.content, p.category_code, p.village_code, p.status, p.case_status,
                p.registered_at_level, p.handling_unit_kind, p.case_deadline, p.case_overdue
         FROM bare.petition p JOIN bare.petitioner pr ON pr.petition_id = p.id
         WHERE pr.id_number_hash = ANY($1) OR pr.name_phone_hash = ANY($2)`,
        [people.map((p) => p.idNumberHash).filter(Boolean), people.map((p) => p.namePhoneHash).filter(Boolean)],
      );
      await client.query(
        `SELECT coalesce(max(n), 0)::int AS most FROM (
           SELECT count(DISTINCT p.id) AS n FROM bare.petitioner pr JOIN bare.petition p ON p.id = pr.petition_id
           WHERE pr.petitioner_ref = ANY($1) AND p.received_at >= $2 GROUP BY pr.petitioner_ref) counts`,
        [people.map((p) => p.ref), new Date(Date.now() - 730 * 86_400_000)],
      );
      await client.query(INSERT_PETITION, petitionParams(id, b));
      for (const [position, p] of people.entries()) {
        await client.query(
          `INSERT INTO bare.petitioner (id, petition_id, position, petitioner_ref, name_enc, id_number_enc, id_number_hash, phone_enc, phone_hash, name_phone_hash, address_enc, is_representative)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
          [randomUUID(), id, position, p.ref, p.name, p.idNumber ?? null, p.idNumberHash, p.phone ?? null, p.phoneHash, p.namePhoneHash, null, false],
        );
      }
      await client.query(
        `INSERT INTO bare.public_step (petition_id, occurred_at, kind, description, source_event_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (source_event_id) DO NOTHING`,
        [id, new Date(), 'registered', '已登记（来访），待转送承办单位', null],
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
