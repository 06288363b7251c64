import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '#testing';
import { BrowserRig, chooseOption, residentId } from './support.js';

jest.setTimeout(240_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const QINGSHUI = '430599101000'; // 清水镇
const CHENGGUAN = '430599100000'; // 城关镇
const UNIT = 'dept-hrss';

/** Beijing's year, and the dashboard's default period (this year, both days inclusive). */
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const PERIOD = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };

/** The petitions this file registers: who, where, what; the names and numbers must never show on the analysts' pages. */
const PEOPLE = [
  { name: '欧阳明远', idNumber: residentId('43052419700315001'), phone: '13787650011' },
  { name: '司马春兰', idNumber: residentId('43052419810722002'), phone: '13787650022' },
  { name: '上官建华', idNumber: residentId('43052419650101003'), phone: '13787650033' },
  { name: '诸葛秀英', idNumber: residentId('43052419920909004'), phone: '13787650044' },
  { name: '东方志强', idNumber: residentId('43052419770505005'), phone: '13787650055' },
];
const PETITIONS = [
  { channel: 'visit', townshipCode: QINGSHUI, villageCode: '430599101201', category: 'labour-wages', title: '反映建筑工地拖欠木工工资', content: '本人在县城某建筑工地做木工，2026年8月至10月工资共1.2万元至今未付，多次讨要无果。', person: 0, headcount: 1 },
  { channel: 'letter', townshipCode: QINGSHUI, villageCode: '430599101202', category: 'land-acquisition', title: '反映承包地征收补偿标准偏低', content: '杨柳村三组承包地被征收用于修建物流园，补偿标准低于邻村，请求按同一标准补偿。', person: 1 },
  { channel: 'phone', townshipCode: QINGSHUI, villageCode: '430599101203', category: 'environment', title: '反映养殖场污水排入荷塘', content: '荷塘村一家生猪养殖场夜间把污水直接排进村里的荷塘，鱼大量死亡，气味很大。', person: 2 },
  { channel: 'visit', townshipCode: QINGSHUI, villageCode: '430599101204', category: 'rural-affairs', title: '大坪村村民反映机耕道损毁', content: '大坪村通往后山的机耕道去年被洪水冲毁，至今没有修复，村民六人一起来反映，希望尽快修好。', person: 3, headcount: 6, representatives: [0] },
  { channel: 'online', townshipCode: CHENGGUAN, villageCode: '430599100201', category: 'social-security', title: '反映养老保险待遇未按时发放', content: '本人已满60周岁，城乡居民养老保险待遇从今年7月起一直没有到账，请帮助查明原因。', person: 4 },
] as const;

/** The dashboard's rounding: one decimal, 无 when the API counts nothing (apps/web/src/console/pages/stats/definitions.ts). */
const percent = (r: number | null) => (r === null ? '无' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
const count = (n: number) => n.toLocaleString('zh-CN');

/** Every figure the dashboard shows, keyed by its data-testid, as the stats API's summary gives it. */
function expectedFigures(s: any): Record<string, string> {
  return {
    'figure-closureRate': percent(s.closureRate),
    'figure-timelyAcceptanceRate': percent(s.timelyAcceptanceRate),
    'figure-onTimeClosureRate': percent(s.onTimeClosureRate),
    'figure-evaluationRate': percent(s.evaluationRate),
    'figure-satisfactionRate': percent(s.satisfactionRate),
    'figure-strictSatisfactionRate': percent(s.strictSatisfactionRate),
    'figure-leaderOwnedResolutionRate': percent(s.leaderOwned.resolutionRate),
    'figure-received': count(s.received),
    'figure-closed': count(s.closed),
    'figure-overdueCases': count(s.overdueCases),
    'figure-repeat': count(s.repeat),
    'figure-skipLevel': count(s.skipLevel),
    'figure-collective': count(s.collective),
    'figure-accusations': count(s.accusations),
    'figure-longStanding': count(s.longStanding),
    'figure-transfers': count(s.routing.transfers),
    'figure-assignments': count(s.routing.assignments),
    'figure-supervisions': count(s.routing.supervisions),
    'figure-objections': count(s.routing.objections),
    'figure-reviewedCases': count(s.reviewedCases),
    'figure-leaderOwned': count(s.leaderOwned.cases),
    'figure-casesMediated': count(s.mediation.casesMediated),
    'figure-countyLevel': count(s.countyLevel),
  };
}

/** The numbers as the page shows them. */
async function pageFigures(page: Page): Promise<Record<string, string>> {
  // a string, evaluated in the page: the test code is type-checked without the DOM library
  const entries = await page.evaluate(`[...document.querySelectorAll('[data-testid^="figure-"]')].map((e) => [e.getAttribute('data-testid'), (e.textContent || '').trim()])`);
  return Object.fromEntries(entries as Array<[string, string]>);
}

/** A table's body rows as arrays of cell texts. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  await page.getByTestId(testId).waitFor();
  return (await page.evaluate(`[...document.querySelectorAll('[data-testid="${testId}"] tbody tr.ant-table-row')].map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent || '').trim()))`)) as string[][];
}

/** On the sign-in page the gateway shows at any path. */
async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Clicks a download button; the downloaded CSV's lines. */
async function downloadLines(page: Page, button: string): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
}

/** Picks an option of an antd Select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`).click();
}

/**
 * 统计分析, 报表 and 系统设置 in Chromium through the gateway, on a platform of its own with a
 * few petitions registered and one handled to its end: every figure of the dashboard is the
 * stats API's for the same filter, a township's officer sees his township only, the county admin
 * creates an account whose user must change the one-time password, the analyst sees no personal
 * data and no settings; axe-core on every page, screenshots at 1366×768.
 */
describe('console: statistics, reports and settings in Chromium', () => {
  let rig: BrowserRig;
  let admin: string;
  const summary = async (token: string, query: Record<string, string>) => (await rig.call('reporting', 'GET', `/api/stats/summary?${new URLSearchParams(query)}`, { token })).body;

  beforeAll(async () => {
    rig = await BrowserRig.start();
    admin = await rig.token('county-admin');
    const officers = { [QINGSHUI]: await rig.token('township-officer', QINGSHUI), [CHENGGUAN]: await rig.token('township-officer', CHENGGUAN) };
    const ids: string[] = [];
    const codes: string[] = [];
    for (const p of PETITIONS) {
      const { person, ...body } = p;
      const res = await rig.call('intake', 'POST', '/api/petitions', { token: officers[p.townshipCode], body: { ...body, petitioners: [PEOPLE[person]] } });
      if (res.status !== 201) throw new Error(`registration: ${res.status} ${JSON.stringify(res.body)}`);
      ids.push(res.body.id);
      codes.push(res.body.trackingCode);
    }
    // the first one handled to its end: transferred, accepted, replied, evaluated, closed
    const dept = await rig.token('department-officer', UNIT);
    const caseId: string = await eventually(async () => {
      const list = await rig.call('casework', 'GET', `/api/cases?petitionId=${ids[0]}`, { token: admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id;
    }, 30_000);
    for (const [token, action, body] of [
      [admin, 'transfer', { unitCode: UNIT, reason: '属劳动报酬争议，转县人社局处理' }],
      [dept, 'accept', {}],
      [dept, 'reply', { outcome: 'support', text: '经调查，工地已于本月结清所欠工资1.2万元。' }],
    ] as const) {
      const res = await rig.call('casework', 'POST', `/api/cases/${caseId}/${action}`, { token, body });
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await eventually(async () => {
      const res = await rig.call('intake', 'POST', `/api/public/petitions/${codes[0]}/evaluation`, { body: { rating: 'satisfied' } });
      expect(res.status).toBe(201);
    }, 30_000);
    const closed = await rig.call('casework', 'POST', `/api/cases/${caseId}/close`, { token: dept, body: {} });
    if (closed.status !== 200) throw new Error(`close: ${closed.status} ${JSON.stringify(closed.body)}`);
    // reporting has counted all of it
    await eventually(async () => {
      const s = await summary(admin, PERIOD);
      expect({ received: s.received, closed: s.closed, evaluated: s.satisfaction?.evaluated, collective: s.collective }).toEqual({ received: PETITIONS.length, closed: 1, evaluated: 1, collective: 1 });
    }, 60_000);
  });

  afterAll(async () => {
    if (process.env.DEBUG_RIG) console.log(rig?.logs());
    await rig?.close();
  });

  it('shows every figure of the stats API for the county and for a township picked on the page, each rate with what it counts; prints without the menu', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'admin');
    await page.getByTestId('user-name').waitFor();
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.waitForURL(/\/stats$/);
    await page.getByTestId('figure-received').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: '统计分析', exact: true }).waitFor();

    // the county, this year: the page's figures are the API's
    const county = await summary(admin, PERIOD);
    await eventually(async () => expect(await pageFigures(page)).toEqual(expectedFigures(county)), 10_000);
    expect(county.closureRate).toBe(1 / PETITIONS.length);
    expect(await page.getByTestId('stats-heading').innerText()).toContain(`${YEAR}年度`);
    // by channel (the summary's own split) and by township (the breakdown), read from their tables
    await page.getByRole('radiogroup', { name: '按渠道：图表或表格' }).getByText('表格').click();
    expect(await tableRows(page, 'table-channel')).toEqual([
      ['来访', String(county.byChannel.visit)],
      ['来信', String(county.byChannel.letter)],
      ['来电', String(county.byChannel.phone)],
      ['网上信访', String(county.byChannel.online)],
    ]);
    const byTownship = (await rig.call('reporting', 'GET', `/api/stats/breakdown?by=township&from=${PERIOD.from}&to=${PERIOD.to}`, { token: admin })).body.items;
    await page.getByRole('radiogroup', { name: '按乡镇：图表或表格' }).getByText('表格').click();
    expect((await tableRows(page, 'table-place')).map((r) => r.slice(0, 4))).toEqual(
      byTownship.map((t: any) => [t.name, String(t.received), String(t.closed), percent(t.closureRate)]),
    );
    expect(byTownship.map((t: any) => t.name).sort()).toEqual(['城关镇', '清水镇']);
    // the most complained-about units, as the API ranks them
    const units = (await rig.call('reporting', 'GET', `/api/stats/complained-units?limit=10&from=${PERIOD.from}&to=${PERIOD.to}`, { token: admin })).body.items;
    expect((await tableRows(page, 'table-units')).map((r) => [r[0], r[1]])).toEqual(units.map((u: any) => [u.unitName, String(u.petitions)]));
    // each rate says what it counts, reachable by keyboard
    const timely = page.getByRole('button', { name: /^及时受理率的统计口径/ });
    expect(await timely.getAttribute('aria-label')).toContain('不计入分母');
    await timely.focus();
    await page.getByRole('tooltip').getByText(/15 日内作出受理或不予受理决定的件数/).waitFor();
    await rig.screenshot(page, 'console-analytics-01-stats-county');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // a township picked on the page: the address keeps the filter, the figures follow the API's for it
    await choose(page, '乡镇', '清水镇');
    await page.waitForURL(/townshipCode=430599101000/);
    await page.getByTestId('stats-heading').getByText('清水镇信访统计').waitFor();
    const qingshui = await summary(admin, { townshipCode: QINGSHUI, ...PERIOD });
    expect(qingshui.received).toBe(PETITIONS.filter((p) => p.townshipCode === QINGSHUI).length);
    await eventually(async () => expect(await pageFigures(page)).toEqual(expectedFigures(qingshui)), 10_000);
    // by village now, the villages of 清水镇 that had petitions
    await page.getByRole('radiogroup', { name: '按村（社区）：图表或表格' }).getByText('表格').click();
    expect((await tableRows(page, 'table-place')).map((r) => r[0]).sort()).toEqual(['大坪村', '杨柳村', '石桥村', '荷塘村'].sort());
    await rig.screenshot(page, 'console-analytics-02-stats-township');

    // another period: last year had nothing, every rate says 无
    await choose(page, '统计时段', '上年度');
    await page.waitForURL(new RegExp(`from=${YEAR - 1}-01-01`));
    const lastYear = await summary(admin, { townshipCode: QINGSHUI, from: `${YEAR - 1}-01-01`, to: `${YEAR - 1}-12-31` });
    await eventually(async () => expect(await pageFigures(page)).toEqual(expectedFigures(lastYear)), 10_000);
    expect(await page.getByTestId('figure-closureRate').innerText()).toBe('无');

    // print: no menu, no controls, the definitions written out
    await page.goto(`${rig.url}/stats?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.getByTestId('figure-received').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.locator('.stats-print-caption').waitFor();
    await page.getByText('在收到之日起 15 日内作出受理或不予受理决定的件数 ÷ 已作出决定的件数（第二十三条）。').first().waitFor();
    await rig.screenshot(page, 'console-analytics-03-stats-print');
    await page.emulateMedia({ media: 'screen' });
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('asks for the password again over the page when the session ends, and keeps the page', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'admin');
    await page.getByTestId('user-name').waitFor();
    await page.goto(`${rig.url}/stats?townshipCode=${QINGSHUI}&from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.getByTestId('stats-heading').getByText('清水镇信访统计').waitFor();
    await page.getByTestId('figure-received').waitFor();
    // the session ends on the server (as after 30 idle minutes): the next request answers 401
    expect((await page.request.post(`${rig.url}/api/auth/logout`, { headers: { origin: rig.url } })).status()).toBeLessThan(300);
    await page.getByRole('button', { name: /刷\s*新/ }).click();
    const dialog = page.getByRole('dialog', { name: '登录已失效，请重新登录' });
    await dialog.getByText('您正在进行的页面已保留').waitFor();
    await rig.screenshot(page, 'console-analytics-20-session-ended');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await dialog.getByLabel('密码').fill('Wrong@2026');
    await dialog.getByRole('button', { name: '重新登录' }).click();
    await dialog.getByRole('alert').getByText('用户名或密码不正确。').waitFor();
    await dialog.getByLabel('密码').fill(PASSWORD);
    await dialog.getByRole('button', { name: '重新登录' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // the same page, with its filter, and the figures load again
    expect(page.url()).toContain(`townshipCode=${QINGSHUI}`);
    await page.getByRole('button', { name: /刷\s*新/ }).click();
    const qingshui = await summary(admin, { townshipCode: QINGSHUI, ...PERIOD });
    await eventually(async () => expect(await pageFigures(page)).toEqual(expectedFigures(qingshui)), 10_000);
    expect((await page.request.get(`${rig.url}/api/auth/me`)).status()).toBe(200);
  });

  it("confines a township officer to his township's figures and reports", async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'qingshui-officer');
    await page.getByTestId('user-name').waitFor();
    // even an address naming another township shows his own
    await page.goto(`${rig.url}/stats?townshipCode=${CHENGGUAN}`);
    await page.getByTestId('stats-heading').getByText('清水镇信访统计').waitFor();
    expect(await page.getByLabel('乡镇', { exact: true }).isDisabled()).toBe(true);
    const own = await summary(await rig.token('township-officer', QINGSHUI), { townshipCode: QINGSHUI, ...PERIOD });
    await eventually(async () => expect(await pageFigures(page)).toEqual(expectedFigures(own)), 10_000);
    expect(own.received).toBe(4);
    // and the API refuses him the other township through his own session
    expect((await page.request.get(`${rig.url}/reporting/api/stats/summary?townshipCode=${CHENGGUAN}`)).status()).toBe(403);
    await rig.screenshot(page, 'console-analytics-04-stats-township-officer');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // 报表: his township only, the village scores of his villages with the rule behind them
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    await page.getByTestId('report-title').getByText(`清水镇${YEAR}年信访工作自查报告`).waitFor();
    expect(await page.getByLabel('乡镇', { exact: true }).isDisabled()).toBe(true);
    await page.getByTestId('report-statistics-text').first().waitFor();
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await page.getByRole('tab', { name: '村级考核得分' }).click();
    await page.getByTestId('assessment-rule').waitFor();
    const villages = await tableRows(page, 'table-villages');
    expect(villages.map((r) => r[0]).sort()).toEqual(['清水社区', '石桥村', '杨柳村', '荷塘村', '大坪村', '茶园村'].sort());
    // 大坪村's collective visit costs it a point under the default rule
    expect(villages.find((r) => r[0] === '大坪村')).toEqual(['大坪村', '1', '4 / 5', '1', '集体访 1 起 × 1 分 = 1 分']);
    await rig.screenshot(page, 'console-analytics-05-village-scores');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('downloads the annual report as Word and Excel and the case list as CSV through the gateway', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'admin');
    await page.getByTestId('user-name').waitFor();
    await page.goto(`${rig.url}/reports`);
    await page.getByTestId('report-title').getByText(`清溪县${YEAR}年信访工作自查报告`).waitFor();
    await rig.screenshot(page, 'console-analytics-06-annual-report');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    for (const [button, ext] of [['下载 Word 报告', 'docx'], ['下载 Excel 数据', 'xlsx']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(`清溪县${YEAR}年信访工作自查报告.${ext}`);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: Office Open XML
    }

    await page.getByRole('tab', { name: '案件导出' }).click();
    await page.waitForURL(/\/exports$/);
    await choose(page, '乡镇', '清水镇');
    await page.getByTestId('export-description').getByText(`${YEAR}年度`).waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('清水镇信访案件清单.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain('信访件编号');
    expect(lines).toHaveLength(1 + 4); // the header and 清水镇's four petitions
    const text = lines.join('\n');
    for (const p of PEOPLE) for (const secret of [p.name, p.idNumber, p.phone]) expect(text).not.toContain(secret);
    // the list's conditions: only visits, of them only collective ones
    await choose(page, '渠道', '来访');
    await page.keyboard.press('Escape');
    const visits = await downloadLines(page, '导出 CSV');
    expect(visits).toHaveLength(1 + PETITIONS.filter((p) => p.townshipCode === QINGSHUI && p.channel === 'visit').length);
    await page.getByRole('checkbox', { name: '集体访' }).check();
    expect(await downloadLines(page, '导出 CSV')).toHaveLength(1 + 1);
    await rig.screenshot(page, 'console-analytics-07-case-export');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('lets the county admin create an account whose user must change the one-time password at the first sign-in', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'admin');
    await page.getByTestId('user-name').waitFor();
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.getByTestId('table-accounts').getByText('qingshui-officer', { exact: true }).waitFor();
    await rig.screenshot(page, 'console-analytics-08-accounts');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // a username that is taken: the API's answer at the field, what was typed kept
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账号' });
    await dialog.getByLabel('用户名').fill('qingshui-officer');
    await dialog.getByLabel('姓名').fill('清水镇信访专干 赵敏');
    await chooseOption(page, '角色', '乡镇信访专干', dialog);
    await chooseOption(page, '所属乡镇', '清水镇', dialog);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.locator('.ant-form-item-explain-error').getByText('用户名 qingshui-officer 已被使用').waitFor();
    expect(await dialog.getByLabel('姓名').inputValue()).toBe('清水镇信访专干 赵敏');
    await rig.screenshot(page, 'console-analytics-09-account-form-error');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await dialog.getByLabel('用户名').fill('qingshui-officer2');
    await dialog.getByLabel('手机号').fill('13900001111');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    const shown = page.getByRole('dialog', { name: '账号 qingshui-officer2 已创建' });
    const oneTimePassword = await shown.getByTestId('one-time-password').inputValue();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(8);
    await rig.screenshot(page, 'console-analytics-10-one-time-password');
    await shown.getByRole('button', { name: '我已记下' }).click();
    const row = page.getByTestId('table-accounts').locator('tr', { hasText: 'qingshui-officer2' });
    await row.getByText('待改密码').waitFor();
    await row.getByText('清水镇', { exact: true }).waitFor();
    // shown once: nothing on the page holds it any more
    expect(await page.content()).not.toContain(oneTimePassword);

    // the new user signs in with it and must choose a password before the console opens
    const user = await rig.newPage(DESKTOP);
    await user.goto(rig.url);
    await signIn(user, 'qingshui-officer2', oneTimePassword);
    await user.getByText('首次登录或密码已被重置，请先设置新密码。').waitFor();
    await user.getByLabel('当前密码').fill(oneTimePassword);
    await user.getByLabel('新密码', { exact: true }).fill('Zhao#Min2026');
    await user.getByLabel('确认新密码').fill('Zhao#Min2026');
    await user.getByRole('button', { name: '确认修改' }).click();
    await user.getByTestId('user-name').getByText('清水镇信访专干 赵敏').waitFor();

    // back at the list the flag is gone; the admin disables the account (confirmed) and its session ends
    await page.getByRole('button', { name: '刷新' }).click();
    await eventually(async () => expect(await row.getByText('待改密码').count()).toBe(0), 10_000);
    await row.getByRole('button', { name: '停用 qingshui-officer2' }).click();
    await page.locator('.ant-popconfirm-buttons').getByRole('button', { name: /停\s*用/ }).click();
    await row.getByText('已停用').waitFor();
    expect((await user.request.get(`${rig.url}/api/auth/me`)).status()).toBe(401);
    // the audit has all of it
    await page.getByRole('menuitem', { name: '登录审计' }).click();
    await page.getByLabel('用户名').fill('qingshui-officer2');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    for (const kind of ['新建账号', '登录', '修改密码', '停用账号']) await page.getByTestId('table-audit').getByText(kind, { exact: true }).first().waitFor();
    await rig.screenshot(page, 'console-analytics-11-audit');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('settings: the calendar warns of a missing next year until it is entered, the routing table shows the API’s refusal at its row, templates preview, dead letters per service; axe on each', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'admin');
    await page.getByTestId('user-name').waitFor();
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByRole('list', { name: '设置项' }).waitFor();
    await page.getByText(`${YEAR + 1} 年的放假安排尚未录入`).waitFor();
    await rig.screenshot(page, 'console-analytics-12-settings');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the calendar: next year is provisional until its holidays are entered
    await page.getByRole('tab', { name: '工作日历' }).click();
    await page.getByTestId('next-year-warning').waitFor();
    await page.getByText('已录入放假安排').waitFor();
    await page.getByRole('button', { name: `录入 ${YEAR + 1} 年` }).click();
    await page.getByText('未录入放假安排（临时：只计周末）').waitFor();
    await page.getByRole('button', { name: '添加一段假期' }).click();
    const range = page.getByRole('dialog', { name: '添加一段假期' });
    await range.getByLabel('名称').fill('元旦');
    await range.locator('input').nth(1).fill(`${YEAR + 1}-01-01`);
    await range.locator('input').nth(2).fill(`${YEAR + 1}-01-03`);
    // Enter submits the form
    await range.locator('input').nth(2).press('Enter');
    await range.waitFor({ state: 'hidden' });
    await page.getByText(`1月1日至1月3日放假，共 3 天`).waitFor();
    await rig.screenshot(page, 'console-analytics-13-calendar');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-popconfirm-buttons').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(new RegExp(`已保存 ${YEAR + 1} 年工作日历，重算了 \\d+ 件在办案件的期限`)).waitFor();
    await page.getByText('已录入放假安排').waitFor();
    expect(await page.getByTestId('next-year-warning').count()).toBe(0);
    expect((await rig.call('casework', 'GET', `/api/calendar/${YEAR + 1}`, { token: admin })).body).toMatchObject({ provisional: false, days: [{ date: `${YEAR + 1}-01-01`, kind: 'holiday', name: '元旦' }, {}, {}] });

    // the routing table: a second rule for the same category and township is refused by casework, shown at its row
    await page.getByRole('tab', { name: '分流规则' }).click();
    await page.getByTestId('table-routing').getByRole('combobox', { name: '第 1 条规则的事项分类' }).waitFor();
    const rules = (await rig.call('casework', 'GET', '/api/routing-rules', { token: admin })).body.rules;
    await page.getByRole('button', { name: '添加规则' }).click();
    const n = rules.length + 1;
    const categoryName = (await rig.call('intake', 'GET', '/api/categories')).body.items.find((c: any) => c.code === rules[0].categoryCode).name;
    await choose(page, `第 ${n} 条规则的事项分类`, categoryName);
    await choose(page, `第 ${n} 条规则的承办单位`, '县人力资源和社会保障局');
    if (rules[0].townshipCode) throw new Error('test assumes the first demo rule is county-wide');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-popconfirm-buttons').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('同一分类、同一乡镇只能有一条规则').waitFor();
    expect((await rig.call('casework', 'GET', '/api/routing-rules', { token: admin })).body.rules).toEqual(rules);
    await rig.screenshot(page, 'console-analytics-14-routing');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // notification templates: a preview rendered by the service
    await page.getByRole('tab', { name: '通知规则与模板' }).click();
    await page.getByTestId('table-rules').waitFor();
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await page.getByRole('tab', { name: '消息模板' }).click();
    await page.getByRole('button', { name: '预览模板 petitioner.accepted' }).click();
    await page.getByTestId('template-preview').waitFor();
    expect(await page.getByTestId('template-preview').innerText()).not.toMatch(/\{\{/);
    await rig.screenshot(page, 'console-analytics-15-template-preview');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // dead letters: each service's list (none here)
    await page.getByRole('tab', { name: '死信处理' }).click();
    for (const service of ['intake', 'casework', 'notification', 'reporting']) {
      await page.getByRole('tab', { name: new RegExp(service) }).click();
      await page.getByTestId(`table-dead-letters-${service}`).getByText('没有死信：所有事件都已处理').waitFor();
    }
    await rig.screenshot(page, 'console-analytics-16-dead-letters');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await page.getByRole('tab', { name: '区划与分类' }).click();
    await page.getByText('乡镇与村（社区）：').waitFor();
    await rig.screenshot(page, 'console-analytics-17-directory');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('shows the analyst statistics and reports with no personal data, and no settings', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(rig.url);
    await signIn(page, 'analyst');
    await page.getByTestId('user-name').waitFor();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    for (const item of ['系统设置', '账号管理', '登录审计', '信访件查询']) expect(menu).not.toContain(item);
    const secrets = PEOPLE.flatMap((p) => [p.name, p.idNumber, p.phone]);
    for (const [path, ready] of [
      ['/stats', 'figure-received'],
      ['/reports', 'report-title'],
      ['/reports/villages', 'table-villages'],
      ['/exports', 'export-description'],
    ] as const) {
      await page.goto(`${rig.url}${path}`);
      await page.getByTestId(ready).waitFor();
      const text = await page.locator('body').innerText();
      for (const secret of secrets) expect({ path, leaks: text.includes(secret) ? secret : null }).toEqual({ path, leaks: null });
      expect({ path, idLike: /\d{17}[\dX]/.exec(text)?.[0] ?? null, mobileLike: /1[3-9]\d{9}/.exec(text)?.[0] ?? null }).toEqual({ path, idLike: null, mobileLike: null });
    }
    await rig.screenshot(page, 'console-analytics-18-analyst-exports');
    // no settings: the page says so, and the gateway refuses the accounts themselves
    await page.goto(`${rig.url}/settings/accounts`);
    await page.getByText('无权访问系统设置').waitFor();
    expect(await page.getByTestId('table-accounts').count()).toBe(0);
    expect((await page.request.get(`${rig.url}/api/accounts`)).status()).toBe(403);
    await rig.screenshot(page, 'console-analytics-19-analyst-no-settings');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });
});
