import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { eventually, type InProcessService } from '#testing';
import { API_SERVICES, apiTypesFile, renderApiTypes, type ApiService } from '../../scripts/generate-api-types.js';
import { Browser, startGateway } from '../gateway/support.js';
import { QINGSHUI, QINGSHUI_SHIQIAO, residentId, Rig } from '../security/support.js';
import { Conformance, type Answer } from './conformance.js';

jest.setTimeout(240_000);

/**
 * The OpenAPI document each service serves at /docs/json is one a typed client can trust:
 * Redocly's recommended rules find no error in it, swagger-parser finds it valid, every
 * operation documents a 2xx with a schema (or a 204), its 4xx and who may call it, the console's
 * generated types are what `npm run api:generate` makes of it today — and what the services
 * really answer, on a tour of a petition's life and the county's settings through all five,
 * matches the documented status, content type and schema field for field.
 */
describe('the services’ OpenAPI documents', () => {
  let rig: Rig;
  let gateway: InProcessService;
  const documents = {} as Record<ApiService, any>;
  const url = (service: ApiService) => (service === 'gateway' ? gateway.url : rig.url(service));

  beforeAll(async () => {
    rig = await Rig.start(['intake', 'casework', 'notification', 'reporting'], { sms: true });
    gateway = await startGateway(rig.platform, {
      INTAKE_URL: rig.url('intake'),
      CASEWORK_URL: rig.url('casework'),
      NOTIFICATION_URL: rig.url('notification'),
      REPORTING_URL: rig.url('reporting'),
    });
    for (const service of API_SERVICES) {
      const res = await fetch(`${url(service)}/docs/json`);
      expect(res.status).toBe(200);
      documents[service] = await res.json();
    }
  });

  afterAll(async () => {
    await gateway?.close();
    await rig?.close();
  });

  /** The documents as files, for the validators that run as their own processes. */
  const asFiles = (): { dir: string; files: string[] } => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-openapi-'));
    const files = API_SERVICES.map((service) => {
      const file = join(dir, `${service}.json`);
      writeFileSync(file, JSON.stringify(documents[service], null, 2));
      return file;
    });
    return { dir, files };
  };

  it('pass `redocly lint` (recommended rules, @redocly/cli 2.77.0) with no errors', () => {
    const { dir, files } = asFiles();
    try {
      const run = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'redocly'), ['lint', '--format=json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      // one JSON report per file, one after the other
      const json = run.stdout.slice(run.stdout.indexOf('{'), run.stdout.lastIndexOf('}') + 1);
      const reports = JSON.parse(`[${json.replace(/\}\s*\{(?=\s*"totals")/g, '},{')}]`) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; severity: string; message: string; location: { source: { ref: string }; pointer: string }[] }[] }[];
      expect(reports).toHaveLength(files.length);
      const report = { totals: { errors: reports.reduce((n, r) => n + r.totals.errors, 0) }, problems: reports.flatMap((r) => r.problems) };
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.location[0]?.source.ref.split('/').pop()} ${p.location[0]?.pointer}: ${p.ruleId}: ${p.message}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
      // the warnings that remain: the two public directory reads, which refuse nothing
      const warnings = report.problems.filter((p) => p.severity !== 'error').map((p) => `${p.location[0]?.source.ref.split('/').pop()} ${p.location[0]?.pointer} ${p.ruleId}`);
      expect(warnings.filter((w) => !/^intake\.json #\/paths\/~1api~1(directory|categories)\/get\/responses operation-4xx-response$/.test(w))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are valid OpenAPI 3 documents (swagger-parser)', () => {
    const { dir, files } = asFiles();
    try {
      // its own process: swagger-parser is CommonJS that requires an ES module, which Jest's module loader cannot
      const script = `const SP = require('@apidevtools/swagger-parser');
        (async () => { for (const f of process.argv.slice(1)) { try { await SP.validate(f); } catch (e) { console.log(f + ': ' + e.message); process.exitCode = 1; } } })();`;
      const run = spawnSync(process.execPath, ['-e', script, ...files], { encoding: 'utf8' });
      expect(run.stdout + run.stderr.split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l)).join('\n').trim()).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give every operation a 2xx answer with a schema (or a 204), its 4xx answers as ErrorBody, and who may call it', () => {
    const problems: string[] = [];
    for (const service of API_SERVICES) {
      const doc = documents[service];
      expect(doc.components.schemas.ErrorBody.required).toEqual(['statusCode', 'error', 'message']);
      for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
        for (const [method, op] of Object.entries<any>(item)) {
          const where = `${service} ${method.toUpperCase()} ${path}`;
          const success = Object.entries<any>(op.responses).filter(([status]) => /^2\d\d$/.test(status));
          const described = success.some(([status, r]) => status === '204' || Object.values<any>(r.content ?? {}).some((m) => m.schema));
          if (!described) problems.push(`${where}: no 2xx answer with a schema`);
          const errors = Object.entries<any>(op.responses).filter(([status]) => /^4\d\d$/.test(status));
          const publicRead = service === 'intake' && method === 'get' && ['/api/directory', '/api/categories'].includes(path);
          if (!errors.length && !publicRead) problems.push(`${where}: no 4xx answer`);
          for (const [status, r] of errors) {
            if (r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody' || Object.keys(r.content).length !== 1) problems.push(`${where}: ${status} is not ErrorBody as JSON`);
          }
          if (!Array.isArray(op.security)) problems.push(`${where}: no security requirement (public operations say security: [])`);
          else if (op.security.length && !op.responses['401']) problems.push(`${where}: needs a token but documents no 401`);
        }
      }
    }
    expect(problems).toEqual([]);
    // the citizen's side needs no token; staff operations need one
    expect(documents.intake.paths['/api/public/petitions'].post.security).toEqual([]);
    expect(documents.intake.paths['/api/petitions'].post.security).toEqual([{ bearer: [] }]);
    expect(documents.gateway.paths['/api/auth/me'].get.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(documents.gateway.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'xinfang_session' });
  });

  it('are what the console’s checked-in API types were generated from (npm run api:generate)', async () => {
    const stale: string[] = [];
    for (const service of API_SERVICES) {
      const expected = await renderApiTypes(service, documents[service]);
      let actual = '';
      try {
        actual = readFileSync(apiTypesFile(service), 'utf8');
      } catch {
        // missing: stale
      }
      if (actual !== expected) stale.push(apiTypesFile(service));
    }
    if (stale.length) throw new Error(`out of date: ${stale.join(', ')}: run npm run api:generate and commit the files.`);
  });

  it('describe what the services answer on a tour of all five, status, content type and fields', async () => {
    const conformance = new Conformance(documents);
    const tokens = {
      admin: await rig.token('county-admin'),
      officer: await rig.token('township-officer', QINGSHUI),
      leader: await rig.token('leader', QINGSHUI),
      liaison: await rig.token('liaison', QINGSHUI),
      dept: await rig.token('department-officer', 'dept-hrss'),
      analyst: await rig.token('analyst'),
    };

    /** One request, its answer checked against the document; `expect` is the status the tour needs to go on. */
    const call = async (service: ApiService, method: string, path: string, options: { token?: string; body?: unknown; form?: FormData; expect?: number } = {}): Promise<any> => {
      const res = await fetch(`${url(service)}${path}`, {
        method,
        headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const answer = await read(res);
      conformance.check(service, method, path, answer);
      if (options.expect !== undefined && answer.status !== options.expect) throw new Error(`${service} ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 600)}`);
      return answer.body;
    };

    // ── intake: the directory, the citizen's form, a staff registration ─────────────────
    await call('intake', 'GET', '/api/directory', { expect: 200 });
    await call('intake', 'GET', '/api/categories', { expect: 200 });
    const online = {
      townshipCode: QINGSHUI,
      villageCode: QINGSHUI_SHIQIAO,
      category: 'labour-wages',
      title: '反映工地拖欠工资',
      content: '本人在清水镇某工地做钢筋工，2026年9月至11月工资共9600元至今未付，多次讨要无果。',
      petitioners: [{ name: '陈建国', idNumber: residentId('43052419780309101'), phone: '13807310002' }],
    };
    await call('intake', 'POST', '/api/public/petitions/check', { body: online, expect: 204 });
    await call('intake', 'POST', '/api/public/petitions/check', { body: { ...online, petitioners: [{ name: '陈建国', idNumber: '430524197803091010' }] }, expect: 400 });
    const submitted = await call('intake', 'POST', '/api/public/petitions', { body: online, expect: 201 });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const upload = () => {
      const form = new FormData();
      form.append('file', new Blob([png], { type: 'image/png' }), '欠条.png');
      return form;
    };
    await call('intake', 'POST', `/api/public/petitions/${submitted.trackingCode}/attachments`, { form: upload(), expect: 201 });
    await call('intake', 'GET', `/api/public/petitions/${submitted.trackingCode}`, { expect: 200 });
    await call('intake', 'GET', '/api/public/petitions/AAAAA-AAAAA-AAAAA', { expect: 404 });

    const visit = {
      channel: 'visit',
      townshipCode: QINGSHUI,
      villageCode: QINGSHUI_SHIQIAO,
      category: 'labour-wages',
      title: '反映拖欠工资',
      content: '本人在县城某建筑工地做木工，2026年8月至10月工资共1.2万元至今未付。',
      headcount: 1,
      petitioners: [{ name: '刘德华', idNumber: residentId('43052419720518002'), phone: '13787654321', address: '清水镇石桥村二组' }],
    };
    if (documents.intake.paths['/api/petitions/check']) await call('intake', 'POST', '/api/petitions/check', { token: tokens.officer, body: visit, expect: 200 });
    const registered = await call('intake', 'POST', '/api/petitions', { token: tokens.officer, body: visit, expect: 201 });
    await call('intake', 'POST', '/api/petitions', { token: tokens.officer, body: { ...visit, title: '' }, expect: 400 });
    await call('intake', 'POST', '/api/petitions', { body: visit, expect: 401 });
    await call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('工资')}&townshipCode=${QINGSHUI}`, { token: tokens.officer, expect: 200 });
    await call('intake', 'GET', `/api/petitions/${registered.id}`, { token: tokens.officer, expect: 200 });
    await call('intake', 'GET', `/api/petitions/${registered.id}?reveal=petitioners`, { token: tokens.officer, expect: 200 });
    await call('intake', 'GET', '/api/petitions/00000000-0000-4000-8000-000000000000', { token: tokens.officer, expect: 404 });
    const stored = await call('intake', 'POST', `/api/petitions/${registered.id}/attachments`, { token: tokens.officer, form: upload(), expect: 201 });
    await call('intake', 'GET', `/api/petitions/${registered.id}/attachments/${stored.id}`, { token: tokens.officer, expect: 200 });
    await call('intake', 'GET', '/api/petitioners/long-standing', { token: tokens.admin, expect: 200 });
    await call('intake', 'GET', '/api/petitioners/long-standing', { token: tokens.dept, expect: 403 });

    // ── casework: the county's settings ─────────────────────────────────────────────────
    // casework learns the county's units from intake's directory event
    await eventually(() => call('casework', 'PUT', '/api/routing-rules', { token: tokens.admin, body: { rules: [{ categoryCode: 'labour-wages', unitCode: 'dept-hrss' }] }, expect: 200 }), 20_000);
    await call('casework', 'GET', '/api/routing-rules', { token: tokens.officer, expect: 200 });
    const settings = await call('casework', 'GET', '/api/settings', { token: tokens.admin, expect: 200 });
    await call('casework', 'PUT', '/api/settings', { token: tokens.admin, body: settings, expect: 200 });
    await call('casework', 'GET', '/api/calendar?year=2026', { token: tokens.admin, expect: 200 });
    if (documents.casework.paths['/api/calendar/{year}']?.get) await call('casework', 'GET', '/api/calendar/2027', { token: tokens.officer, expect: 200 });
    await call('casework', 'PUT', '/api/calendar/2031', { token: tokens.admin, body: { days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] }, expect: 200 });
    await call('casework', 'PUT', '/api/calendar/2031', { token: tokens.officer, body: { days: [] }, expect: 403 });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const month = today.slice(0, 7);
    await call('casework', 'PUT', '/api/duty-roster', { token: tokens.admin, body: { townshipCode: QINGSHUI, month, days: [] }, expect: 200 });
    await call('casework', 'PUT', '/api/duty-roster', { token: tokens.leader, body: { townshipCode: QINGSHUI, month, days: [] }, expect: 403 });
    await call('casework', 'GET', `/api/duty-roster?townshipCode=${QINGSHUI}&month=${month}`, { token: tokens.officer, expect: 200 });

    // ── casework: a case's life ─────────────────────────────────────────────────────────
    const caseOf = (petitionId: string) =>
      eventually(async () => {
        const list = await call('casework', 'GET', `/api/cases?petitionId=${petitionId}`, { token: tokens.admin, expect: 200 });
        expect(list.items).toHaveLength(1);
        return list.items[0].id as string;
      }, 20_000);
    const caseId = await caseOf(registered.id);
    await call('casework', 'GET', `/api/cases/${caseId}`, { token: tokens.admin, expect: 200 });
    await call('casework', 'GET', '/api/cases/00000000-0000-4000-8000-000000000000', { token: tokens.admin, expect: 404 });
    if (documents.casework.paths['/api/cases/work-queue']) await call('casework', 'GET', '/api/cases/work-queue', { token: tokens.officer, expect: 200 });
    const act = (token: string, id: string, action: string, body: unknown = {}, status = 200) => call('casework', 'POST', `/api/cases/${id}/${action}`, { token, body, expect: status });
    await act(tokens.dept, caseId, 'accept', {}, 403);
    await act(tokens.admin, caseId, 'transfer', { unitCode: 'dept-hrss', reason: '属劳动报酬争议，转县人社局处理' });
    await act(tokens.dept, caseId, 'accept');
    await act(tokens.leader, caseId, 'take-ownership');
    await act(tokens.dept, caseId, 'note', { text: '已约见用工单位负责人。', public: true });
    await act(tokens.dept, caseId, 'mediations', { mediator: '县劳动争议调解中心', parties: '信访人；用工单位', outcome: 'partially-resolved' });
    await act(tokens.leader, caseId, 'extend', { days: 10, reason: '需核对考勤记录。' });
    await act(tokens.leader, caseId, 'extend', { days: 5, reason: '再延' }, 409);
    await act(tokens.admin, caseId, 'supervise', { dueAt: new Date(Date.now() + 10 * 86400_000).toISOString(), reason: '请加快办理' });
    await act(tokens.dept, caseId, 'reply', { outcome: 'support', text: '经核实，用工单位已承诺于月底前结清工资。' });
    await eventually(async () => {
      const page = await call('intake', 'GET', `/api/public/petitions/${registered.trackingCode}`, { expect: 200 });
      expect(page.canEvaluate).toBe(true);
      expect(page.answers).not.toBeNull();
    }, 20_000);
    await call('intake', 'POST', `/api/public/petitions/${registered.trackingCode}/evaluation`, { body: { rating: 'unsatisfied', comment: '仍未到账' }, expect: 201 });
    await call('intake', 'POST', `/api/public/petitions/${registered.trackingCode}/evaluation`, { body: { rating: 'satisfied' }, expect: 409 });
    await act(tokens.admin, caseId, 'request-review', { reason: '信访人不服，申请复查。' });
    await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: '维持原处理意见。' });
    await act(tokens.admin, caseId, 'request-review', { reason: '申请复核。' });
    await act(tokens.admin, caseId, 'record-hearing', { days: 5, note: '组织听证。' });
    await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: '复核维持。' });
    await call('casework', 'GET', `/api/cases/${caseId}`, { token: tokens.admin, expect: 200 });

    // the citizen's online petition: assigned, objected to, transferred, rejected
    const onlineCase = await caseOf((await call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('钢筋工')}`, { token: tokens.admin, expect: 200 })).items[0].id);
    await act(tokens.admin, onlineCase, 'assign', { unitCode: 'dept-hrss', dueAt: new Date(Date.now() + 20 * 86400_000).toISOString(), reason: '交办县人社局' });
    await act(tokens.dept, onlineCase, 'object', { reason: '用工单位在外县，不属本局管辖。' });
    await act(tokens.admin, onlineCase, 'transfer', { unitCode: 'dept-hrss', reason: '经核实属本县管辖' });
    await act(tokens.dept, onlineCase, 'reject', { ground: 'legal-procedure', reason: '应通过劳动仲裁解决' });
    await act(tokens.dept, onlineCase, 'refuse', { reason: '重复' }, 409);
    await act(tokens.admin, onlineCase, 'close');

    // ── casework: zero reports and dispute screening ────────────────────────────────────
    const period = await call('casework', 'POST', '/api/sensitive-periods', { token: tokens.admin, body: { name: '测试敏感时期', from: today, to: today }, expect: 201 });
    await call('casework', 'GET', '/api/sensitive-periods', { token: tokens.officer, expect: 200 });
    await call('casework', 'POST', '/api/zero-reports', { token: tokens.officer, body: { townshipCode: QINGSHUI, date: today, hasIncidents: false }, expect: 201 });
    await call('casework', 'POST', '/api/zero-reports', { token: tokens.officer, body: { townshipCode: QINGSHUI, date: today, hasIncidents: true, summary: '有一起来访，已登记。' }, expect: 200 });
    await call('casework', 'GET', `/api/zero-reports?periodId=${period.id}&date=${today}`, { token: tokens.admin, expect: 200 });
    await call('casework', 'GET', `/api/zero-reports?periodId=${period.id}&date=${today}`, { token: tokens.analyst, expect: 200 });
    await call('casework', 'GET', `/api/sensitive-periods/${period.id}`, { token: tokens.officer, expect: 200 });
    await call('casework', 'POST', `/api/sensitive-periods/${period.id}/close`, { token: tokens.admin, expect: 200 });
    const screening = await call('casework', 'POST', '/api/dispute-screenings', {
      token: tokens.liaison,
      body: { month, townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, parties: '石桥村二组两户', matter: '宅基地边界争议', easilyEscalating: true, outcome: 'in-progress', peopleInvolved: 6 },
      expect: 201,
    });
    await call('casework', 'PATCH', `/api/dispute-screenings/${screening.id}`, { token: tokens.officer, body: { outcome: 'resolved', measures: '村调委会现场勘界' }, expect: 200 });
    await call('casework', 'GET', `/api/dispute-screenings?townshipCode=${QINGSHUI}`, { token: tokens.officer, expect: 200 });
    await call('casework', 'GET', `/api/dispute-screenings/${screening.id}`, { token: tokens.officer, expect: 200 });
    await call('casework', 'GET', '/api/dispute-screenings/summary', { token: tokens.analyst, expect: 200 });
    await call('casework', 'GET', '/api/dispute-screenings', { token: tokens.analyst, expect: 403 });

    // ── notification ────────────────────────────────────────────────────────────────────
    const inbox = await eventually(async () => {
      const body = await call('notification', 'GET', '/api/inbox', { token: tokens.dept, expect: 200 });
      expect(body.items.length).toBeGreaterThan(0);
      return body;
    }, 20_000);
    await call('notification', 'POST', `/api/inbox/${inbox.items[0].id}/read`, { token: tokens.dept, expect: 204 });
    await call('notification', 'POST', '/api/inbox/00000000-0000-4000-8000-000000000000/read', { token: tokens.dept, expect: 404 });
    await eventually(async () => {
      const body = await call('notification', 'GET', `/api/deliveries?petitionId=${registered.id}`, { token: tokens.admin, expect: 200 });
      expect(body.items.length).toBeGreaterThan(0);
    }, 20_000);
    const rules = await call('notification', 'GET', '/api/rules', { token: tokens.admin, expect: 200 });
    await call('notification', 'PUT', '/api/rules', { token: tokens.admin, body: { rules: rules.rules.map(({ condition, ...r }: any) => (condition ? { ...r, condition } : r)) }, expect: 200 });
    const templates = await call('notification', 'GET', '/api/templates', { token: tokens.admin, expect: 200 });
    const sms = templates.items.find((t: any) => t.channel === 'sms');
    await call('notification', 'GET', `/api/templates/${sms.key}`, { token: tokens.admin, expect: 200 });
    await call('notification', 'PUT', `/api/templates/${sms.key}`, { token: tokens.admin, body: { body: sms.body }, expect: 200 });
    await call('notification', 'POST', `/api/templates/${sms.key}/preview`, { token: tokens.admin, body: {}, expect: 200 });
    await call('notification', 'GET', '/api/templates/no-such-template', { token: tokens.admin, expect: 404 });
    await call('notification', 'PUT', '/api/staff-contacts', { token: tokens.admin, body: { contacts: [{ accountId: 'hrss-officer', name: '人社局信访员', role: 'department-officer', unitCode: 'dept-hrss', email: 'hrss@example.gov.cn' }] }, expect: 200 });
    await call('notification', 'GET', '/api/staff-contacts', { token: tokens.admin, expect: 200 });

    // ── reporting ───────────────────────────────────────────────────────────────────────
    await rig.quiesce();
    const year = Number(today.slice(0, 4));
    await call('reporting', 'GET', '/api/stats/summary', { token: tokens.analyst, expect: 200 });
    await call('reporting', 'GET', `/api/stats/summary?townshipCode=${QINGSHUI}&from=${year}-01-01T00:00:00%2B08:00`, { token: tokens.officer, expect: 200 });
    for (const by of ['channel', 'category', 'unit', 'month', 'village', 'township']) await call('reporting', 'GET', `/api/stats/breakdown?by=${by}`, { token: tokens.admin, expect: 200 });
    await call('reporting', 'GET', '/api/stats/breakdown?by=nonsense', { token: tokens.admin, expect: 400 });
    await call('reporting', 'GET', '/api/stats/complained-units', { token: tokens.admin, expect: 200 });
    await call('reporting', 'GET', `/api/reports/annual?year=${year}`, { token: tokens.admin, expect: 200 });
    await call('reporting', 'GET', `/api/reports/annual?year=${year}&townshipCode=${QINGSHUI}&format=docx`, { token: tokens.officer, expect: 200 });
    await call('reporting', 'GET', `/api/reports/annual?year=${year}&format=xlsx`, { token: tokens.admin, expect: 200 });
    const rule = await call('reporting', 'GET', '/api/assessments/rule', { token: tokens.admin, expect: 200 });
    await call('reporting', 'PUT', '/api/assessments/rule', { token: tokens.admin, body: { year, points: rule.points, deductions: rule.deductions }, expect: 200 });
    await call('reporting', 'GET', `/api/assessments/rule?year=${year}`, { token: tokens.admin, expect: 200 });
    await call('reporting', 'GET', `/api/assessments/villages?year=${year}&townshipCode=${QINGSHUI}`, { token: tokens.officer, expect: 200 });
    await call('reporting', 'GET', '/api/exports/cases', { token: tokens.admin, expect: 200 });
    await call('reporting', 'GET', '/api/exports/cases?format=xlsx', { token: tokens.admin, expect: 200 });

    // ── every service's dead letters ────────────────────────────────────────────────────
    for (const service of ['intake', 'casework', 'notification', 'reporting'] as const) {
      await call(service, 'GET', '/api/dead-letters', { token: tokens.admin, expect: 200 });
      await call(service, 'POST', '/api/dead-letters/999999/replay', { token: tokens.admin, expect: 404 });
      await call(service, 'GET', '/api/dead-letters', { token: tokens.officer, expect: 403 });
    }

    // ── the gateway: an account's first day, the admin's view ───────────────────────────
    const created = await call('gateway', 'POST', '/api/accounts', { token: tokens.admin, body: { username: 'api-tour', displayName: '接口巡检 测试', role: 'township-officer', townshipCode: QINGSHUI }, expect: 201 });
    await call('gateway', 'POST', '/api/accounts', { token: tokens.admin, body: { username: 'api-tour', displayName: '重复', role: 'analyst' }, expect: 409 });
    const browser = new Browser(gateway.url);
    const checked = async (method: string, path: string, body?: unknown, expected?: number) => {
      const answer = await browser.request(method, path, body);
      conformance.check('gateway', method, path, { ...answer, body: answer.body });
      if (expected !== undefined && answer.status !== expected) throw new Error(`gateway ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    await checked('POST', '/api/auth/login', { username: 'api-tour', password: 'not-the-password' }, 401);
    await checked('POST', '/api/auth/login', { username: 'api-tour', password: created.oneTimePassword }, 200);
    await checked('GET', '/api/auth/me', undefined, 200);
    await checked('POST', '/api/auth/password', { currentPassword: created.oneTimePassword, newPassword: 'short' }, 400);
    await checked('POST', '/api/auth/password', { currentPassword: created.oneTimePassword, newPassword: 'Qingshui#2026x' }, 204);
    await checked('GET', '/api/auth/me', undefined, 200);
    await checked('POST', '/api/auth/logout', undefined, 204);
    await call('gateway', 'GET', '/api/auth/me', { token: tokens.analyst, expect: 200 });
    await call('gateway', 'GET', '/api/accounts', { token: tokens.admin, expect: 200 });
    await call('gateway', 'PATCH', '/api/accounts/api-tour', { token: tokens.admin, body: { displayName: '接口巡检 改名', mobile: '13907310009' }, expect: 200 });
    await call('gateway', 'PATCH', '/api/accounts/no-such-user', { token: tokens.admin, body: { displayName: '无' }, expect: 404 });
    await call('gateway', 'POST', '/api/accounts/api-tour/reset-password', { token: tokens.admin, expect: 200 });
    await call('gateway', 'GET', '/api/audit/sign-ins?limit=5', { token: tokens.admin, expect: 200 });
    await call('gateway', 'GET', '/api/audit/sign-ins', { token: tokens.officer, expect: 403 });

    expect(conformance.problems).toEqual([]);
    expect(conformance.checked).toBeGreaterThan(120);
    // the tour reached (nearly) everything the services document: an operation added since may wait for it
    const reached = new Set([...conformance.covered].map((c) => c.split(' ').slice(0, 3).join(' ')));
    const unreached = conformance.operationKeys.filter((k) => !reached.has(k));
    expect(unreached.length).toBeLessThanOrEqual(Math.floor(conformance.operationKeys.length / 10));
  });

  it('(the check itself) refuses an answer the document does not describe', () => {
    const conformance = new Conformance(documents);
    const json = (body: unknown, status = 200) => ({ status, headers: new Headers({ 'content-type': 'application/json; charset=utf-8' }), body });
    const settings = { reminderDaysBefore: 3, escalationSteps: [{ afterDays: 0, step: 'reminder' }] };
    conformance.check('casework', 'GET', '/api/settings', json(settings));
    expect(conformance.problems).toEqual([]);
    conformance.check('casework', 'GET', '/api/settings', json({ ...settings, extra: 1 }));
    conformance.check('casework', 'GET', '/api/settings', json({ escalationSteps: [] }));
    conformance.check('casework', 'GET', '/api/settings', json({ ...settings, reminderDaysBefore: '3' }));
    conformance.check('casework', 'GET', '/api/settings', json({ ...settings, escalationSteps: [{ afterDays: 0, step: 'shout' }] }));
    conformance.check('casework', 'GET', '/api/settings', json({ statusCode: 418, error: 'Teapot', message: '…' }, 418));
    conformance.check('casework', 'GET', '/api/cases/00000000-0000-4000-8000-000000000000', json({ statusCode: 404, error: 'Not Found' }, 404));
    conformance.check('casework', 'GET', '/api/settings', { status: 200, headers: new Headers({ 'content-type': 'text/html' }), body: '<p>' });
    conformance.check('intake', 'GET', '/api/public/petitions/X', json({ trackingCode: 'X', status: null }));
    conformance.check('casework', 'GET', '/api/nowhere', json({}));
    expect(conformance.problems).toHaveLength(9);
    expect(conformance.problems[0]).toMatch(/must NOT have additional properties \(extra\)/);
    expect(conformance.problems[1]).toMatch(/must have required property 'reminderDaysBefore'/);
    expect(conformance.problems[2]).toMatch(/reminderDaysBefore must be integer/);
    expect(conformance.problems[3]).toMatch(/escalationSteps\/0\/step must be equal to one of the allowed values/);
    expect(conformance.problems[4]).toMatch(/status 418 is not documented/);
    expect(conformance.problems[5]).toMatch(/must have required property 'message'/);
    expect(conformance.problems[6]).toMatch(/content type text\/html is not documented/);
    expect(conformance.problems[7]).toMatch(/must have required property 'channel'/);
    expect(conformance.problems[8]).toMatch(/no such operation/);
  });
});

async function read(res: Response): Promise<Answer> {
  const type = res.headers.get('content-type') ?? '';
  let body: unknown;
  if (type.includes('json')) {
    const text = await res.text();
    body = text ? JSON.parse(text) : '';
  } else if (type.startsWith('text/')) body = await res.text();
  else {
    const bytes = Buffer.from(await res.arrayBuffer());
    body = bytes.length ? `<${bytes.length} bytes>` : '';
  }
  return { status: res.status, headers: res.headers, body };
}
