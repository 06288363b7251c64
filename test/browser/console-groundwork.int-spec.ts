import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserRig, chooseOption, residentId } from './support.js';

jest.setTimeout(300_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const QINGSHUI = '430599101000'; // 清水镇
const SHIQIAO = '430599101201'; // 清水镇石桥村
const PERIOD = '2026年冬季重要会议期间';

/** Today in Beijing, as casework counts report days. */
const beijingDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const LONG_STANDING = { name: '周德明', idNumber: residentId('43052419610315003'), phone: '13874561230' };
const MATTERS = [
  { category: 'labour-wages', title: '反映砖厂拖欠工资', content: '在清水镇红星砖厂做工八个月，老板拖欠工资2.3万元，多次讨要未果。' },
  { category: 'rural-affairs', title: '反映灌溉水渠被填埋', content: '公路施工时把三组的灌溉水渠填埋了一段，一直没有恢复，春耕放不进水。' },
  { category: 'social-security', title: '咨询城乡居民养老保险待遇领取', content: '本人今年满六十周岁，已缴纳城乡居民养老保险十五年，至今未领取养老金。' },
];
const DISPUTE = { parties: '石桥村三组张德顺与李桂英两户', matter: '宅基地边界争议，双方多次争吵，扬言要到县里上访' };

async function signIn(page: Page, rig: BrowserRig, username: string): Promise<void> {
  await page.goto(`${rig.url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

async function openArea(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 2 }).waitFor();
}

/** The figure under a Statistic's title within a group. */
async function figure(page: Page, group: string, title: string): Promise<string> {
  const stat = page.getByRole('group', { name: group }).locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-header', { hasText: new RegExp(`^${title}$`) }) });
  return (await stat.locator('.ant-statistic-content').innerText()).replace(/\s+/g, '');
}

/** Types an antd RangePicker's two dates (a valid date typed is taken as it is typed), then closes its panel by clicking the field labelled `then`. */
async function fillRange(page: Page, from: string, to: string, then: string): Promise<void> {
  await page.getByPlaceholder('第一天').click();
  await page.getByPlaceholder('第一天').fill(from);
  await page.getByPlaceholder('最后一天').click();
  await page.getByPlaceholder('最后一天').fill(to);
  await page.getByRole('dialog').getByLabel(then).click();
  await expect(page.getByPlaceholder('最后一天').inputValue()).resolves.toBe(to);
}

/**
 * The console's groundwork pages in Chromium through the gateway with the demo accounts:
 * 零报告 (the county declares a sensitive period; 清水镇 files a nil report, 城关镇 nothing; the
 * county sees who has and who has not), 矛盾纠纷排查 (a liaison records an 易激化 dispute in his
 * village, the township officer records the mediation, the figures follow), and the 信访老户
 * ledger (a petitioner with three petitions, masked, each petition a link); roles without these
 * areas do not see them.
 */
describe("the console's 零报告, 矛盾纠纷排查 and 信访老户 pages", () => {
  let rig: BrowserRig;
  const pages: Page[] = [];
  const page = async (username: string) => {
    const p = await rig.newPage(DESKTOP);
    pages.push(p);
    await signIn(p, rig, username);
    return p;
  };

  beforeAll(async () => {
    rig = await BrowserRig.start();
    const officer = await rig.token('township-officer', QINGSHUI);
    for (const matter of MATTERS) {
      const res = await rig.call('intake', 'POST', '/api/petitions', {
        token: officer,
        body: { channel: 'visit', townshipCode: QINGSHUI, villageCode: SHIQIAO, headcount: 1, petitioners: [LONG_STANDING], ...matter },
      });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
    }
  });

  afterAll(async () => {
    for (const p of pages) expect(rig.pageProblems(p)).toEqual([]);
    await rig?.close();
  });

  it('零报告: the county declares a sensitive period; 清水镇 files a nil report, 城关镇 nothing; the county sees which has reported', async () => {
    const admin = await page('admin');
    await openArea(admin, '零报告');
    await admin.getByTestId('no-active-period').getByText('目前没有进行中的敏感时期').waitFor();

    await admin.getByRole('button', { name: '开启敏感时期' }).click();
    const dialog = admin.getByRole('dialog', { name: '开启敏感时期' });
    await dialog.getByRole('button', { name: /开\s*启/ }).click();
    await dialog.getByText('请填写名称').waitFor();
    await dialog.getByLabel('名称').fill(PERIOD);
    await fillRange(admin, beijingDay(), beijingDay(6), '名称');
    // Enter submits
    await admin.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const periods = admin.getByTestId('table-periods');
    await periods.getByRole('row').filter({ hasText: PERIOD }).getByText('进行中').waitFor();

    // a second period on the same days: the API's rule, and the dialog keeps what was typed
    await admin.getByRole('button', { name: '开启敏感时期' }).click();
    await dialog.getByLabel('名称').fill('重复的敏感时期');
    await fillRange(admin, beijingDay(1), beijingDay(3), '名称');
    await dialog.getByRole('button', { name: /开\s*启/ }).click();
    await dialog.getByRole('alert').getByText(/日期重叠/).waitFor();
    await expect(dialog.getByLabel('名称').inputValue()).resolves.toBe('重复的敏感时期');
    // Esc closes the innermost layer first (a date panel still open under load), then the dialog
    await dialog.getByLabel('名称').focus();
    for (let i = 0; i < 3 && (await dialog.isVisible()); i++) {
      await admin.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    }
    await dialog.waitFor({ state: 'hidden' });

    // 清水镇's officer: 有情况 needs a summary; then a nil report; filing again corrects it
    const officer = await page('qingshui-officer');
    await openArea(officer, '零报告');
    await officer.getByText('今日尚未报送').waitFor();
    const form = officer.getByRole('form', { name: '报送今日情况' });
    await form.getByText('有情况', { exact: true }).click();
    await form.getByRole('button', { name: /报\s*送/ }).click();
    await form.getByText('有信访情况时必须填写情况摘要').waitFor();
    await form.getByText('无异常（零报告）').click();
    await form.getByRole('button', { name: /报\s*送/ }).click();
    await officer.getByTestId('today-filed').getByText(/今日已报送：无异常/).waitFor();
    await form.getByRole('button', { name: '重新报送' }).click();
    const history = officer.getByTestId('table-history');
    await history.getByText('已更正（第 2 次报送）').waitFor();
    await expect(history.getByRole('row').count()).resolves.toBe(2); // the header and today's
    await rig.screenshot(officer, 'console-groundwork-01-zero-report-township-officer');
    expect(await rig.accessibilityProblems(officer)).toEqual([]);

    // the county: 清水镇 has reported (nil, corrected), 城关镇 not
    await admin.getByRole('button', { name: /刷\s*新/ }).click();
    const day = admin.getByTestId('table-day');
    const qingshui = day.getByRole('row').filter({ hasText: '清水镇' });
    await qingshui.getByText('已报 · 无异常').waitFor();
    await qingshui.getByText('已更正（第 2 次报送）').waitFor();
    const chengguan = day.getByRole('row').filter({ hasText: '城关镇' });
    await expect(chengguan.locator('[data-status]').getAttribute('data-status')).resolves.toMatch(/^(missing|pending)$/);
    await expect(chengguan.innerText()).resolves.toMatch(/未报|待报/);
    await expect(figure(admin, '报送统计', '已报')).resolves.toBe('1');
    await expect(figure(admin, '报送统计', '无异常')).resolves.toBe('1');
    await rig.screenshot(admin, 'console-groundwork-02-zero-report-county');
    expect(await rig.accessibilityProblems(admin)).toEqual([]);

    // closing early asks first; 取消 leaves it open
    const row = periods.getByRole('row').filter({ hasText: PERIOD });
    await row.getByRole('button', { name: `提前结束 ${PERIOD}` }).click();
    await admin.getByRole('tooltip').getByText('结束后不能恢复').waitFor();
    await admin.getByRole('tooltip').getByRole('button', { name: /取\s*消/ }).click();
    await row.getByText('进行中').waitFor();
  });

  it('矛盾纠纷排查: a liaison records an 易激化 dispute in his village, the township officer records the mediation, the figures follow', async () => {
    const liaison = await page('qingshui-liaison');
    await expect(liaison.getByRole('menuitem').allInnerTexts()).resolves.toEqual(['工作台', '矛盾纠纷排查']);
    await openArea(liaison, '矛盾纠纷排查');
    const summary = liaison.getByTestId('screening-summary');
    await summary.waitFor();
    const before = { escalating: Number(await figure(liaison, '排查统计', '易激化').then((t) => t.replace('件', ''))), resolved: Number((await figure(liaison, '排查统计', '已化解')).replace('件', '')) };

    await liaison.getByRole('button', { name: '登记排查' }).click();
    const dialog = liaison.getByRole('dialog', { name: '登记矛盾纠纷排查' });
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.getByText('请填写当事人').waitFor();
    await chooseOption(liaison, '村（社区）', '石桥村', dialog);
    await chooseOption(liaison, '纠纷类型', '邻里纠纷', dialog);
    await dialog.getByLabel('当事人').fill(DISPUTE.parties);
    await dialog.getByLabel('纠纷事由').fill(DISPUTE.matter);
    await dialog.getByLabel('涉及人数').fill('7');
    await dialog.getByLabel('易激化').check();
    await dialog.getByLabel('当事人').focus();
    await liaison.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const row = liaison.getByTestId('table-screenings').getByRole('row').filter({ hasText: DISPUTE.parties });
    await row.getByText('易激化').waitFor();
    await row.getByText('化解中').waitFor();
    await row.getByRole('cell', { name: '石桥村', exact: true }).waitFor();
    await expect(figure(liaison, '排查统计', '易激化')).resolves.toBe(`${before.escalating + 1}件`);
    await expect(figure(liaison, '排查统计', '易激化未化解')).resolves.toMatch(/^[1-9]\d*件$/);
    await row.getByRole('button', { name: `跟进 ${DISPUTE.parties}` }).waitFor();
    await rig.screenshot(liaison, 'console-groundwork-03-screenings-liaison');
    expect(await rig.accessibilityProblems(liaison)).toEqual([]);

    const officer = await page('qingshui-officer');
    await openArea(officer, '矛盾纠纷排查');
    const entry = officer.getByTestId('table-screenings').getByRole('row').filter({ hasText: DISPUTE.parties });
    await entry.getByRole('button', { name: `跟进 ${DISPUTE.parties}` }).click();
    const follow = officer.getByRole('dialog', { name: '跟进化解情况' });
    await chooseOption(officer, '化解情况', '已化解', follow);
    await follow.getByLabel('化解措施').fill('镇司法所组织双方现场勘界调解，已达成协议');
    await follow.getByRole('button', { name: /保\s*存/ }).click();
    await follow.waitFor({ state: 'hidden' });
    await entry.getByText('已化解').waitFor();
    await entry.getByText('镇司法所组织双方现场勘界调解，已达成协议').waitFor();
    await expect(figure(officer, '排查统计', '已化解')).resolves.toBe(`${before.resolved + 1}件`);

    // 只看未化解 leaves it out; 只看易激化 keeps it
    await officer.getByLabel('只看未化解').check();
    await officer.getByRole('button', { name: /查\s*询/ }).click();
    await entry.waitFor({ state: 'detached' });
    await officer.getByLabel('只看未化解').uncheck();
    await officer.getByLabel('只看易激化').check();
    await officer.getByRole('button', { name: /查\s*询/ }).click();
    await entry.getByText('已化解').waitFor();
    await rig.screenshot(officer, 'console-groundwork-04-screenings-township-officer');
    expect(await rig.accessibilityProblems(officer)).toEqual([]);
  });

  it('信访老户: a petitioner with three petitions, masked, each petition a link; the township sees only its own', async () => {
    const officer = await page('qingshui-officer');
    await openArea(officer, '信访老户');
    await officer.getByTestId('ledger-audit-note').getByText('记入个人信息访问日志').waitFor();
    const row = officer.getByTestId('table-ledger').getByRole('row').filter({ hasText: '周*明' });
    await row.waitFor();
    await expect(row.locator('td').nth(2).innerText()).resolves.toBe('3 件'); // 信访件数
    for (const m of MATTERS) await row.getByRole('link', { name: m.title }).waitFor();
    await expect(row.locator('.ant-tag.tone-geekblue').count()).resolves.toBe(MATTERS.length); // the three matters' categories
    const html = await officer.content();
    expect(html).not.toContain(LONG_STANDING.name);
    expect(html).not.toContain(LONG_STANDING.idNumber);
    expect(html).not.toContain(LONG_STANDING.phone);
    // the township is fixed: no other township to pick
    await expect(officer.getByRole('combobox', { name: '乡镇' }).count()).resolves.toBe(0);
    await rig.screenshot(officer, 'console-groundwork-05-long-standing-township-officer');
    expect(await rig.accessibilityProblems(officer)).toEqual([]);

    await row.getByRole('link', { name: MATTERS[0]!.title }).click();
    await officer.getByRole('heading', { name: MATTERS[0]!.title }).waitFor();

    const admin = await page('admin');
    await openArea(admin, '信访老户');
    await admin.getByTestId('table-ledger').getByRole('row').filter({ hasText: '周*明' }).waitFor();
    await admin.getByRole('combobox', { name: '乡镇' }).waitFor();

    const chengguan = await page('chengguan-officer');
    await openArea(chengguan, '信访老户');
    await chengguan.getByTestId('table-ledger').getByText('没有信访老户').waitFor();
  });

  it('the analyst and a department officer see none of these areas, not even by address', async () => {
    for (const username of ['analyst', 'hrss-officer']) {
      const p = await page(username);
      const menu = await p.getByRole('menuitem').allInnerTexts();
      for (const label of ['零报告', '矛盾纠纷排查', '信访老户']) expect(menu).not.toContain(label);
      for (const path of ['/zero-reports', '/screenings', '/long-standing']) {
        await p.goto(`${rig.url}${path}`);
        await p.getByText('页面不存在', { exact: true }).waitFor();
      }
    }
  });
});
