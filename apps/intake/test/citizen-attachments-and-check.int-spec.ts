import { jest } from '@jest/globals';
import { AttachmentAddedV1 } from '#contracts';
import { IntakeRig, petition, QINGSHUI, QINGSHUI_YANGLIU } from './support.js';

jest.setTimeout(60_000);

/** A 1×1 baseline JPEG (JFIF). */
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n', 'latin1');

let clients = 0;
/** A client address of its own for each test (the service trusts X-Forwarded-For from its proxy), so rate limits do not carry over. */
const client = () => ({ 'x-forwarded-for': `203.0.113.${++clients}` });

function onlineBody(overrides: Record<string, unknown> = {}) {
  return {
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_YANGLIU,
    category: 'environment',
    title: '反映砂石场夜间作业噪音扰民',
    content: '杨柳村三组旁的砂石场每天晚上十点以后还在开机作业，噪音很大，附近老人小孩无法休息，要求依法查处。',
    petitioners: [{ name: '上官秀英', idNumber: '430524197205180026', phone: '13787654321', address: '清水镇杨柳村三组' }],
    ...overrides,
  };
}

/** The online form's two helpers: the check before submitting, and attachments sent with the tracking code after it. */
describe('intake: the citizen checks the form before submitting and attaches files with the tracking code', () => {
  let rig: IntakeRig;

  beforeAll(async () => {
    rig = await IntakeRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  const submit = async (body: object = onlineBody()) => {
    const res = await rig.http('POST', '/api/public/petitions', { body, headers: client() });
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.trackingCode as string;
  };
  const attach = async (code: string, content: Buffer, fileName: string, headers: Record<string, string> = client()) => {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    const res = await fetch(`${rig.url}/api/public/petitions/${code}/attachments`, { method: 'POST', headers, body: form });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const petitionOf = async (code: string) => (await rig.query<{ id: string }>(`SELECT id FROM intake.petition WHERE tracking_code = $1`, [code]))[0]!.id;

  describe('POST /api/public/petitions/check', () => {
    const check = (body: object, headers = client()) => rig.http('POST', '/api/public/petitions/check', { body, headers });

    it('answers 204 for a valid form and stores nothing', async () => {
      const stored = () => rig.count(`SELECT (SELECT count(*) FROM intake.petition) + (SELECT count(*) FROM intake.petitioner) + (SELECT count(*) FROM intake.outbox)`);
      const before = await stored();
      const res = await check(onlineBody());
      expect(res.status).toBe(204);
      expect(res.body).toBe('');
      expect(await stored()).toBe(before);
    });

    it('names each field and rule exactly as the submission does', async () => {
      const bad = onlineBody({
        title: '',
        villageCode: '430599102202', // 红岩村 is in 石门镇
        petitioners: [{ name: '上官秀英', idNumber: '430524197205180027', phone: '0739-5551234' }],
      });
      const checked = await check(bad);
      const submitted = await rig.http('POST', '/api/public/petitions', { body: bad, headers: client() });
      expect(checked.status).toBe(400);
      expect(submitted.status).toBe(400);
      // the DTO's rules first: an empty title never reaches the directory or ID checks, in either
      expect(checked.body.errors).toEqual(submitted.body.errors);
      expect(checked.body.errors).toContainEqual(expect.objectContaining({ field: 'title' }));

      const semantic = onlineBody({ villageCode: '430599102202', petitioners: [{ name: '上官秀英', idNumber: '430524197205180027', phone: '0739-5551234' }] });
      const c2 = await check(semantic);
      const s2 = await rig.http('POST', '/api/public/petitions', { body: semantic, headers: client() });
      expect(c2.status).toBe(400);
      expect(new Set(c2.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['villageCode', 'petitioners[0].idNumber', 'petitioners[0].phone']));
      expect(c2.body.errors).toContainEqual({ field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确（GB 11643）' });
      expect(c2.body.errors).toContainEqual({ field: 'petitioners[0].phone', rule: 'mobileForOnline', message: '网上信访须留手机号，用于接收受理、答复等短信告知' });
      expect([...c2.body.errors].sort((a, b) => a.field.localeCompare(b.field))).toEqual([...s2.body.errors].sort((a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field)));
    });

    it('does not count against the submission limit', async () => {
      const me = client();
      for (let i = 0; i < 8; i++) expect((await check(onlineBody(), me)).status).toBe(204);
      for (let i = 0; i < 5; i++) {
        const res = await rig.http('POST', '/api/public/petitions', { body: onlineBody({ title: `第${i}件：反映砂石场噪音`, category: 'other' }), headers: me });
        expect(res.status).toBe(201);
      }
      expect((await rig.http('POST', '/api/public/petitions', { body: onlineBody(), headers: me })).status).toBe(429);
    });
  });

  describe('POST /api/public/petitions/:trackingCode/attachments', () => {
    it('stores a JPEG and a PDF encrypted with the petition, typed from the content, and announces them without content', async () => {
      const code = await submit();
      const photo = await attach(code, JPEG, '现场照片.jpg');
      expect(photo).toEqual({ status: 201, body: { id: expect.any(String), fileName: '现场照片.jpg', contentType: 'image/jpeg', sizeBytes: JPEG.length } });
      // the code is forgiving about case and dashes, as on the tracking page
      const letter = await attach(code.toLowerCase().replace(/-/g, ''), PDF, 'scan');
      expect(letter.status).toBe(201);
      expect(letter.body.contentType).toBe('application/pdf');

      const id = await petitionOf(code);
      const rows = await rig.query(`SELECT content_type, size_bytes, uploaded_by, content_enc, file_name_enc FROM intake.attachment WHERE petition_id = $1 ORDER BY size_bytes`, [id]);
      expect(rows.map((r) => [r.content_type, r.uploaded_by])).toEqual(
        [[photo.body.sizeBytes < letter.body.sizeBytes ? 'image/jpeg' : 'application/pdf', 'citizen'], [photo.body.sizeBytes < letter.body.sizeBytes ? 'application/pdf' : 'image/jpeg', 'citizen']],
      );
      for (const r of rows) {
        expect(Buffer.from(r.content_enc).includes(Buffer.from('%PDF'))).toBe(false);
        expect(r.file_name_enc).not.toContain('现场照片');
      }
      const events = await rig.eventsOf(id, AttachmentAddedV1.subject);
      expect(events).toHaveLength(2);
      expect(events.map((e) => e.actor)).toEqual([{ kind: 'citizen' }, { kind: 'citizen' }]);
      expect(Object.keys(events[0]!.payload).sort()).toEqual(['attachmentId', 'contentType', 'petitionId', 'sizeBytes']);

      // the staff see them on the petition
      const detail = await rig.http('GET', `/api/petitions/${id}`, { token: await rig.token('township-officer', QINGSHUI) });
      expect(detail.body.attachments.map((a: { fileName: string }) => a.fileName).sort()).toEqual(['scan', '现场照片.jpg'].sort());
    });

    it('refuses a file that is not JPEG, PNG or PDF by its content, and stores nothing', async () => {
      const code = await submit();
      const res = await attach(code, Buffer.from('不是图片'), '照片.jpg');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'fileType' })]);
      expect(await rig.count(`SELECT count(*) FROM intake.attachment WHERE petition_id = $1`, [await petitionOf(code)])).toBe(0);
    });

    it('takes at most 5 files a petition, also when they arrive at once', async () => {
      const code = await submit();
      const answers = await Promise.all(Array.from({ length: 7 }, (_, i) => attach(code, JPEG, `照片${i}.jpg`)));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
      const refused = answers.filter((a) => a.status !== 201);
      expect(refused.map((a) => a.status)).toEqual([409, 409]);
      expect(refused[0]!.body).toMatchObject({ rule: 'attachment-limit', message: '每件网上信访最多上传 5 个附件' });
      expect(await rig.count(`SELECT count(*) FROM intake.attachment WHERE petition_id = $1`, [await petitionOf(code)])).toBe(5);
    });

    it('only within 60 minutes of the submission', async () => {
      const code = await submit();
      await rig.query(`UPDATE intake.petition SET created_at = now() - interval '59 minutes' WHERE tracking_code = $1`, [code]);
      expect((await attach(code, JPEG, 'a.jpg')).status).toBe(201);
      await rig.query(`UPDATE intake.petition SET created_at = now() - interval '61 minutes' WHERE tracking_code = $1`, [code]);
      const late = await attach(code, JPEG, 'b.jpg');
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ rule: 'attachment-window-closed' });
      expect(late.body.message).toContain('60 分钟');
    });

    it('not for a petition the staff registered, nor for an unknown code', async () => {
      const staff = await rig.registered(petition());
      const res = await attach(staff.trackingCode, JPEG, 'a.jpg');
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ rule: 'attachment-online-only' });
      expect((await attach('ABCDE-FGHJK-LMNPQ', JPEG, 'a.jpg')).status).toBe(404);
      expect((await attach('not-a-code', JPEG, 'a.jpg')).status).toBe(404);
      expect(await rig.count(`SELECT count(*) FROM intake.attachment WHERE petition_id = $1`, [staff.id])).toBe(0);
    });
  });

  it('GET /api/directory names the county for the citizens\' page header', async () => {
    const res = await rig.http('GET', '/api/directory');
    expect(res.status).toBe(200);
    expect(res.body.countyName).toBe('清溪县');
  });
});
