import pg from 'pg';
import { http, sleep, TestPlatform, type InProcessService } from '#testing';
import { Browser, forwardedClaims, RecordingUpstream, startGateway } from './support.js';

const PASSWORD = 'Qingxi#2026a';

/**
 * Staff accounts and sign-in at the gateway against real PostgreSQL, forwarding to a real HTTP
 * upstream that records the staff token it was given.
 */
describe('gateway: accounts, sign-in and sessions', () => {
  let platform: TestPlatform;
  let upstream: RecordingUpstream;
  let gateway: InProcessService;
  /** Short clocks: sessions idle out after 2 s and end 5 s after sign-in; a lock lasts 2 s. */
  let quick: InProcessService;
  let db: pg.Pool;
  let adminToken: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    upstream = await RecordingUpstream.start();
    const upstreams = { INTAKE_URL: upstream.url, CASEWORK_URL: upstream.url, NOTIFICATION_URL: upstream.url, REPORTING_URL: upstream.url };
    gateway = await startGateway(platform, upstreams);
    quick = await startGateway(platform, { ...upstreams, SESSION_IDLE_SECONDS: '2', SESSION_ABSOLUTE_SECONDS: '5', LOGIN_LOCK_SECONDS: '2' });
    db = new pg.Pool({ connectionString: platform.db.url, max: 2 });
    adminToken = await platform.token('county-admin');
  });

  afterAll(async () => {
    await db?.end();
    await quick?.close();
    await gateway?.close();
    await upstream?.stop();
    await platform?.close();
  });

  /** An account made by the county admin (a script's Bearer token), signed in, its one-time password changed. */
  async function account(username: string, role: string, scope: Record<string, string> = {}, on = gateway): Promise<Browser> {
    const created = await http(on.url, 'POST', '/api/accounts', { token: adminToken, body: { username, displayName: `测试 ${username}`, role, ...scope } });
    expect(created.status).toBe(201);
    const browser = new Browser(on.url);
    const first = await browser.signIn(username, created.body.oneTimePassword);
    expect(first.status).toBe(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const changed = await browser.request('POST', '/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD });
    expect(changed.status).toBe(204);
    return browser;
  }

  it('signs in with an httpOnly SameSite=Strict cookie and forwards a short-lived staff token with the account claims', async () => {
    const browser = await account('qs-officer', 'township-officer', { townshipCode: '430599101000' });
    const again = new Browser(gateway.url);
    const res = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gateway.url }, body: JSON.stringify({ username: 'QS-Officer ', password: PASSWORD }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('xinfang_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here
    expect(await res.json()).toEqual({ user: { username: 'qs-officer', displayName: '测试 qs-officer', role: 'township-officer', townshipCode: '430599101000', mustChangePassword: false } });
    void again;

    const me = await browser.request('GET', '/api/auth/me');
    expect(me.body.user).toMatchObject({ username: 'qs-officer', role: 'township-officer', townshipCode: '430599101000' });

    const echoed = await browser.request('GET', '/intake/api/petitions?q=1', undefined, { 'x-correlation-id': '5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e6f' });
    expect(echoed.status).toBe(200);
    expect(echoed.body.url).toBe('/api/petitions?q=1');
    expect(echoed.body.headers.cookie).toBeUndefined();
    expect(echoed.body.headers['x-correlation-id']).toBe('5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e6f');
    const claims = await forwardedClaims(platform, echoed.body.headers.authorization);
    expect(claims).toMatchObject({ role: 'township-officer', townshipCode: '430599101000', name: '测试 qs-officer' });
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(300);
  });

  it('marks the cookie Secure and sends HSTS when the request came over TLS', async () => {
    await account('tls-user', 'analyst');
    const res = await fetch(`${gateway.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: gateway.url.replace('http:', 'https:'), 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'tls-user', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/Secure/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const plain = await fetch(`${gateway.url}/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers a wrong password and an unknown username alike, and never stores either', async () => {
    await account('wrong-pw', 'analyst');
    const browser = new Browser(gateway.url);
    const wrong = await browser.signIn('wrong-pw', 'Nope#12345');
    const unknown = await browser.signIn('nobody-here', 'Nope#12345');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body.message).toContain('用户名或密码错误');
    expect(browser.sessionCookie).toBeUndefined();
    const { rows } = await db.query(`SELECT detail::text, username FROM gateway.audit_log`);
    expect(JSON.stringify(rows)).not.toContain('Nope#12345');
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it('locks an account after 5 failures in the window (423 naming when it opens) and opens again after it', async () => {
    await account('locked-out', 'analyst', {}, quick);
    const browser = new Browser(quick.url);
    for (let i = 1; i <= 4; i++) expect((await browser.signIn('locked-out', `Wrong#${i}abc`)).status).toBe(401);
    const fifth = await browser.signIn('locked-out', 'Wrong#5abc');
    expect(fifth.status).toBe(423);
    expect(fifth.body.message).toMatch(/已锁定.*\d{2}:\d{2}/);
    const until = new Date(fifth.body.details.lockedUntil).getTime();
    expect(until).toBeGreaterThan(Date.now());
    expect(until).toBeLessThan(Date.now() + 3000);
    // even the right password waits, and the lock is the database's: the other replica agrees
    expect((await browser.signIn('locked-out', PASSWORD)).status).toBe(423);
    expect((await new Browser(gateway.url).signIn('locked-out', PASSWORD)).status).toBe(423);
    await sleep(until - Date.now() + 200);
    expect((await browser.signIn('locked-out', PASSWORD)).status).toBe(200);
    const kinds = (await db.query(`SELECT kind FROM gateway.audit_log WHERE username = 'locked-out' ORDER BY id`)).rows.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'sign-in-failed')).toHaveLength(5);
    expect(kinds).toContain('account-locked');
    expect(kinds.filter((k) => k === 'sign-in-refused-locked')).toHaveLength(2);
    expect(kinds[kinds.length - 1]).toBe('signed-in');
  });

  it('counts concurrent failures exactly once each: 8 at once lock the account once', async () => {
    await account('racer', 'analyst');
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => new Browser(gateway.url).signIn('racer', `Wrong#${i}xyz`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(4);
    expect(Number((await db.query(`SELECT count(*) FROM gateway.audit_log WHERE username = 'racer' AND kind = 'account-locked'`)).rows[0].count)).toBe(1);
  });

  it('ends a session idle for longer than the idle limit', async () => {
    const browser = await account('idle-user', 'analyst', {}, quick);
    expect((await browser.request('GET', '/api/auth/me')).status).toBe(200);
    await sleep(2300);
    const late = await browser.request('GET', '/api/auth/me');
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ rule: 'session-expired' });
    expect(late.body.message).toContain('超时');
    expect(browser.sessionCookie).toBeUndefined();
  });

  it('ends a session at its absolute limit however busy it is', async () => {
    const browser = await account('busy-user', 'analyst', {}, quick);
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < 8000) {
      status = (await browser.request('GET', '/api/auth/me')).status;
      if (status === 200) await sleep(700);
    }
    expect(status).toBe(401);
    // sign-in, then the password change, happened just before `started`: the limit is 5 s after sign-in
    expect(Date.now() - started).toBeGreaterThan(3500);
    expect(Date.now() - started).toBeLessThan(6500);
    expect((await db.query(`SELECT end_reason FROM gateway.session s JOIN gateway.account a ON a.id = s.account_id WHERE a.username = 'busy-user' AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT 1`)).rows[0].end_reason).toBe('absolute');
  });

  it('logs out on the server: the same cookie is refused afterwards', async () => {
    const browser = await account('leaver', 'analyst');
    const cookie = browser.sessionCookie!;
    expect((await browser.request('POST', '/api/auth/logout')).status).toBe(204);
    const replay = new Browser(gateway.url);
    replay.setCookie('xinfang_session', cookie);
    expect((await replay.request('GET', '/api/auth/me')).status).toBe(401);
    expect(replay.sessionCookie).toBeUndefined(); // the answer cleared it; a client that keeps it anyway:
    replay.setCookie('xinfang_session', cookie);
    const forwarded = await replay.request('GET', '/casework/api/cases');
    expect(forwarded.status).toBe(401);
    expect(forwarded.body.message).toContain('已退出登录');
    expect(upstream.seen.some((s) => s.url === '/api/cases' && !s.headers.authorization)).toBe(false);
  });

  it('refuses a cookie-authenticated write from another origin, or with no origin at all', async () => {
    const browser = await account('csrf-target', 'county-admin');
    const cookie = browser.sessionCookie!;
    const evil = new Browser(gateway.url, 'http://evil.example');
    evil.setCookie('xinfang_session', cookie);
    const crossSite = await evil.request('POST', '/casework/api/cases/x/accept', {});
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.rule).toBe('cross-origin-write');
    const bare = new Browser(gateway.url, null);
    bare.setCookie('xinfang_session', cookie);
    expect((await bare.request('POST', '/api/accounts', { username: 'sneaky', displayName: 'x', role: 'analyst' })).status).toBe(403);
    expect((await db.query(`SELECT 1 FROM gateway.account WHERE username = 'sneaky'`)).rowCount).toBe(0);
    // a read carries no Origin and passes; a same-origin write passes
    expect((await evil.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await browser.request('POST', '/casework/api/cases/x/accept', {})).status).toBe(200);
    // signing in from another site's page is refused; a script signing in (no Origin) is not a page
    const foreignLogin = await new Browser(gateway.url, 'http://evil.example').signIn('csrf-target', PASSWORD);
    expect(foreignLogin.status).toBe(403);
    expect((await new Browser(gateway.url, null).signIn('csrf-target', PASSWORD)).status).toBe(200);
    // a script with its own Bearer token and no cookie is not a CSRF target
    expect((await http(gateway.url, 'GET', '/api/accounts', { token: adminToken })).status).toBe(200);
  });

  it('refuses a disabled account at once, its live session included', async () => {
    const browser = await account('soon-gone', 'township-officer', { townshipCode: '430599101000' });
    expect((await browser.request('GET', '/intake/api/petitions')).status).toBe(200);
    const disabled = await http(gateway.url, 'PATCH', '/api/accounts/soon-gone', { token: adminToken, body: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    const next = await browser.request('GET', '/intake/api/petitions');
    expect(next.status).toBe(401);
    const again = await new Browser(gateway.url).signIn('soon-gone', PASSWORD);
    expect(again.status).toBe(403);
    expect(again.body.message).toContain('停用');
  });

  it('applies a role or scope change on the very next request', async () => {
    const browser = await account('mover', 'township-officer', { townshipCode: '430599101000' });
    const before = await browser.request('GET', '/intake/api/petitions');
    expect(await forwardedClaims(platform, before.body.headers.authorization)).toMatchObject({ role: 'township-officer', townshipCode: '430599101000' });
    expect((await http(gateway.url, 'PATCH', '/api/accounts/mover', { token: adminToken, body: { townshipCode: '430599100000' } })).status).toBe(200);
    const after = await browser.request('GET', '/intake/api/petitions');
    expect(await forwardedClaims(platform, after.body.headers.authorization)).toMatchObject({ townshipCode: '430599100000' });
    expect((await http(gateway.url, 'PATCH', '/api/accounts/mover', { token: adminToken, body: { role: 'department-officer', unitCode: 'dept-hrss' } })).status).toBe(200);
    const claims = await forwardedClaims(platform, (await browser.request('GET', '/intake/api/petitions')).body.headers.authorization);
    expect(claims).toMatchObject({ role: 'department-officer', unitCode: 'dept-hrss' });
    expect(claims.townshipCode).toBeUndefined();
  });

  it('keeps a new or reset account to the password change until it is done, under the policy', async () => {
    const created = await http(gateway.url, 'POST', '/api/accounts', { token: adminToken, body: { username: 'newbie', displayName: '新同事', role: 'analyst' } });
    const otp = created.body.oneTimePassword as string;
    expect(otp).toMatch(/^.{12}$/);
    const browser = new Browser(gateway.url);
    expect((await browser.signIn('newbie', otp)).body.user.mustChangePassword).toBe(true);
    const blocked = await browser.request('GET', '/reporting/api/stats/summary');
    expect(blocked.status).toBe(403);
    expect(blocked.body.rule).toBe('password-change-required');
    const rules: Array<[string, string]> = [
      ['short1!', 'length'],
      ['alllowercase1', 'character-classes'],
      ['Newbie#2026', 'contains-username'],
      [otp, 'reused'],
    ];
    for (const [candidate, rule] of rules) {
      const res = await browser.request('POST', '/api/auth/password', { currentPassword: otp, newPassword: candidate });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', rule })]);
    }
    const wrongCurrent = await browser.request('POST', '/api/auth/password', { currentPassword: 'Nope#2026x', newPassword: PASSWORD });
    expect(wrongCurrent.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    expect((await browser.request('POST', '/api/auth/password', { currentPassword: otp, newPassword: PASSWORD })).status).toBe(204);
    expect((await browser.request('GET', '/reporting/api/stats/summary')).status).toBe(200);

    // five changes later the first password may come back, not before
    let current = PASSWORD;
    for (let i = 1; i <= 4; i++) {
      const next = `Rotate#${i}2026`;
      expect((await browser.request('POST', '/api/auth/password', { currentPassword: current, newPassword: next })).status).toBe(204);
      current = next;
    }
    expect((await browser.request('POST', '/api/auth/password', { currentPassword: current, newPassword: PASSWORD })).body.errors?.[0]?.rule).toBe('reused');

    const reset = await http(gateway.url, 'POST', '/api/accounts/newbie/reset-password', { token: adminToken });
    expect(reset.status).toBe(200);
    expect((await browser.request('GET', '/api/auth/me')).status).toBe(401); // the reset ended the session
    expect((await new Browser(gateway.url).signIn('newbie', reset.body.oneTimePassword)).body.user.mustChangePassword).toBe(true);
  });

  it('lets only the county admin manage accounts, with field errors that name the rule', async () => {
    const officer = await account('not-admin', 'township-officer', { townshipCode: '430599101000' });
    expect((await officer.request('GET', '/api/accounts')).status).toBe(403);
    const bad = await http(gateway.url, 'POST', '/api/accounts', { token: adminToken, body: { username: 'X', displayName: '', role: 'department-officer' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'username']);
    const noUnit = await http(gateway.url, 'POST', '/api/accounts', { token: adminToken, body: { username: 'dept-user', displayName: '部门', role: 'department-officer' } });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual([expect.objectContaining({ field: 'unitCode', message: expect.stringContaining('所属单位') })]);
    const taken = await http(gateway.url, 'POST', '/api/accounts', { token: adminToken, body: { username: 'not-admin', displayName: '重名', role: 'analyst' } });
    expect(taken.status).toBe(409);
    expect((await http(gateway.url, 'PATCH', '/api/accounts/no-such-user', { token: adminToken, body: { disabled: true } })).status).toBe(404);
  });

  it('writes every sign-in, failure, lock, logout and account change to the audit log, without secrets', async () => {
    const browser = await account('audited', 'analyst');
    await new Browser(gateway.url).signIn('audited', 'Wrong#0000x');
    await browser.request('POST', '/api/auth/logout');
    await http(gateway.url, 'PATCH', '/api/accounts/audited', { token: adminToken, body: { displayName: '改名了' } });
    const log = await http(gateway.url, 'GET', '/api/audit/sign-ins?username=audited', { token: adminToken });
    expect(log.status).toBe(200);
    const kinds = log.body.items.map((e: { kind: string }) => e.kind).reverse();
    expect(kinds).toEqual(['account-created', 'signed-in', 'password-changed', 'sign-in-failed', 'signed-out', 'account-changed']);
    expect(log.body.items[0]).toMatchObject({ username: 'audited', actor: 'test-county-admin-county', clientAddress: expect.any(String) });
    const officer = await account('audit-reader', 'township-officer', { townshipCode: '430599101000' });
    expect((await officer.request('GET', '/api/audit/sign-ins')).status).toBe(403);

    const everything = JSON.stringify((await db.query(`SELECT * FROM gateway.audit_log`)).rows);
    for (const secret of [PASSWORD, 'Wrong#0000x', browser.sessionCookie ?? 'no-cookie-left', 'argon2id']) expect(everything).not.toContain(secret);
    const sessions = JSON.stringify((await db.query(`SELECT encode(token_hash, 'base64') AS h FROM gateway.session`)).rows);
    expect(sessions).not.toContain(officer.sessionCookie!);
  });
});
