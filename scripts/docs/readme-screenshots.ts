/**
 * The README's three screenshots (工作台, a case's detail, 统计分析), taken from a running
 * `npm start` (the demo county after its year) in Debian's Chromium at 1366×768:
 *
 *   npm start                                     (in another terminal; wait for the address)
 *   npm run build && node dist/scripts/docs/readme-screenshots.js [http://127.0.0.1:3000]
 *
 * Writes docs/screenshots/{workbench,case-detail,statistics}.png.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const BASE = process.argv[2] ?? 'http://127.0.0.1:3000';
const OUT = 'docs/screenshots';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(BASE);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-name').waitFor();
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(page, 'qingshui-officer');
  await page.locator('[data-testid^="wb-count-"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/workbench.png` });
  process.stderr.write(`${OUT}/workbench.png\n`);

  // a case handled through its steps: the first one in the list that was answered
  await page.goto(`${BASE}/petitions?status=replied,closed&sort=receivedAt`);
  await page.locator('.ant-table-row a').first().click();
  await page.locator('.case-timeline').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/case-detail.png` });
  process.stderr.write(`${OUT}/case-detail.png\n`);

  await page.goto(`${BASE}/stats`);
  await page.locator('.stats-chart svg').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // ECharts' entry animation
  await page.screenshot({ path: `${OUT}/statistics.png` });
  process.stderr.write(`${OUT}/statistics.png\n`);
} finally {
  await browser.close();
}
