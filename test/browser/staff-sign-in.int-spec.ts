import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserRig } from './support.js';

jest.setTimeout(180_000);

const PASSWORD = 'Demo@2026';
const DESKTOP = { width: 1280, height: 800 };

/** One demo account per role (apps/gateway/src/seed/demo-accounts.ts), with what its console shows and must not show. */
const ACCOUNTS = [
  { username: 'admin', name: '县信访局 王建国', role: '县信访局管理员', scope: '清溪县（全县）', menu: ['转送交办', '督查督办', '零报告', '账号管理', '登录审计'], notMenu: ['案件办理', '领导包案'] },
  { username: 'qingshui-officer', name: '清水镇信访专干 李娟', role: '乡镇信访专干', scope: '清水镇', menu: ['信访登记', '案件办理', '矛盾纠纷排查', '零报告'], notMenu: ['账号管理', '督查督办'] },
  { username: 'qingshui-leader', name: '清水镇党委书记 刘国强', role: '领导', scope: '清水镇', menu: ['领导包案', '领导接访'], notMenu: ['信访登记', '账号管理'] },
  { username: 'hrss-officer', name: '县人社局信访专干 周敏', role: '部门信访专干', scope: '县人力资源和社会保障局', menu: ['承办件'], notMenu: ['信访登记', '账号管理'] },
  { username: 'qingshui-liaison', name: '清水镇村信访联络员 孙红', role: '村（社区）信访联络员', scope: '清水镇', menu: ['矛盾纠纷排查'], notMenu: ['信访件查询', '统计分析'] },
  { username: 'analyst', name: '县信访局统计分析 郑丽', role: '统计分析员', scope: '清溪县（全县）', menu: ['统计分析', '年度报告', '数据导出'], notMenu: ['信访件查询', '信访登记'] },
];

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * The staff console's sign-in in a real Chromium, through the gateway with its demo accounts:
 * wrong passwords, the lock, each role's console shell (name, role, scope, menu), a first
 * sign-in that must change the one-time password under the policy, and sign-out.
 */
describe('staff sign-in in Chromium', () => {
  let rig: BrowserRig;

  beforeAll(async () => {
    rig = await BrowserRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('refuses a wrong password in Chinese, then signs a township officer in to the console shell; the cookie is out of script\'s reach; logout ends the session', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(`${rig.url}/`);
    await page.getByRole('heading', { name: '清溪县信访工作平台' }).waitFor();
    await page.getByText('工作人员登录').waitFor();
    await rig.screenshot(page, 'console-01-login');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await signIn(page, 'qingshui-officer', 'Wrong@2026');
    await page.getByRole('alert').getByText('用户名或密码不正确。').waitFor();
    await rig.screenshot(page, 'console-02-login-wrong-password');

    await signIn(page, 'qingshui-officer', PASSWORD);
    await page.getByTestId('user-name').getByText('清水镇信访专干 李娟').waitFor();
    await page.getByRole('heading', { name: '您好，清水镇信访专干 李娟' }).waitFor();
    await page.locator('.console-header').getByText('乡镇信访专干').waitFor();
    await page.locator('.console-header').getByText('清水镇', { exact: true }).waitFor();
    await rig.screenshot(page, 'console-03-start-township-officer');
    // the session cookie is httpOnly: no script of the page can read it
    expect(await page.evaluate('document.cookie')).not.toContain('xinfang_session');
    expect((await page.context().cookies()).find((c) => c.name === 'xinfang_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // the page's own calls go through the session: the gateway says who this is
    expect((await page.request.get(`${rig.url}/api/auth/me`)).status()).toBe(200);

    // a menu entry leads to its page
    await page.getByRole('menuitem', { name: '信访登记' }).click();
    await page.getByRole('heading', { name: '信访登记' }).waitFor();
    expect(page.url()).toBe(`${rig.url}/register`);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已安全退出。').waitFor();
    await page.getByText('工作人员登录').waitFor();
    expect((await page.request.get(`${rig.url}/api/auth/me`)).status()).toBe(401);
    // a reload stays signed out
    await page.reload();
    await page.getByText('工作人员登录').waitFor();
    // no script error, no refusal by the CSP (antd's styles are inline, its scripts are not)
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('each demo role signs in and sees its name, role, scope and its own menu', async () => {
    for (const account of ACCOUNTS) {
      const page = await rig.newPage(DESKTOP);
      await page.goto(`${rig.url}/`);
      await signIn(page, account.username, PASSWORD);
      await page.getByTestId('user-name').getByText(account.name).waitFor();
      const header = page.locator('.console-header');
      await header.getByText(account.role, { exact: true }).waitFor();
      await header.getByText(account.scope, { exact: true }).waitFor();
      const menu = await page.getByRole('menuitem').allInnerTexts();
      for (const item of account.menu) expect({ account: account.username, menu }).toEqual({ account: account.username, menu: expect.arrayContaining([item]) });
      for (const item of account.notMenu) expect({ account: account.username, has: menu.includes(item) }).toEqual({ account: account.username, has: false });
      // the start page lists what the role can do, one card an area
      expect(await page.locator('.area-card').count()).toBe(menu.length - 1); // every menu area but 工作台 itself
      for (const item of account.menu) await page.locator('.area-card').getByText(item, { exact: true }).first().waitFor();
      await rig.screenshot(page, `console-04-start-${account.username}`);
      await page.context().close();
    }
  });

  it('five wrong passwords lock the account and the page says until when (Beijing time)', async () => {
    const page = await rig.newPage(DESKTOP);
    await page.goto(`${rig.url}/`);
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'chengguan-officer', `Wrong@${i}x`);
      await page.getByRole('alert').waitFor();
    }
    await page.getByRole('alert').getByText(/密码错误次数过多，账号已锁定，请于 \d{2}:\d{2} 后再试。/).waitFor();
    const shown = /请于 (\d{2}:\d{2}) 后再试/.exec(await page.getByRole('alert').innerText())![1];
    const inFifteen = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.now() + 15 * 60_000));
    const inFourteen = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.now() + 14 * 60_000));
    expect([inFourteen, inFifteen]).toContain(shown);
    // the right password does not help while it is locked
    await signIn(page, 'chengguan-officer', PASSWORD);
    await page.getByRole('alert').getByText(/账号已锁定/).waitFor();
    await rig.screenshot(page, 'console-05-locked');
  });

  it('an account with a one-time password must choose a new one under the policy before the console opens', async () => {
    const admin = await rig.token('county-admin');
    const created = await fetch(`${rig.url}/api/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'shimen-officer', displayName: '石门镇信访专干 黄蓉', role: 'township-officer', townshipCode: '430599102000' }),
    });
    expect(created.status).toBe(201);
    const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };

    const page = await rig.newPage(DESKTOP);
    await page.goto(`${rig.url}/`);
    await signIn(page, 'shimen-officer', oneTimePassword);
    await page.getByText('首次登录或密码已被重置，请先设置新密码。').waitFor();
    const change = async (next: string) => {
      await page.getByLabel('当前密码').fill(oneTimePassword);
      await page.getByLabel('新密码', { exact: true }).fill(next);
      await page.getByLabel('确认新密码').fill(next);
      await page.getByRole('button', { name: '确认修改' }).click();
    };
    // the gateway's policy, its words at the field
    await change('password');
    await page.getByText('密码须至少包含小写字母、大写字母、数字、符号中的三类').waitFor();
    await change('Shimen-officer1');
    await page.getByText('密码不能包含用户名').waitFor();
    await rig.screenshot(page, 'console-06-change-password');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    await change('Huang#Rong2026');
    await page.getByTestId('user-name').getByText('石门镇信访专干 黄蓉').waitFor();
    await page.locator('.console-header').getByText('石门镇', { exact: true }).waitFor();

    // and the new password is the one that signs in from now on
    const again = await rig.newPage(DESKTOP);
    await again.goto(`${rig.url}/`);
    await signIn(again, 'shimen-officer', 'Huang#Rong2026');
    await again.getByTestId('user-name').getByText('石门镇信访专干 黄蓉').waitFor();
  });
});
