import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { eventually } from '#testing';
import { BrowserRig, chooseOption } from './support.js';

jest.setTimeout(300_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const QINGSHUI = '430599101000'; // 清水镇
const SHIQIAO = '430599101201'; // 清水镇石桥村
/** 清水镇's leaders as its seeded roster names them: the 党委书记 is the demo account qingshui-leader. */
const SECRETARY = { leaderId: `leader-${QINGSHUI}-1`, leaderName: '' };
const MAYOR = { leaderId: `leader-${QINGSHUI}-2`, leaderName: '' };

const SUPERVISED = { title: '反映石桥村征地补偿款迟迟未发放', content: '石桥村三组2026年春征地，补偿款至今未发放到户，多次反映无果。' };
const OWNED = { title: '反映石桥村自来水管网改造后停水', content: '石桥村二组自来水管网改造后连续停水一周，影响全组生活用水。' };
const COLLECTIVE = { title: '石桥村六户村民反映砂石场噪声扰民', content: '石桥村六户村民反映村口砂石场夜间作业噪声扰民，要求限时作业。' };
const REASON = '群众反映强烈，请于十日内办结并报送结果';

async function signIn(page: Page, rig: BrowserRig, username: string): Promise<void> {
  await page.goto(`${rig.url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

/** A date in Beijing as the pickers take it. */
const beijing = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** antd's DatePicker: type the date and confirm it with Enter (which, in a form, submits it). */
async function typeDate(field: Locator, date: string): Promise<void> {
  await field.click();
  await field.press('Control+A');
  await field.pressSequentially(date);
  await field.press('Enter');
  // the picker's panel closes (an animation) before the page is looked at
  const panel = field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  for (let waited = 0; waited < 5000 && (await panel.count()) > 0; waited += 100) await field.page().waitForTimeout(100);
}

/**
 * The console's 督查督办, 领导包案 and 领导接访 in Chromium through the gateway with the demo
 * accounts: the county supervises a case from its page and finds it in 督查督办 with the reason and
 * the date; a leader finds the case he owns, and the collective one waiting for a leader, in
 * 领导包案; the county sets a working day's leader in the roster — a rest day refused at the field
 * first — and the township officer and the leader read it there and on the 工作台, without an
 * edit control.
 */
describe('the console’s 督查督办, 领导包案 and 领导接访', () => {
  let rig: BrowserRig;
  const petitions: Record<string, string> = {};
  const cases: Record<string, string> = {};
  /** The working day the county sets: today when it is one, else the next of this month's (or the next month's). */
  let target: string;
  let restDay: string;

  beforeAll(async () => {
    rig = await BrowserRig.start();
    const officer = await rig.token('township-officer', QINGSHUI);
    const admin = await rig.token('county-admin');
    const register = async (key: string, matter: { title: string; content: string }, extra: Record<string, unknown> = {}) => {
      const res = await rig.call('intake', 'POST', '/api/petitions', {
        token: officer,
        body: { channel: 'visit', townshipCode: QINGSHUI, villageCode: SHIQIAO, category: 'land-acquisition', headcount: 1, petitioners: [{ name: '王秀英', phone: '13700001111' }], ...matter, ...extra },
      });
      if (res.status !== 201) throw new Error(`register ${key}: ${res.status} ${JSON.stringify(res.body)}`);
      petitions[key] = res.body.id;
      cases[key] = await eventually(async () => {
        const list = await rig.call('casework', 'GET', `/api/cases?petitionId=${res.body.id}`, { token: admin });
        expect(list.body.items).toHaveLength(1);
        return list.body.items[0].id as string;
      }, 30_000);
    };
    await register('supervised', SUPERVISED);
    await register('owned', OWNED);
    await register('collective', COLLECTIVE, {
      category: 'environment',
      headcount: 6,
      petitioners: [{ name: '李春生', phone: '13700002222' }],
      representatives: [0],
    });
    const transfer = await rig.call('casework', 'POST', `/api/cases/${cases.supervised}/transfer`, { token: admin, body: { unitCode: 'dept-natural-resources', reason: '属征地补偿，转县自然资源局' } });
    if (transfer.status !== 200) throw new Error(`transfer: ${transfer.status} ${JSON.stringify(transfer.body)}`);

    const leaders = (await rig.call('casework', 'GET', `/api/duty-roster/leaders?townshipCode=${QINGSHUI}`, { token: admin })).body.items as { leaderId: string; leaderName: string }[];
    for (const l of [SECRETARY, MAYOR]) l.leaderName = leaders.find((x) => x.leaderId === l.leaderId)!.leaderName;
    // the day to set, and a rest day of its month to be refused; the day starts with the mayor on duty
    const today = beijing(new Date());
    const month = async (m: string) => (await rig.call('casework', 'GET', `/api/duty-roster?townshipCode=${QINGSHUI}&month=${m}`, { token: admin })).body;
    let roster = await month(today.slice(0, 7));
    let day = roster.calendar.find((d: { date: string; working: boolean }) => d.working && d.date >= today);
    if (!day) {
      const next = new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) + 32 * 86_400_000).toISOString().slice(0, 7);
      roster = await month(next);
      day = roster.calendar.find((d: { working: boolean }) => d.working);
    }
    target = day.date;
    restDay = roster.calendar.find((d: { working: boolean }) => !d.working).date;
    const days = [...roster.days.filter((d: { date: string }) => d.date !== target), { date: target, ...MAYOR }];
    const put = await rig.call('casework', 'PUT', '/api/duty-roster', { token: admin, body: { townshipCode: QINGSHUI, month: target.slice(0, 7), days } });
    if (put.status !== 200) throw new Error(`roster: ${put.status} ${JSON.stringify(put.body)}`);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('the county supervises a case from its page and finds it in 督查督办 with the reason, the date and that it runs; the 工作台 count leads there', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'admin');
    await page.goto(`${rig.url}/petitions/${petitions.supervised}`);
    await page.getByRole('heading', { name: SUPERVISED.title }).waitFor();
    await page.getByRole('toolbar', { name: '办理操作' }).getByRole('button', { name: '督办', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '督办', exact: true });
    const due = beijing(new Date(Date.now() + 10 * 86_400_000));
    await typeDate(dialog.getByLabel('督办期限'), due);
    await dialog.getByLabel('督办事由').fill(REASON);
    await dialog.getByRole('button', { name: '提交督办' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('menuitem', { name: '督查督办' }).click();
    await page.getByRole('heading', { name: '督查督办' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: SUPERVISED.title });
    await row.waitFor();
    await row.getByText(REASON).waitFor();
    await row.getByText('县自然资源局').waitFor();
    await row.getByText('清水镇').first().waitFor();
    await row.getByText('督办中').waitFor();
    // the required date, as its deadline badge: green, ten days left
    const [y, m, d] = due.split('-').map(Number);
    await row.locator('.deadline-badge[data-tone="ok"]').getByText(new RegExp(`${m}月${d}日`)).waitFor();
    expect(y).toBeGreaterThan(2000);
    await page.getByText('共 1 件').first().waitFor();
    await rig.screenshot(page, 'console-duties-01-supervision-county-admin');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // finished ones are another view: none yet
    await page.locator('.ant-segmented').getByText('按期办结', { exact: true }).click();
    await page.waitForURL(/view=fulfilled/);
    await page.getByText('没有符合条件的督办案件').waitFor();
    // the link leads to the petition
    await page.locator('.ant-segmented').getByText('未办结', { exact: true }).click();
    await page.getByRole('link', { name: SUPERVISED.title }).click();
    await page.getByRole('heading', { name: SUPERVISED.title }).waitFor();

    // the 工作台's 督办中 leads to the page
    await page.goto(`${rig.url}/`);
    await page.getByRole('link', { name: /督办中 1 件，查看清单/ }).click();
    await page.getByRole('heading', { name: '督查督办' }).waitFor();
    await page.getByRole('row').filter({ hasText: SUPERVISED.title }).waitFor();
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('a leader owns a case from its page and finds it, and the collective one waiting for a leader in 领导包案', async () => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig, 'qingshui-leader');
    // 包案 on the case's page
    await page.goto(`${rig.url}/petitions/${petitions.owned}`);
    await page.getByRole('heading', { name: OWNED.title }).waitFor();
    await page.getByRole('toolbar', { name: '办理操作' }).getByRole('button', { name: '包案', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '包案', exact: true });
    await dialog.getByRole('button', { name: '确定包案' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // the 工作台's count of his cases leads to the page
    await page.goto(`${rig.url}/`);
    await page.getByRole('link', { name: /我包案的 1 件，查看清单/ }).click();
    await page.getByRole('heading', { name: '领导包案' }).waitFor();
    const mine = page.getByRole('table', { name: '我包案的在办案件' });
    await mine.getByRole('link', { name: OWNED.title }).waitFor();
    await mine.getByRole('row').filter({ hasText: OWNED.title }).locator('.deadline-badge').waitFor();
    await expect(mine.getByRole('link', { name: COLLECTIVE.title }).count()).resolves.toBe(0);
    const waiting = page.getByRole('table', { name: '待领导包案' });
    const row = waiting.getByRole('row').filter({ hasText: COLLECTIVE.title });
    await row.waitFor();
    await row.getByText('集体访').waitFor();
    await row.getByText('包案后方可受理').waitFor();
    await expect(waiting.getByRole('link', { name: OWNED.title }).count()).resolves.toBe(0);
    await rig.screenshot(page, 'console-duties-02-owned-leader');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await waiting.getByRole('link', { name: COLLECTIVE.title }).click();
    await page.getByRole('heading', { name: COLLECTIVE.title }).waitFor();
    await page.getByRole('toolbar', { name: '办理操作' }).getByRole('button', { name: '包案', exact: true }).waitFor();
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('the county sets a working day’s leader — a rest day refused at the field — and the officer and the leader read it, without an edit control', async () => {
    const admin = await rig.newPage(DESKTOP);
    await signIn(admin, rig, 'admin');
    await admin.getByRole('menuitem', { name: '领导接访' }).click();
    await admin.getByRole('heading', { name: '领导接访' }).waitFor();
    // the county first: every township side by side
    await admin.getByRole('table', { name: /全县 .*各乡镇接访安排/ }).waitFor();
    await rig.screenshot(admin, 'console-duties-03-roster-county');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);
    const month = target.slice(0, 7);
    await admin.goto(`${rig.url}/duty-roster?townshipCode=${QINGSHUI}&month=${month}`);
    const cell = (page: Page) => page.locator(`td[data-date="${target}"]`);
    await cell(admin).getByText(MAYOR.leaderName).waitFor();
    await admin.locator(`td[data-date="${restDay}"]`).getByText(/休息日|节|假/).first().waitFor();
    await expect(admin.locator(`td[data-date="${restDay}"] button`).count()).resolves.toBe(0);

    await cell(admin).getByRole('button', { name: /的接访领导$/ }).click();
    const dialog = admin.getByRole('dialog', { name: /安排接访领导/ });
    await dialog.waitFor();
    await chooseOption(admin, '接访领导', SECRETARY.leaderName, dialog);
    // a rest day, typed and submitted with Enter: refused by the API, at the date, with what was chosen kept
    await typeDate(dialog.getByLabel('日期'), restDay);
    await dialog.locator('.ant-form-item', { hasText: '日期' }).getByText(`${restDay} 不是工作日（节假日不安排接访）`).waitFor();
    await dialog.locator('.ant-form-item', { hasText: '接访领导' }).locator(`[title="${SECRETARY.leaderName}"]`).first().waitFor();
    await rig.screenshot(admin, 'console-duties-04-roster-refused');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);
    await typeDate(dialog.getByLabel('日期'), target);
    await dialog.waitFor({ state: 'hidden' });
    await cell(admin).getByText(SECRETARY.leaderName).waitFor();
    await rig.screenshot(admin, 'console-duties-05-roster-township-county-admin');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);
    const saved = await rig.call('casework', 'GET', `/api/duty-roster?townshipCode=${QINGSHUI}&month=${month}`, { token: await rig.token('county-admin') });
    expect(saved.body.days.find((d: { date: string }) => d.date === target)).toEqual({ date: target, ...SECRETARY });
    expect(saved.body.days.find((d: { date: string }) => d.date === restDay)).toBeUndefined();

    const isToday = target === beijing(new Date());
    // the township officer reads it, with no control to change it
    const officer = await rig.newPage(DESKTOP);
    await signIn(officer, rig, 'qingshui-officer');
    if (isToday) await officer.locator('.wb-duty').getByText(SECRETARY.leaderName).waitFor();
    await officer.getByRole('menuitem', { name: '领导接访' }).click();
    await officer.getByRole('heading', { name: '领导接访' }).waitFor();
    if (!isToday) await officer.goto(`${rig.url}/duty-roster?month=${month}`);
    await cell(officer).getByText(SECRETARY.leaderName).waitFor();
    if (isToday) {
      await expect(cell(officer).getAttribute('aria-current')).resolves.toBe('date');
      await cell(officer).getByText('今天').waitFor();
    }
    await expect(officer.getByRole('button', { name: /的接访领导$/ }).count()).resolves.toBe(0);
    await expect(officer.getByRole('button', { name: /安排|更换/ }).count()).resolves.toBe(0);
    await rig.screenshot(officer, 'console-duties-06-roster-township-officer');
    expect(await rig.accessibilityProblems(officer)).toEqual([]);

    // and the leader: on the 工作台 told it is his day, and in the roster
    const leader = await rig.newPage(DESKTOP);
    await signIn(leader, rig, 'qingshui-leader');
    if (isToday) await leader.getByText('今天由您接待来访群众').waitFor();
    await leader.goto(`${rig.url}/duty-roster?month=${month}`);
    await cell(leader).getByText(SECRETARY.leaderName).waitFor();
    await expect(leader.getByRole('button', { name: /的接访领导$/ }).count()).resolves.toBe(0);
    await rig.screenshot(leader, 'console-duties-07-roster-leader');
    for (const p of [admin, officer, leader]) expect(rig.pageProblems(p)).toEqual([]);
  });
});
