import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { eventually } from '#testing';
import { BrowserRig, residentId } from './support.js';

jest.setTimeout(300_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const QINGSHUI = '430599101000'; // 清水镇
const SHIQIAO = '430599101201'; // 清水镇石桥村
const HRSS = 'dept-hrss'; // 县人力资源和社会保障局
const HRSS_NAME = '县人力资源和社会保障局';

const WAGES = {
  title: '反映县城建筑工地拖欠木工工资',
  content: '本人与同村两人在县城某建筑工地做木工，2026年8月至10月工资共3.6万元至今未付，多次讨要无果。',
};
const OTHER = {
  title: '反映石桥村灌溉渠堵塞影响春耕',
  content: '石桥村三组灌溉渠多处堵塞，春耕在即，请求组织疏浚。',
};
const PEOPLE = [
  { name: '刘德华', idNumber: residentId('43052419720518002'), phone: '13787654321', address: '清水镇石桥村三组12号' },
  { name: '刘建国', idNumber: residentId('43052419750203003'), phone: '13912344321', address: '清水镇石桥村三组15号' },
];
const REPLY_TEXT = '经调查核实，用工单位已承诺于本月25日前一次性结清所欠工资，县人社局将跟踪落实。';

async function signIn(page: Page, rig: BrowserRig, username: string): Promise<void> {
  await page.goto(`${rig.url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

/** antd's Select: open it, type to filter when it searches, and pick the option by its exact text. */
async function pick(page: Page, field: Locator, option: string, type?: string): Promise<void> {
  await field.click();
  if (type) await field.fill(type);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

const timeline = (page: Page) => page.locator('.case-timeline');
const actionBar = (page: Page) => page.getByRole('toolbar', { name: '办理操作' });
const actionButtons = async (page: Page) => (await actionBar(page).getByRole('button').allInnerTexts()).map((t) => t.replace(/\s+/g, ''));

/**
 * The staff console's 信访件 list and case detail in Chromium, through the gateway with the demo
 * accounts: the township officer finds a registered petition by its title and opens it (its
 * petitioners masked until 显示), the county transfers it, the department accepts and replies,
 * a leader extends another case, the department closes; every step in the timeline and on the
 * citizen's tracking page; each role offered only its own actions; the analyst no petitions.
 */
describe('the console\'s case list and case detail', () => {
  let rig: BrowserRig;
  let wages: { id: string; trackingCode: string };
  let other: { id: string; trackingCode: string };

  beforeAll(async () => {
    rig = await BrowserRig.start();
    const officer = await rig.token('township-officer', QINGSHUI);
    const register = async (matter: { title: string; content: string }, petitioners: unknown[], category: string) => {
      const res = await rig.call('intake', 'POST', '/api/petitions', {
        token: officer,
        body: { channel: 'visit', townshipCode: QINGSHUI, villageCode: SHIQIAO, category, headcount: petitioners.length, petitioners, ...matter },
      });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string; trackingCode: string };
    };
    wages = await register(WAGES, PEOPLE, 'labour-wages');
    other = await register(OTHER, [{ name: '王秀英', phone: '13700001111' }], 'rural-affairs');

    // the second case is with the department and accepted, for the leader to extend
    const admin = await rig.token('county-admin');
    const dept = await rig.token('department-officer', HRSS);
    const caseId: string = await eventually(async () => {
      const list = await rig.call('casework', 'GET', `/api/cases?petitionId=${other.id}`, { token: admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id;
    }, 30_000);
    for (const [token, action, body] of [
      [admin, 'transfer', { unitCode: HRSS, reason: '转县人社局核实' }],
      [dept, 'accept', {}],
    ] as const) {
      const res = await rig.call('casework', 'POST', `/api/cases/${caseId}/${action}`, { token, body });
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await eventually(async () => expect((await rig.call('intake', 'GET', `/api/petitions/${other.id}`, { token: admin })).body.caseStatus).toBe('accepted'), 30_000);
    // intake knows the first one's routing deadline from casework
    await eventually(async () => expect((await rig.call('intake', 'GET', `/api/petitions/${wages.id}`, { token: admin })).body.dueAt).toEqual(expect.any(String)), 30_000);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('a township officer finds the petition by its title, opens it, sees the petitioners masked until 显示, and is offered no county or department action', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'qingshui-officer');
    await page.getByRole('menuitem', { name: '信访件查询' }).click();
    await page.getByRole('heading', { name: '信访件查询' }).waitFor();
    await page.getByLabel('全文检索').fill('拖欠木工');
    await page.getByLabel('全文检索').press('Enter');
    await page.waitForURL(/\/petitions\?q=/);
    await page.getByText('共 1 件').first().waitFor();
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('q=拖欠木工');
    const row = page.getByRole('row').filter({ hasText: WAGES.title });
    await row.waitFor();
    await expect(page.getByRole('row').filter({ hasText: OTHER.title }).count()).resolves.toBe(0);
    await page.getByText('共 1 件').first().waitFor();
    // registered today: its 15-day routing clock shows green; the status in the bureau's words
    await row.locator('.deadline-badge[data-tone="ok"]').waitFor();
    await row.getByText('待转送').waitFor();
    await row.getByText('集体访').count().then((n) => expect(n).toBe(0));
    await rig.screenshot(page, 'console-cases-01-list-township-officer');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the filter lives in the address: a link (as from 工作台) lands on the filtered list
    await page.goto(`${rig.url}/petitions?status=accepted&channel=visit`);
    await page.getByRole('row').filter({ hasText: OTHER.title }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: WAGES.title }).count()).resolves.toBe(0);
    await page.goto(`${rig.url}/petitions?q=${encodeURIComponent('拖欠木工')}`);

    await page.getByRole('link', { name: WAGES.title }).click();
    await page.getByRole('heading', { name: WAGES.title }).waitFor();
    const people = page.getByRole('table', { name: '信访人' });
    await people.getByText('刘*华').waitFor();
    await people.getByText(`${PEOPLE[0]!.idNumber.slice(0, 4)}**********${PEOPLE[0]!.idNumber.slice(-4)}`).waitFor();
    await people.getByText('137****4321').waitFor();
    expect(await page.content()).not.toContain(PEOPLE[0]!.idNumber);
    await timeline(page).getByText('立案（乡镇登记）').waitFor();
    // the township may take it up itself (属地管理) but not route it: that is the county's
    await expect(actionButtons(page)).resolves.toEqual(['受理', '不予受理', '不再受理', '备注', '调解']);
    await page.locator('[data-deadline="routeBy"]').getByText('转送、交办或告知').waitFor();
    await rig.screenshot(page, 'console-cases-02-detail-township-officer');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // 显示 reveals them, and intake logs the reveal
    await page.getByRole('button', { name: '显示' }).click();
    await people.getByText('刘德华').waitFor();
    await people.getByText(PEOPLE[1]!.idNumber).waitFor();
    await page.getByText('本次查看已记入个人信息访问日志').waitFor();
    await page.getByRole('button', { name: '隐藏' }).click();
    await people.getByText('刘*华').waitFor();
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('the county admin transfers it — the API\'s field error shown at its field first — and the department accepts, replies and closes; each step in the timeline and on the tracking page', async () => {
    const admin = await rig.newPage(DESKTOP);
    await signIn(admin, rig, 'admin');
    await admin.getByRole('menuitem', { name: '转送交办' }).click();
    await admin.getByRole('heading', { name: '转送交办' }).waitFor();
    // the handling view opens on its first queue: 待转送
    await admin.getByRole('row').filter({ hasText: WAGES.title }).waitFor();
    await rig.screenshot(admin, 'console-cases-03-queue-county-admin');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);
    await admin.getByRole('link', { name: WAGES.title }).click();
    await admin.getByRole('heading', { name: WAGES.title }).waitFor();
    await expect(actionButtons(admin)).resolves.toEqual(['转送', '交办', '督办', '备注', '调解']);

    await actionBar(admin).getByRole('button', { name: '转送', exact: true }).click();
    const dialog = admin.getByRole('dialog', { name: '转送', exact: true });
    // the routing table proposes the unit; an empty reason is refused by the API, shown at its field
    await dialog.locator('.ant-form-item', { hasText: '承办单位' }).getByText(HRSS_NAME).waitFor();
    await dialog.getByRole('button', { name: '提交转送' }).click();
    await dialog.locator('.ant-form-item', { hasText: '转送理由' }).locator('.ant-form-item-explain-error').waitFor();
    await rig.screenshot(admin, 'console-cases-04-transfer-field-error');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);
    await dialog.getByLabel('转送理由').fill('属劳动报酬争议，转县人社局依法处理');
    await dialog.getByRole('button', { name: '提交转送' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await timeline(admin).getByText(`转送${HRSS_NAME}：属劳动报酬争议，转县人社局依法处理`).waitFor();
    await expect(actionButtons(admin)).resolves.toEqual(['督办', '备注', '调解']);
    await admin.locator('[data-deadline="acceptanceNoticeBy"]').waitFor();
    await rig.screenshot(admin, 'console-cases-05-detail-county-admin');

    // the department finds it among its cases to accept
    const dept = await rig.newPage(DESKTOP);
    await signIn(dept, rig, 'hrss-officer');
    await dept.getByRole('menuitem', { name: '承办件' }).click();
    await dept.getByRole('heading', { name: '承办件' }).waitFor();
    await eventually(async () => {
      await dept.getByRole('button', { name: '刷新' }).click();
      await dept.getByRole('link', { name: WAGES.title }).waitFor({ timeout: 2000 });
    }, 30_000);
    await rig.screenshot(dept, 'console-cases-06-queue-department-officer');
    await dept.getByRole('link', { name: WAGES.title }).click();
    await dept.getByRole('heading', { name: WAGES.title }).waitFor();
    await expect(actionButtons(dept)).resolves.toEqual(['受理', '异议', '不予受理', '不再受理', '备注', '调解']);
    await actionBar(dept).getByRole('button', { name: '受理', exact: true }).click();
    const acceptDialog = dept.getByRole('dialog', { name: '受理', exact: true });
    await acceptDialog.getByRole('button', { name: '确定受理' }).click();
    // done, or refused: a refusal fails the test with its rule instead of a bare timeout
    const refused = acceptDialog.locator('.action-refusal');
    await Promise.race([
      timeline(dept).getByText(`${HRSS_NAME}受理`).waitFor({ timeout: 60_000 }),
      refused.waitFor({ timeout: 60_000 }).then(
        async () => {
          throw new Error(`受理 was refused: ${await refused.getAttribute('data-rule')} ${await refused.innerText()}`);
        },
        () => new Promise<never>(() => undefined), // no refusal shown: the timeline's wait decides
      ),
    ]);
    await expect(actionButtons(dept)).resolves.toEqual(['答复', '备注', '调解']);

    await actionBar(dept).getByRole('button', { name: '答复', exact: true }).click();
    const reply = dept.getByRole('dialog', { name: '答复', exact: true });
    await pick(dept, reply.getByLabel('处理意见'), '支持');
    await reply.getByLabel('答复内容').fill(REPLY_TEXT);
    await rig.screenshot(dept, 'console-cases-07-reply-form');
    expect(await rig.accessibilityProblems(dept)).toEqual([]);
    await reply.getByRole('button', { name: '提交答复' }).click();
    await reply.waitFor({ state: 'hidden' });
    await timeline(dept).getByText(`书面答复（支持）：${REPLY_TEXT}`).waitFor();
    await expect(actionButtons(dept)).resolves.toEqual(['办结', '备注', '调解']);

    // 办结 asks once more; Esc leaves it undone
    await actionBar(dept).getByRole('button', { name: '办结', exact: true }).click();
    await dept.getByRole('dialog', { name: '办结', exact: true }).waitFor();
    await dept.keyboard.press('Escape');
    await dept.getByRole('dialog', { name: '办结', exact: true }).waitFor({ state: 'hidden' });
    await actionBar(dept).getByRole('button', { name: '办结', exact: true }).click();
    await dept.getByRole('dialog', { name: '办结', exact: true }).getByRole('button', { name: '确定办结' }).click();
    await timeline(dept).locator('.timeline-text', { hasText: /^办结$/ }).waitFor();
    await expect(actionButtons(dept)).resolves.toEqual(['备注']);
    await rig.screenshot(dept, 'console-cases-08-detail-department-officer-closed');
    expect(await rig.accessibilityProblems(dept)).toEqual([]);

    // every step, in order, on the citizen's tracking page
    const citizen = await rig.newPage();
    await citizen.goto(`${rig.url}/public/track`);
    await citizen.getByLabel('查询码').fill(wages.trackingCode, { timeout: 60_000 });
    await eventually(async () => {
      await citizen.getByRole('button', { name: '查询', exact: true }).click();
      await citizen.locator('.status-badge').getByText('已办结').waitFor({ timeout: 2000 });
    }, 30_000);
    for (const step of [`已转送${HRSS_NAME}办理`, /已受理，将于.*前书面答复/, /已书面答复（支持）/]) await citizen.getByText(step).first().waitFor();
    await citizen.getByText(REPLY_TEXT).waitFor();

    // and the county's own list shows it done
    await admin.goto(`${rig.url}/petitions?status=closed`);
    await admin.getByRole('row').filter({ hasText: WAGES.title }).getByText('已办结').waitFor();

    // the filtered list exported through reporting: a search is exported row by row, without personal data
    await admin.goto(`${rig.url}/petitions?q=${encodeURIComponent('拖欠木工')}`);
    await admin.getByRole('row').filter({ hasText: WAGES.title }).waitFor();
    await admin.getByRole('button', { name: /导出$/ }).hover();
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('menuitem', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('清溪县信访案件清单.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(wages.id);
    expect(csv).not.toContain(other.id);
    for (const personal of [PEOPLE[0]!.name, PEOPLE[0]!.idNumber, PEOPLE[0]!.phone, WAGES.title]) expect(csv).not.toContain(personal);
    for (const p of [admin, dept, citizen]) expect(rig.pageProblems(p)).toEqual([]);
  });

  it('a leader extends another case: more than 30 days refused at the field with the rule, then 10 days granted once', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'qingshui-leader');
    await page.goto(`${rig.url}/petitions/${other.id}`);
    await page.getByRole('heading', { name: OTHER.title }).waitFor();
    await expect(actionButtons(page)).resolves.toEqual(['包案', '延期', '备注', '调解']);
    await actionBar(page).getByRole('button', { name: '延期', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '延期', exact: true });
    await dialog.getByLabel('延长天数').fill('40');
    await dialog.getByLabel('延期理由').fill('需调取用工单位工资台账，情况复杂');
    await dialog.getByRole('button', { name: '提交延期' }).click();
    await dialog.locator('.ant-form-item', { hasText: '延长天数' }).getByText('延长期限为 1 至 30 日（第三十四条）').waitFor();
    // what was typed stays
    await expect(dialog.getByLabel('延期理由').inputValue()).resolves.toBe('需调取用工单位工资台账，情况复杂');
    await rig.screenshot(page, 'console-cases-09-extend-refused');
    await dialog.getByLabel('延长天数').fill('10');
    await dialog.getByRole('button', { name: '提交延期' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await timeline(page).getByText('延期 10 日：需调取用工单位工资台账，情况复杂').waitFor();
    await page.locator('[data-deadline="replyBy"]').getByText(/已延期 10 日/).waitFor();
    // once only: 延期 is no longer offered
    await expect(actionButtons(page)).resolves.toEqual(['包案', '备注', '调解']);
    await rig.screenshot(page, 'console-cases-10-detail-leader');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the citizen is told why
    const citizen = await rig.newPage();
    await citizen.goto(`${rig.url}/public/track`);
    await citizen.getByLabel('查询码').fill(other.trackingCode, { timeout: 60_000 });
    await eventually(async () => {
      await citizen.getByRole('button', { name: '查询', exact: true }).click();
      await citizen.getByText(/办理期限延长 10 日/).waitFor({ timeout: 2000 });
    }, 30_000);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('a refusal the page did not foresee is shown with its rule, in Chinese', async () => {
    // the leader's form is open when the department replies in the meantime: the API's 409 is shown above the form
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'qingshui-leader');
    const admin = await rig.token('county-admin');
    const registered = await rig.call('intake', 'POST', '/api/petitions', {
      token: await rig.token('township-officer', QINGSHUI),
      body: { channel: 'letter', townshipCode: QINGSHUI, category: 'rural-affairs', title: '反映村道路灯损坏', content: '石桥村村道路灯损坏半年未修。', petitioners: [{ name: '张三', address: '清水镇石桥村一组' }] },
    });
    const caseId: string = await eventually(async () => {
      const list = await rig.call('casework', 'GET', `/api/cases?petitionId=${registered.body.id}`, { token: admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id;
    }, 30_000);
    await page.goto(`${rig.url}/petitions/${registered.body.id}`);
    await page.getByRole('heading', { name: '反映村道路灯损坏' }).waitFor();
    await actionBar(page).getByRole('button', { name: '包案', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '包案', exact: true });
    await dialog.waitFor();
    // meanwhile the county leader owns it
    expect((await rig.call('casework', 'POST', `/api/cases/${caseId}/take-ownership`, { token: await rig.token('leader') })).status).toBe(200);
    await dialog.getByRole('button', { name: '确定包案' }).click();
    const refusal = dialog.locator('.action-refusal');
    await refusal.getByText(/当前状态不允许：该案件已由领导（.*）包案/).waitFor();
    await expect(refusal.getAttribute('data-rule')).resolves.toBe('already-owned');
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('an analyst cannot open petitions: no menu entry, the pages say so and fetch nothing, the API refuses', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'analyst');
    await expect(page.getByRole('menuitem', { name: '信访件查询' }).count()).resolves.toBe(0);
    const petitionCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/intake/api/petitions')) petitionCalls.push(r.url());
    });
    await page.goto(`${rig.url}/petitions`);
    await page.getByText('无权查看信访件').waitFor();
    await page.goto(`${rig.url}/petitions/${wages.id}`);
    await page.getByText('无权查看信访件').waitFor();
    expect(await page.content()).not.toContain(WAGES.title);
    expect(petitionCalls).toEqual([]);
    await rig.screenshot(page, 'console-cases-11-analyst-refused');
    expect((await page.request.get(`${rig.url}/intake/api/petitions/${wages.id}`)).status()).toBe(403);
    expect((await page.request.get(`${rig.url}/intake/api/petitions?q=${encodeURIComponent('拖欠')}`)).status()).toBe(403);
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });
});
