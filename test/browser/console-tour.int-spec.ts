import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserRig, horizontalOverflow, residentId } from './support.js';

jest.setTimeout(600_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1366, height: 768 };
const TABLET = { width: 1024, height: 768 };

/** Every demo account (apps/gateway/src/seed/demo-accounts.ts). */
const ACCOUNTS = ['admin', 'qingshui-officer', 'chengguan-officer', 'qingshui-leader', 'county-leader', 'hrss-officer', 'qingshui-liaison', 'analyst'];

async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

/** Until the page has loaded what it shows: the route changed, no lazy page, spinner, skeleton or loading button left. */
async function settled(page: Page, from: string): Promise<void> {
  for (let waited = 0; waited < 5_000 && page.url() === from; waited += 100) await page.waitForTimeout(100);
  await page.waitForLoadState('networkidle');
  const busy = page.locator('.page-loading, .ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active, .ant-btn-loading');
  for (let waited = 0; waited < 15_000; waited += 200) {
    await page.waitForTimeout(200);
    if ((await busy.count()) === 0) break;
  }
  await page.waitForLoadState('networkidle');
}

/** What is wrong with the page a menu entry opened, as a clerk would see it. */
async function visibleTrouble(page: Page): Promise<string[]> {
  const trouble: string[] = [];
  for (const text of ['此功能正在建设中', '页面不存在', '服务暂时不可用', '请求未成功', '加载失败']) {
    if (await page.getByText(text).count()) trouble.push(`shows “${text}”`);
  }
  const heading = page.locator('main h1, main h2, main h3, main h4, main .ant-card-head-title').first();
  if (!(await heading.waitFor({ timeout: 10_000 }).then(() => true, () => false))) trouble.push('has no heading');
  return trouble;
}

/**
 * A tour of the console as each demo role: sign in, open every entry of the role's menu, and
 * check that each page loads its content (no placeholder, no error, no console error, axe clean
 * of serious and critical violations); a screenshot of every page for every role at 1366×768
 * (artifacts/screenshots/tour-*.png); on a tablet (1024×768) the township officer's pages do not
 * scroll sideways.
 */
describe('console tour: every page of every role in Chromium', () => {
  let rig: BrowserRig;

  beforeAll(async () => {
    rig = await BrowserRig.start();
    // a few petitions, so lists, details and figures have something to show
    const officer = await rig.token('township-officer', '430599101000');
    for (const [title, channel] of [
      ['石桥村机耕道硬化后排水沟堵塞', 'visit'],
      ['要求核实2025年度耕地地力保护补贴发放', 'letter'],
    ] as const) {
      const res = await rig.call('intake', 'POST', '/api/petitions', {
        token: officer,
        body: {
          channel,
          townshipCode: '430599101000',
          villageCode: '430599101201',
          category: 'rural-affairs',
          title,
          content: `${title}，请镇政府尽快调查处理并答复。`,
          petitioners: [channel === 'visit' ? { name: '王德胜', idNumber: residentId('43052419680412001'), phone: '13907310001' } : { name: '李秀兰', idNumber: residentId('43052419750903002'), phone: '13907310002' }],
        },
      });
      expect(res.status).toBe(201);
    }
  });

  afterAll(async () => {
    await rig?.close();
  });

  it.each(ACCOUNTS)('%s: every menu entry opens a page that loads, in Chinese, axe clean', async (username) => {
    const page = await rig.newPage(DESKTOP);
    await signIn(page, rig.url, username);
    await settled(page, '');
    const entries = (await page.locator('.ant-menu').first().getByRole('menuitem').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    expect(entries.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const [i, entry] of entries.entries()) {
      const from = page.url();
      await page.locator('.ant-menu').first().getByRole('menuitem').nth(i).click();
      if (i > 0) await settled(page, from);
      else await settled(page, '');
      for (const t of await visibleTrouble(page)) problems.push(`${entry}: ${t}`);
      await rig.screenshot(page, `tour-${username}-${String(i + 1).padStart(2, '0')}-${entry}`);
      for (const a of await rig.accessibilityProblems(page)) problems.push(`${entry}: axe ${a}`);
    }
    expect(problems).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('a township officer on a tablet (1024×768): no page scrolls sideways', async () => {
    const page = await rig.newPage(TABLET);
    await signIn(page, rig.url, 'qingshui-officer');
    const entries = (await page.locator('.ant-menu').first().getByRole('menuitem').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    const wide: string[] = [];
    for (const [i, entry] of entries.entries()) {
      const from = page.url();
      await page.locator('.ant-menu').first().getByRole('menuitem').nth(i).click();
      await settled(page, i > 0 ? from : '');
      const overflow = await horizontalOverflow(page);
      if (overflow) {
        wide.push(`${entry}: ${overflow}`);
        await rig.screenshot(page, `tour-tablet-${String(i + 1).padStart(2, '0')}-${entry}`);
      }
    }
    expect(wide).toEqual([]);
    expect(rig.pageProblems(page)).toEqual([]);
  });
});
