import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '#testing';
import { BrowserRig, residentId } from './support.js';

jest.setTimeout(300_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const QINGSHUI = '430599101000';
const SHIQIAO = '430599101201';
/** A 1×1 PNG: intake types attachments by their content. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The demo accounts (apps/gateway/src/seed/demo-accounts.ts), one per role and scope the 工作台 differs by. */
const ACCOUNTS = ['admin', 'qingshui-officer', 'qingshui-leader', 'county-leader', 'hrss-officer', 'qingshui-liaison', 'analyst'];

/** The buckets each role's 工作台 shows (apps/web/src/console/pages/workbench/work-queue.ts). */
const BUCKETS: Record<string, string[]> = {
  'county-admin': ['toRoute', 'toAccept', 'toReply', 'toOwn', 'dueThisWeek', 'overdue', 'supervised'],
  'township-officer': ['toRoute', 'toAccept', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
  leader: ['owned', 'toOwn', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
  'department-officer': ['toAccept', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
};

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** What the 工作台 shows for each bucket, read from the page. */
async function shownCounts(page: Page, buckets: string[]): Promise<Record<string, number>> {
  const shown: Record<string, number> = {};
  for (const b of buckets) shown[b] = Number(await page.getByTestId(`wb-count-${b}`).innerText());
  return shown;
}

/**
 * The staff console's 工作台 and 登记 in Chromium, through the gateway with the demo accounts: a
 * township officer's to-do counts are the work queue's, a visit with two petitioners is refused
 * at the bad ID number's field and then registered, a second registration of the same person and
 * matter shows the earlier petition before it is made, and the receipt prints without the ID
 * number; every role's 工作台, and axe on each page.
 */
describe('console: 工作台 and 登记 in Chromium', () => {
  let rig: BrowserRig;
  const zhou = { name: '周德明', idNumber: residentId('43052419680312123'), phone: '13807391234' };
  const wife = { name: '李桂英', idNumber: residentId('43052419700506142'), phone: '13807395678' };
  const matter = {
    title: '反映公路改扩建征地补偿款未足额发放',
    content: '2023年县城至清水镇公路改扩建工程征收石桥村三组水田1.8亩（土名“大塘坵”），按标准应补偿约8.6万元，目前只领到4万元，余款至今未发放。',
  };

  beforeAll(async () => {
    rig = await BrowserRig.start();
    // the township's work before the officer signs in: two registrations, one of them routed to the township itself
    const officer = await rig.token('township-officer', QINGSHUI);
    const admin = await rig.token('county-admin');
    const body = (title: string, category: string) => ({
      channel: 'letter',
      townshipCode: QINGSHUI,
      villageCode: SHIQIAO,
      category,
      title,
      content: `${title}。石桥村村民来信反映，请依法处理。`,
      petitioners: [{ name: '王春花', phone: '13907390001' }],
    });
    const first = await rig.call('intake', 'POST', '/api/petitions', { token: officer, body: body('反映村道路灯损坏三个月无人维修', 'other') });
    const second = await rig.call('intake', 'POST', '/api/petitions', { token: officer, body: body('反映灌溉水渠被填埋', 'rural-affairs') });
    expect([first.status, second.status]).toEqual([201, 201]);
    const caseOf = (petitionId: string) =>
      eventually(async () => {
        const res = await rig.call('casework', 'GET', `/api/cases?petitionId=${petitionId}`, { token: admin });
        if (res.body.items?.length !== 1) throw new Error('no case yet');
        return res.body.items[0].id as string;
      }, 30_000);
    const routed = await caseOf(second.body.id);
    await caseOf(first.body.id);
    const transfer = await rig.call('casework', 'POST', `/api/cases/${routed}/transfer`, { token: admin, body: { unitCode: `twp-${QINGSHUI}`, reason: '属地管理，由镇政府负责' } });
    expect(transfer.status).toBe(200);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('shows a township officer the work queue’s counts, each leading to the filtered case list', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig.url, 'qingshui-officer');
    await page.getByRole('heading', { name: '您好，清水镇信访专干 李娟' }).waitFor();
    await page.getByTestId('wb-count-toRoute').waitFor();
    const api = await (await page.request.get(`${rig.url}/casework/api/cases/work-queue`)).json();
    const buckets = BUCKETS['township-officer']!;
    expect(await shownCounts(page, buckets)).toEqual(Object.fromEntries(buckets.map((b) => [b, api.buckets[b].petitions])));
    expect(api.buckets.toRoute.count).toBe(1);
    expect(api.buckets.toAccept.count).toBe(1);
    await page.getByTestId('wb-objection').getByText('异议期内 1 件').waitFor();
    // each count is a link to the list with intake's filter
    const toAccept = page.getByRole('link', { name: /^待受理 1 件/ });
    expect(await toAccept.getAttribute('href')).toBe(`/petitions?status=transferred%2Cassigned&handlingUnitCode=twp-${QINGSHUI}&sort=dueAt`);
    // the first cases of a bucket, by category and township
    await page.locator('#wb-items').getByRole('link', { name: '其他 · 清水镇' }).waitFor();
    await rig.screenshot(page, 'console-register-01-workbench-qingshui-officer');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    // and the count leads to the list of those cases
    await toAccept.click();
    await page.waitForURL(/\/petitions\?status=transferred/);
    await page.getByText('反映灌溉水渠被填埋').first().waitFor();
    await page.getByText(`共 ${api.buckets.toAccept.petitions} 件`).first().waitFor();
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('registers a visit with two petitioners: the bad ID number refused at its field first, then the receipt without the ID number', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig.url, 'qingshui-officer');
    await page.getByRole('menuitem', { name: '信访登记' }).click();
    await page.getByRole('heading', { name: '信访登记' }).waitFor();
    await page.getByRole('tab', { name: '来访' }).waitFor();
    expect(await page.getByRole('tab', { name: '来访' }).getAttribute('aria-selected')).toBe('true');
    await rig.screenshot(page, 'console-register-02-form');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the township is the officer's own
    expect(await page.locator('.ant-select-disabled').filter({ hasText: '清水镇' }).count()).toBe(1);
    await choose(page, '村（社区）', '石桥村');
    await choose(page, '事项类别', '征地拆迁与补偿');
    await page.getByLabel('标题').fill(matter.title);
    await page.getByLabel('内容').fill(matter.content);
    await page.getByLabel('来访人数').fill('2');
    const first = page.getByRole('group', { name: '信访人 1' });
    await first.getByLabel('姓名').fill(zhou.name);
    await first.getByLabel('身份证号').fill(`${zhou.idNumber.slice(0, 17)}${zhou.idNumber.endsWith('1') ? '2' : '1'}`);
    await first.getByLabel('手机号').fill(zhou.phone);
    // inline: leaving the field asks intake, whose rule shows at the field before anything is submitted
    await first.getByText('身份证号校验位不正确（GB 11643）').waitFor();
    expect(await first.getByText('不能为空').count()).toBe(0);
    await page.getByRole('button', { name: '添加信访人' }).click();
    const second = page.getByRole('group', { name: '信访人 2' });
    await second.getByLabel('姓名').fill(wife.name);
    await second.getByLabel('身份证号').fill(wife.idNumber);
    // a photo of the land notice, uploaded once the petition is registered
    await page.locator('.register-form input[type=file]').setInputFiles({ name: '征地公告.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('征地公告.png').waitFor();
    await page.getByRole('button', { name: '登记', exact: true }).click();

    // intake's rule, in its words, at the first petitioner's ID number; nothing registered
    await first.getByText('身份证号校验位不正确（GB 11643）').waitFor();
    await page.getByRole('alert').getByText(/请修改标出的 1 处后再登记/).waitFor();
    await rig.screenshot(page, 'console-register-03-field-error');
    const admin = await rig.token('county-admin');
    const search = () => rig.call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('大塘坵')}`, { token: admin });
    expect((await search()).body.total).toBe(0);
    // what was typed is kept
    expect(await second.getByLabel('姓名').inputValue()).toBe(wife.name);

    await first.getByLabel('身份证号').fill(zhou.idNumber);
    // Enter submits
    await first.getByLabel('身份证号').press('Enter');
    await page.getByText('登记成功').waitFor();
    await page.getByText('已上传附件 1 个。').waitFor();
    const code = await page.getByTestId('tracking-code').innerText();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const receipt = page.locator('.receipt-sheet');
    await receipt.getByRole('heading', { name: '清溪县信访事项登记回执' }).waitFor();
    for (const text of [code, matter.title, '来访', '周德明、李桂英', '15 日内', '60 日内', `${rig.url}/public/track`]) await receipt.getByText(text, { exact: false }).first().waitFor();
    const sheet = await receipt.innerText();
    expect(sheet).not.toContain(zhou.idNumber);
    expect(sheet).not.toContain(zhou.phone);
    await rig.screenshot(page, 'console-register-04-receipt');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    // printed: the sheet alone
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-header').isVisible()).toBe(false);
    expect(await page.locator('.receipt-screen-only').isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
    await rig.screenshot(page, 'console-register-05-receipt-print');
    await page.emulateMedia({ media: 'screen' });

    // registered as typed, with both petitioners
    const found = (await search()).body;
    expect(found.total).toBe(1);
    const detail = await rig.call('intake', 'GET', `/api/petitions/${found.items[0].id}?reveal=petitioners`, { token: admin });
    expect(detail.body).toMatchObject({ trackingCode: code, channel: 'visit', headcount: 2, title: matter.title, attachments: [expect.objectContaining({ fileName: '征地公告.png', contentType: 'image/png' })] });
    expect(detail.body.petitioners.map((p: { name: string; idNumber: string }) => [p.name, p.idNumber])).toEqual([
      [zhou.name, zhou.idNumber],
      [wife.name, wife.idNumber],
    ]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('shows the earlier petition of the same person and matter before a second registration, and registers it as a repeat once confirmed', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig.url, 'qingshui-officer');
    await page.goto(`${rig.url}/register`);
    await page.getByRole('tab', { name: '来电' }).click();
    await page.getByLabel('来电号码').waitFor();
    await choose(page, '事项类别', '征地拆迁与补偿');
    await page.getByLabel('标题').fill('公路征地补偿余款');
    await page.getByLabel('内容').fill('石桥村三组，公路扩建征了我家1.8亩田（大塘坵），补偿款8.6万元只给了4万元，还差4.6万元未付，请尽快解决。');
    await page.getByLabel('来电号码').fill(zhou.phone);
    const first = page.getByRole('group', { name: '信访人 1' });
    await first.getByLabel('姓名').fill(zhou.name);
    await first.getByLabel('身份证号').fill(zhou.idNumber);
    await page.getByRole('button', { name: '登记', exact: true }).click();

    // before anything is stored: what registering will do, and the earlier petition with its facts
    await page.getByRole('heading', { name: '登记前核对' }).waitFor();
    await page.getByText('登记后将作为重复访，并入同一事项的原件一并办理', { exact: false }).waitFor();
    const candidate = page.getByTestId('repeat-candidate').first();
    expect(await candidate.getAttribute('data-strength')).toBe('strong');
    await candidate.getByText('很可能是同一事项').waitFor();
    await candidate.getByRole('link', { name: matter.title }).waitFor();
    await candidate.getByText('相同数字：86000').waitFor();
    await candidate.getByText('登记后将并入此件').waitFor();
    await rig.screenshot(page, 'console-register-06-repeat-candidate');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    const admin = await rig.token('county-admin');
    expect((await rig.call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('大塘坵')}`, { token: admin })).body.total).toBe(1);

    await page.getByRole('button', { name: '确认登记' }).click();
    await page.getByText('已作为重复访并入原件', { exact: false }).waitFor();
    await page.locator('.receipt-sheet').getByText('来电').waitFor();
    const listed = (await rig.call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('大塘坵')}&repeat=true`, { token: admin })).body;
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({ channel: 'phone', flags: { repeat: true } });
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('registers a collective visit only with its representatives named (Art. 20)', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig.url, 'qingshui-officer');
    await page.goto(`${rig.url}/register`);
    await choose(page, '事项类别', '农村农业');
    await page.getByLabel('标题').fill('反映灌溉水渠被公路施工填埋');
    await page.getByLabel('内容').fill('杨柳村五组三十余户村民反映，公路施工填埋灌溉水渠一段，春耕在即，要求尽快恢复。');
    await page.getByLabel('来访人数').fill('32');
    await page.getByRole('group', { name: '信访人 1' }).getByLabel('姓名').fill('杨永福');
    await page.getByRole('button', { name: '添加信访人' }).click();
    await page.getByRole('group', { name: '信访人 2' }).getByLabel('姓名').fill('杨永贵');
    // thirty-two people: the representatives are asked for, and intake insists
    const representatives = page.getByRole('group', { name: '推选代表' });
    await representatives.waitFor();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.register-representatives').getByText('多人走访须推选代表，代表不超过 5 人（《信访工作条例》第二十条）').waitFor();
    await rig.screenshot(page, 'console-register-08-collective-representatives');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await representatives.getByLabel('杨永福').check();
    await representatives.getByLabel('杨永贵').check();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText('登记成功').waitFor();
    await page.getByText('；集体访', { exact: false }).waitFor();
    const admin = await rig.token('county-admin');
    const listed = (await rig.call('intake', 'GET', `/api/petitions?q=${encodeURIComponent('灌溉水渠被公路施工填埋')}`, { token: admin })).body;
    expect(listed.items).toEqual([expect.objectContaining({ flags: expect.objectContaining({ collective: true }) })]);
    const detail = await rig.call('intake', 'GET', `/api/petitions/${listed.items[0].id}`, { token: admin });
    expect(detail.body).toMatchObject({ headcount: 32 });
    expect(detail.body.petitioners.map((p: { isRepresentative: boolean }) => p.isRepresentative)).toEqual([true, true]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('gives every role its own 工作台, the counts its work queue gives', async () => {
    for (const username of ACCOUNTS) {
      const page = await rig.newPage(DESKTOP);
      await signIn(page, rig.url, username);
      const me = (await (await page.request.get(`${rig.url}/api/auth/me`)).json()).user;
      await page.getByRole('heading', { name: `您好，${me.displayName}` }).waitFor();
      const buckets = BUCKETS[me.role];
      if (buckets) {
        await page.getByTestId(`wb-count-${buckets[0]}`).waitFor();
        const api = await (await page.request.get(`${rig.url}/casework/api/cases/work-queue`)).json();
        expect({ username, shown: await shownCounts(page, buckets) }).toEqual({ username, shown: Object.fromEntries(buckets.map((b) => [b, api.buckets[b].petitions])) });
      } else {
        // no cases for liaisons and analysts: notices and their own work only
        await page.locator('.wb-side-card').filter({ hasText: '未读消息' }).waitFor();
        expect(await page.locator('[data-testid^="wb-count-"]').count()).toBe(0);
      }
      await page.locator('.area-card').first().waitFor();
      await rig.screenshot(page, `console-register-07-workbench-${username}`);
      expect({ username, problems: await rig.accessibilityProblems(page) }).toEqual({ username, problems: [] });
      expect({ username, problems: rig.pageProblems(page) }).toEqual({ username, problems: [] });
      await page.context().close();
    }
  });
});
