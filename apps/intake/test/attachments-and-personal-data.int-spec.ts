import { crc32, deflateSync } from 'node:zlib';
import { jest } from '@jest/globals';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { AttachmentAddedV1, PETITIONER_CONTACT_SUBJECT, type PetitionerContactReplyV1 } from '#contracts';
import { IntakeRig, person, petition, QINGSHUI, SHIMEN } from './support.js';

jest.setTimeout(60_000);

const MAX = 10 * 1024 * 1024;

// ───────────── tiny real files ─────────────

/** A 1×1 baseline JPEG (JFIF), the classic smallest valid one. */
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A 2×2 RGB PNG built chunk by chunk: signature, IHDR, IDAT (zlib), IEND, each with its CRC. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0); // width
  ihdr.writeUInt32BE(2, 4); // height
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // colour type: RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]); // filter byte + 2 pixels, twice
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A one-page PDF whose text is a marker we can look for in the database. */
const PDF_MARKER = 'XF-SCANNED-LETTER-7731-PLAINTEXT';
function pdf(): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${PDF_MARKER}) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    `<</Length ${stream.length}>>\nstream\n${stream}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Attachments (scanned letters, photos) and the personal-data access log, including the contact request/reply for notification. */
describe('intake: attachments and personal data', () => {
  let rig: IntakeRig;
  let officer: string;
  let petitionId: string;
  const petitioner = person('慕容秋菊');

  beforeAll(async () => {
    rig = await IntakeRig.start();
    officer = await rig.token('township-officer', QINGSHUI);
    petitionId = (await rig.registered(petition({ petitioners: [petitioner] }))).id;
  });

  afterAll(async () => {
    await rig?.close();
  });

  async function upload(id: string, content: Buffer, fileName: string, declaredType: string, token = officer) {
    const form = new FormData();
    form.append('file', new Blob([content], { type: declaredType }), fileName);
    const res = await fetch(`${rig.url}/api/petitions/${id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  describe('attachments', () => {
    const uploaded: Record<string, { id: string; content: Buffer; name: string; type: string }> = {};

    it('accepts a JPEG, a PNG and a PDF, typed from their content, and publishes intake.petition.attachment-added.v1 without the content', async () => {
      const files = [
        { content: JPEG, name: '现场照片.jpg', declared: 'image/jpeg', type: 'image/jpeg' },
        // a PNG sent as application/octet-stream under a name without extension: the content decides
        { content: png(), name: 'photo', declared: 'application/octet-stream', type: 'image/png' },
        { content: pdf(), name: '来信扫描件.pdf', declared: 'application/pdf', type: 'application/pdf' },
      ];
      for (const f of files) {
        const res = await upload(petitionId, f.content, f.name, f.declared);
        expect(res.status).toBe(201);
        expect(res.body).toEqual({ id: expect.any(String), fileName: f.name, contentType: f.type, sizeBytes: f.content.length });
        uploaded[f.type] = { id: res.body.id, content: f.content, name: f.name, type: f.type };
      }
      const events = await rig.eventsOf(petitionId, AttachmentAddedV1.subject);
      expect(events.map((e) => e.payload).sort((a, b) => a.sizeBytes - b.sizeBytes)).toEqual(
        files.map((f) => ({ petitionId, attachmentId: uploaded[f.type]!.id, contentType: f.type, sizeBytes: f.content.length })).sort((a, b) => a.sizeBytes - b.sizeBytes),
      );
    });

    it('refuses a text file named .jpg by its content, and stores nothing', async () => {
      const before = await rig.count(`SELECT count(*) FROM intake.attachment`);
      const res = await upload(petitionId, Buffer.from('这不是图片，只是一段文字。\n'), '照片.jpg', 'image/jpeg');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'fileType' })]);
      // a file that merely starts like a PDF's name does not count either
      expect((await upload(petitionId, Buffer.from('PDF-1.4 fake'), 'scan.pdf', 'application/pdf')).status).toBe(400);
      expect(await rig.count(`SELECT count(*) FROM intake.attachment`)).toBe(before);
    });

    it('refuses a file over 10 MB with 413 and stores nothing; exactly 10 MB is accepted', async () => {
      const before = await rig.count(`SELECT count(*) FROM intake.attachment`);
      const tooBig = Buffer.alloc(MAX + 1, 0x20);
      JPEG.copy(tooBig);
      const res = await upload(petitionId, tooBig, 'big.jpg', 'image/jpeg');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: expect.stringMatching(/10 MB/) });
      expect(await rig.count(`SELECT count(*) FROM intake.attachment`)).toBe(before);

      const atLimit = Buffer.alloc(MAX, 0x20);
      pdf().copy(atLimit);
      const ok = await upload(petitionId, atLimit, 'limit.pdf', 'application/pdf');
      expect(ok.status).toBe(201);
      expect(ok.body.sizeBytes).toBe(MAX);
    });

    it('refuses an upload without a file, or not as multipart', async () => {
      const empty = await fetch(`${rig.url}/api/petitions/${petitionId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${officer}` }, body: new FormData() });
      expect(empty.status).toBe(400);
      const json = await rig.http('POST', `/api/petitions/${petitionId}/attachments`, { token: officer, body: { file: 'x' } });
      expect(json.status).toBe(400);
    });

    it('lists the attachments on the petition detail; a download returns the same bytes', async () => {
      const detail = await rig.http('GET', `/api/petitions/${petitionId}`, { token: officer });
      expect(detail.status).toBe(200);
      for (const f of Object.values(uploaded)) {
        expect(detail.body.attachments).toContainEqual({ id: f.id, fileName: f.name, contentType: f.type, sizeBytes: f.content.length, uploadedAt: expect.any(String) });
        const res = await fetch(`${rig.url}/api/petitions/${petitionId}/attachments/${f.id}`, { headers: { authorization: `Bearer ${officer}` } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(f.type);
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
        expect(Buffer.from(await res.arrayBuffer()).equals(f.content)).toBe(true);
      }
      // each download was logged as a read of the petitioner's material
      for (const f of Object.values(uploaded)) {
        expect(await rig.count(`SELECT count(*) FROM intake.personal_data_access WHERE petition_id = $1 AND purpose = $2 AND actor_id = 'test-township-officer-${QINGSHUI}'`, [petitionId, `attachment:${f.id}`])).toBe(1);
      }
    });

    it('stores the content and the file name encrypted, not as plaintext', async () => {
      const rows = await rig.query<{ id: string; content_enc: Buffer; file_name_enc: string; sha256: string }>(`SELECT id, content_enc, file_name_enc, sha256 FROM intake.attachment WHERE petition_id = $1`, [petitionId]);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const f of Object.values(uploaded)) {
        const row = rows.find((r) => r.id === f.id)!;
        expect(row.content_enc.equals(f.content)).toBe(false);
        expect(row.content_enc.includes(f.content.subarray(0, 8))).toBe(false);
        expect(row.file_name_enc).not.toContain(f.name);
      }
      const pdfRow = rows.find((r) => r.id === uploaded['application/pdf']!.id)!;
      expect(pdfRow.content_enc.includes(Buffer.from(PDF_MARKER))).toBe(false);
      expect(pdfRow.content_enc.includes(Buffer.from('%PDF-'))).toBe(false);
      // nowhere else in the database either
      const [{ hits }] = await rig.query<{ hits: number }>(
        `SELECT count(*)::int AS hits FROM intake.attachment a WHERE position($1::bytea IN a.content_enc) > 0 OR a.file_name_enc LIKE '%' || $2 || '%'`,
        [Buffer.from(PDF_MARKER), '来信扫描件'],
      );
      expect(hits).toBe(0);
    });

    it('keeps attachments in scope: another township and an analyst cannot upload or download', async () => {
      const f = uploaded['image/jpeg']!;
      const shimen = await rig.token('township-officer', SHIMEN);
      expect((await upload(petitionId, JPEG, 'x.jpg', 'image/jpeg', shimen)).status).toBe(403); // acting on another township's petition (api.md)
      expect((await rig.http('GET', `/api/petitions/${petitionId}/attachments/${f.id}`, { token: shimen })).status).toBe(404);
      expect((await upload(petitionId, JPEG, 'x.jpg', 'image/jpeg', await rig.token('analyst'))).status).toBe(403);
      expect((await rig.http('GET', `/api/petitions/${petitionId}/attachments/${f.id}`, { token: await rig.token('analyst') })).status).toBe(403);
      expect((await upload('00000000-0000-4000-8000-000000000000', JPEG, 'x.jpg', 'image/jpeg')).status).toBe(404);
    });
  });

  describe('personal data', () => {
    it('masks the petitioners in a petition detail unless asked to reveal them, and writes every reveal to intake.personal_data_access: who, which petition, when', async () => {
      const leader = await rig.token('leader', QINGSHUI);
      const reveals = () => rig.count(`SELECT count(*) FROM intake.personal_data_access WHERE petition_id = $1 AND purpose = 'reveal-petitioners'`, [petitionId]);
      const before = await reveals();
      const total = await rig.count(`SELECT count(*) FROM intake.personal_data_access`);

      // the plain detail: enough to recognise the person, not to identify them — and nothing logged
      const masked = await rig.http('GET', `/api/petitions/${petitionId}`, { token: officer });
      expect(masked.status).toBe(200);
      expect(masked.body.petitionersRevealed).toBe(false);
      expect(masked.body.petitioners[0]).toMatchObject({
        name: '慕**菊',
        idNumber: `${petitioner.idNumber.slice(0, 4)}**********${petitioner.idNumber.slice(-4)}`,
        phone: `${petitioner.phone.slice(0, 3)}****${petitioner.phone.slice(-4)}`,
        address: expect.stringMatching(/^清水镇.*\*{4}$/),
        isRepresentative: false,
      });
      const shown = JSON.stringify(masked.body);
      for (const value of [petitioner.name, petitioner.idNumber, petitioner.phone, petitioner.address]) expect(shown).not.toContain(value);
      expect(await rig.count(`SELECT count(*) FROM intake.personal_data_access`)).toBe(total);
      expect((await rig.http('GET', `/api/petitions/${petitionId}?reveal=everything`, { token: officer })).status).toBe(400);

      // the reveal: the petitioners as registered, and the read in the log
      const started = new Date(Date.now() - 1000);
      const revealed = await rig.http('GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: officer });
      expect(revealed.body.petitionersRevealed).toBe(true);
      expect(revealed.body.petitioners[0]).toMatchObject({ name: '慕容秋菊', idNumber: petitioner.idNumber, phone: petitioner.phone, address: petitioner.address });
      expect((await rig.http('GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: leader })).status).toBe(200);
      expect(await reveals()).toBe(before + 2);
      const rows = await rig.query(
        `SELECT actor_kind, actor_id, actor_role, petition_id, purpose, accessed_at, correlation_id FROM intake.personal_data_access WHERE petition_id = $1 AND purpose = 'reveal-petitioners' ORDER BY id`,
        [petitionId],
      );
      expect(rows.slice(-2)).toEqual([
        expect.objectContaining({ actor_kind: 'staff', actor_id: `test-township-officer-${QINGSHUI}`, actor_role: 'township-officer', petition_id: petitionId }),
        expect.objectContaining({ actor_kind: 'staff', actor_id: `test-leader-${QINGSHUI}`, actor_role: 'leader', petition_id: petitionId }),
      ]);
      for (const r of rows.slice(-2)) {
        expect(new Date(r.accessed_at).getTime()).toBeGreaterThanOrEqual(started.getTime());
        expect(r.correlation_id).toMatch(/^[0-9a-f-]{36}$/);
      }

      // a refused reveal (another township) reads nothing and logs nothing; lists carry no personal data and log nothing
      const after = await rig.count(`SELECT count(*) FROM intake.personal_data_access`);
      expect((await rig.http('GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: await rig.token('township-officer', SHIMEN) })).status).toBe(404);
      expect((await rig.http('GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: await rig.token('analyst') })).status).toBe(403);
      const list = await rig.http('GET', '/api/petitions?pageSize=200', { token: officer });
      const listed = JSON.stringify(list.body);
      for (const value of [petitioner.name, petitioner.idNumber, petitioner.phone, petitioner.address]) expect(listed).not.toContain(value);
      expect(await rig.count(`SELECT count(*) FROM intake.personal_data_access`)).toBe(after);
    });

    describe('the petitioner-contact request/reply (for notification)', () => {
      let client: ClientProxy;

      beforeAll(async () => {
        client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [rig.platform.nats.url] } });
        await client.connect();
      });

      afterAll(async () => {
        await client?.close();
      });

      const ask = <T>(payload: object) => firstValueFrom(client.send<T>(PETITIONER_CONTACT_SUBJECT, payload).pipe(timeout(5000)));

      it('returns the decrypted contact and logs the requesting service and purpose', async () => {
        const reply = await ask<PetitionerContactReplyV1>({ petitionId, purpose: 'sms:casework.case.accepted.v1', requestedBy: 'notification' });
        const [p] = await rig.query(`SELECT tracking_code FROM intake.petition WHERE id = $1`, [petitionId]);
        expect(reply).toEqual({
          petitionId,
          trackingCode: p!.tracking_code,
          townshipCode: QINGSHUI,
          recipients: [{ petitionerRef: expect.stringMatching(/^pr_/), name: '慕容秋菊', mobile: petitioner.phone, isRepresentative: false }],
        });
        const [log] = await rig.query(`SELECT actor_kind, actor_id, actor_role, petition_id, purpose FROM intake.personal_data_access WHERE actor_kind = 'service' ORDER BY id DESC LIMIT 1`);
        expect(log).toEqual({ actor_kind: 'service', actor_id: 'notification', actor_role: null, petition_id: petitionId, purpose: 'sms:casework.case.accepted.v1' });
      });

      it('answers for a collective petition with its representatives only, and no mobile for a landline', async () => {
        const reps = [{ ...person('代表一'), phone: '0739-5551234' }, person('代表二')];
        const id = (await rig.registered(petition({ headcount: 9, petitioners: [...reps, person('群众三'), { name: '群众四' }], representatives: [0, 1] }))).id;
        const reply = await ask<PetitionerContactReplyV1>({ petitionId: id, purpose: 'sms:casework.case.replied.v1', requestedBy: 'notification' });
        expect(reply.recipients.map((r) => [r.name, r.mobile, r.isRepresentative])).toEqual([
          ['代表一', null, true],
          ['代表二', reps[1]!.phone, true],
        ]);
      });

      it('answers not-found for an unknown petition, refuses a malformed request, and logs neither', async () => {
        const before = await rig.count(`SELECT count(*) FROM intake.personal_data_access`);
        expect(await ask({ petitionId: '00000000-0000-4000-8000-000000000000', purpose: 'sms:x', requestedBy: 'notification' })).toEqual({ error: 'not-found' });
        await expect(ask({ petitionId: 'not-a-uuid', requestedBy: 'notification' })).rejects.toBeDefined();
        expect(await rig.count(`SELECT count(*) FROM intake.personal_data_access`)).toBe(before);
      });
    });
  });
});
