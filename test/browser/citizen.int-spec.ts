import { deflateSync, crc32 } from 'node:zlib';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '#testing';
import { BrowserRig, horizontalOverflow, residentId, smallTouchTargets } from './support.js';

jest.setTimeout(180_000);

const QINGSHUI = '430599101000'; // 清水镇
const UNIT = 'dept-natural-resources'; // 县自然资源局
const TRACKING_CODE = /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/;

/** A small real PNG (8×8, one colour), built chunk by chunk. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(8, 0);
  ihdr.writeUInt32BE(8, 4);
  ihdr.writeUInt8(8, 8);
  ihdr.writeUInt8(2, 9);
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(24, 0x80)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const CITIZEN = { name: '罗秀梅', idNumber: residentId('43052419700315204'), phone: '13974561234', address: '清水镇石桥村四组8号' };
const REPLY_TEXT = '经核查，您反映的石桥村四组承包田占用补偿款已拨付至村集体账户。镇政府已督促村委会于十日内发放到户，逾期未发放的，由镇纪委追究相关人员责任。';
const MATTER = {
  title: '反映公路扩建占用承包田补偿款未发放',
  content: '2025年县道清水至石门段扩建，占用我家在石桥村四组的承包田0.9亩，村里说补偿款已经到位，但至今未发放到户，多次到村里询问没有结果，请求督促尽快发放。',
};

async function fillForm(page: Page, person: { name: string; idNumber: string; phone: string; address: string }) {
  await page.getByLabel('乡镇（街道）').selectOption({ label: '清水镇' });
  await page.getByLabel('村（社区）').selectOption({ label: '石桥村' });
  await page.getByLabel('事项分类').selectOption({ label: '征地拆迁与补偿' });
  await page.getByLabel('标题').fill(MATTER.title);
  await page.getByLabel('具体内容').fill(MATTER.content);
  await page.getByLabel('姓名').fill(person.name);
  await page.getByLabel('身份证号').fill(person.idNumber);
  await page.getByLabel('手机号码').fill(person.phone);
  await page.getByLabel('住址').fill(person.address);
}

/** The element that has the keyboard focus, as tag#id or tag.class. */
const focusedElement = (page: Page) =>
  page.evaluate(`(() => { const el = document.activeElement; return el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '.' + el.className) : null; })()`);

/**
 * The citizens' pages in a real Chromium on a phone-sized window, through the gateway, against
 * the whole platform: submit with an attachment, the tracking code, tracking, the staff reply
 * (through the API), the evaluation; the API's field errors at their fields; axe-core on every
 * page; nothing wider than a 360 px phone. Screenshots go to artifacts/screenshots/.
 */
describe('the citizens\' pages in Chromium', () => {
  let rig: BrowserRig;
  let trackingCode: string;
  let petitionId: string;

  beforeAll(async () => {
    rig = await BrowserRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('a citizen on a 390×844 phone submits a petition with an attachment, gets the tracking code, copies it and tracks it', async () => {
    const page = await rig.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.url });
    await page.goto(`${rig.url}/public/`);
    await page.getByRole('heading', { name: '网上信访', level: 1 }).waitFor();
    await page.locator('header').getByText('清溪县人民政府信访局').waitFor();
    // the pickers come from the directory and the catalogue
    await eventually(async () => expect(await page.getByLabel('乡镇（街道）').locator('option').count()).toBe(9), 10_000);
    await rig.screenshot(page, 'citizen-01-form');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await fillForm(page, CITIZEN);
    await page.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png() });
    await page.getByText('现场照片.png').waitFor();
    await page.getByLabel(/本人承诺/).check();
    await rig.screenshot(page, 'citizen-02-form-filled');
    await page.getByRole('button', { name: '提交信访事项' }).click();

    await page.getByRole('heading', { name: '提交成功' }).waitFor();
    trackingCode = (await page.locator('.tracking-code').innerText()).trim();
    expect(trackingCode).toMatch(TRACKING_CODE);
    await page.locator('.upload-done').getByText('已上传').waitFor();
    await page.getByRole('button', { name: '复制查询码' }).click();
    await page.getByText('已复制查询码').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(trackingCode);
    await rig.screenshot(page, 'citizen-03-submitted');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the petition and its attachment are in intake, as an online petition of 清水镇
    const admin = await rig.token('county-admin');
    const found = await rig.call('intake', 'GET', `/api/petitions?townshipCode=${QINGSHUI}&q=${encodeURIComponent(MATTER.title)}`, { token: admin });
    expect(found.body.items).toHaveLength(1);
    petitionId = found.body.items[0].id;
    const detail = await rig.call('intake', 'GET', `/api/petitions/${petitionId}?reveal=petitioners`, { token: admin });
    expect(detail.body).toMatchObject({ trackingCode, channel: 'online', title: MATTER.title, petitioners: [expect.objectContaining({ name: CITIZEN.name, idNumber: CITIZEN.idNumber, phone: CITIZEN.phone })] });
    expect(detail.body.attachments).toEqual([expect.objectContaining({ fileName: '现场照片.png', contentType: 'image/png', sizeBytes: png().length })]);

    await page.getByRole('button', { name: '查询办理进度' }).click();
    await page.getByRole('heading', { name: '查询办理进度' }).waitFor();
    await page.getByText('已登记，待转送承办单位').first().waitFor();
    await page.getByText('已登记（网上信访），待转送承办单位').waitFor();
    await rig.screenshot(page, 'citizen-04-track-registered');
    expect(await rig.accessibilityProblems(page)).toEqual([]);
    // no script error, no refusal by the gateway's CSP (script-src 'self', no inline scripts)
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('after the staff reply through the API, the citizen sees the reply and evaluates it', async () => {
    const admin = await rig.token('county-admin');
    const dept = await rig.token('department-officer', UNIT);
    const caseId: string = await eventually(async () => {
      const list = await rig.call('casework', 'GET', `/api/cases?petitionId=${petitionId}`, { token: admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id;
    }, 20_000);
    const act = async (token: string, action: string, body: unknown = {}) => {
      const res = await rig.call('casework', 'POST', `/api/cases/${caseId}/${action}`, { token, body });
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await act(admin, 'transfer', { unitCode: UNIT, reason: '属征地补偿事项，转县自然资源局依法处理' });
    await act(dept, 'accept');
    await act(dept, 'reply', { outcome: 'support', text: REPLY_TEXT });

    const page = await rig.newPage();
    await page.goto(`${rig.url}/public/track`);
    await page.getByLabel('查询码').fill(trackingCode.toLowerCase().replace(/-/g, ' '));
    await eventually(async () => {
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.locator('.status-badge').getByText('已答复').waitFor({ timeout: 2000 });
    }, 30_000);
    await page.getByRole('heading', { name: '答复意见' }).waitFor();
    await page.getByText(REPLY_TEXT).waitFor();
    await page.getByText('已转送县自然资源局办理').waitFor();
    await rig.screenshot(page, 'citizen-05-track-replied');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // the evaluation: a choice is required, then it is taken once
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('请选择一项评价').waitFor();
    await page.getByLabel(/^满意/).check();
    await page.getByLabel('意见和建议').fill('补偿款已经发到户，感谢。');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText(/您已于.*评价：满意/).waitFor();
    await expect(page.getByRole('button', { name: '提交评价' }).count()).resolves.toBe(0);
    await rig.screenshot(page, 'citizen-06-evaluated');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    const tracked = await rig.call('intake', 'GET', `/api/public/petitions/${trackingCode}`);
    expect(tracked.body).toMatchObject({ evaluation: { rating: 'satisfied' }, canEvaluate: false });
    const staffView = await rig.call('intake', 'GET', `/api/petitions/${petitionId}`, { token: admin });
    expect(staffView.body.evaluation).toMatchObject({ rating: 'satisfied', comment: '补偿款已经发到户，感谢。' });
    expect(rig.pageProblems(page)).toEqual([]);
  });

  it('shows the API\'s field errors next to their fields, while typing and on submitting, and stores nothing', async () => {
    const admin = await rig.token('county-admin');
    const before = (await rig.call('intake', 'GET', `/api/petitions?townshipCode=${QINGSHUI}`, { token: admin })).body.total;
    const page = await rig.newPage();
    await page.goto(`${rig.url}/public/`);
    await eventually(async () => expect(await page.getByLabel('乡镇（街道）').locator('option').count()).toBe(9), 10_000);

    // leaving the ID field with a wrong check digit: the API's GB 11643 message appears at 身份证号
    const wrongId = `${CITIZEN.idNumber.slice(0, 17)}${CITIZEN.idNumber.endsWith('0') ? '1' : '0'}`;
    await page.getByLabel('姓名').fill('罗秀梅');
    await page.getByLabel('身份证号').fill(wrongId);
    await page.getByLabel('手机号码').click();
    const idField = page.locator('.field').filter({ has: page.getByLabel('身份证号') });
    await idField.getByText('身份证号校验位不正确（GB 11643）').waitFor();
    // fields not reached yet show nothing
    await expect(page.locator('.field-error').count()).resolves.toBe(1);

    // a landline instead of a mobile: the online rule, at 手机号码, once the field is left
    await page.getByLabel('手机号码').fill('0739-5551234');
    await page.getByLabel('住址').click();
    const phoneField = page.locator('.field').filter({ has: page.getByLabel('手机号码') });
    await phoneField.getByText('网上信访须留手机号，用于接收受理、答复等短信告知').waitFor();
    expect(await page.getByLabel('身份证号').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('身份证号').getAttribute('aria-describedby')).toContain('error');

    // submitting anyway: every problem, in the summary (naming the field) and at each field
    await fillForm(page, { ...CITIZEN, idNumber: wrongId, phone: '0739-5551234' });
    await page.getByLabel(/本人承诺/).check();
    await page.getByRole('button', { name: '提交信访事项' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText('身份证号：身份证号校验位不正确（GB 11643）').waitFor();
    await summary.getByText('手机号码：网上信访须留手机号，用于接收受理、答复等短信告知').waitFor();
    await summary.getByText(/有 2 处填写需要修改/).waitFor();
    expect(await focusedElement(page)).toBe('div.error-summary');
    await rig.screenshot(page, 'citizen-07-form-errors');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    // a summary link takes the citizen to the field
    await summary.getByText(/^身份证号：/).click();
    expect(await focusedElement(page)).toBe(`input#${await page.getByLabel('身份证号').getAttribute('id')}`);

    // corrected, the errors go; nothing was stored by the refused attempt
    await page.getByLabel('身份证号').fill(CITIZEN.idNumber);
    await page.getByLabel('手机号码').fill(CITIZEN.phone);
    await page.getByLabel('住址').click();
    await eventually(async () => expect(await page.locator('.field-error').count()).toBe(0), 10_000);
    expect((await rig.call('intake', 'GET', `/api/petitions?townshipCode=${QINGSHUI}`, { token: admin })).body.total).toBe(before);
  });

  it('a collective petition: five people or more choose at most five representatives', async () => {
    const page = await rig.newPage();
    await page.goto(`${rig.url}/public/`);
    await eventually(async () => expect(await page.getByLabel('乡镇（街道）').locator('option').count()).toBe(9), 10_000);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '＋ 添加联名人' }).click();
    await page.getByText('共 6 人联名，属于集体信访').waitFor();
    const checks = page.getByLabel('推选为代表');
    await expect(checks.count()).resolves.toBe(6);
    for (let i = 0; i < 6; i++) await checks.nth(i).check();
    await page.getByText('集体访最多推选 5 名代表（《信访工作条例》第二十条）').waitFor();
    await rig.screenshot(page, 'citizen-08-collective');
    await checks.nth(5).uncheck();
    await eventually(async () => expect(await page.getByText('集体访最多推选 5 名代表').count()).toBe(0), 5_000);
    expect(await rig.accessibilityProblems(page)).toEqual([]);
  });

  it('the guide and a wrong code: readable, with no serious or critical accessibility problem', async () => {
    const page = await rig.newPage();
    await page.goto(`${rig.url}/public/guide`);
    await page.getByRole('heading', { name: '信访须知', level: 1 }).waitFor();
    for (const text of ['60 日内', '最多延长 30 日', '劳动人事争议仲裁委员会', '纪检监察机关', '人民法院']) await page.getByText(text).first().waitFor();
    await rig.screenshot(page, 'citizen-09-guide');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: '查询评价' }).click();
    await page.getByLabel('查询码').fill('K7M2Q');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByText(/查询码共 15 位/).waitFor();
    await page.getByLabel('查询码').fill('ABCDE-FGHJK-LMNPQ');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByText(/没有找到这个查询码/).waitFor();
    await rig.screenshot(page, 'citizen-10-track-unknown');
    expect(await rig.accessibilityProblems(page)).toEqual([]);

    await page.goto(`${rig.url}/public/nothing-here`);
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    expect(await rig.accessibilityProblems(page)).toEqual([]);
  });

  it('on a 360 px phone nothing is wider than the window, touch targets are 44 px and inputs 16 px', async () => {
    const page = await rig.newPage({ width: 360, height: 740 });
    // the success page reads the tab's last code after a reload
    await page.addInitScript(`sessionStorage.setItem('xinfang.lastTrackingCode', ${JSON.stringify(trackingCode)})`);
    const visits: [string, string, () => Promise<unknown>][] = [
      ['/public/', 'citizen-360-form', () => page.getByRole('button', { name: '提交信访事项' }).waitFor()],
      ['/public/submitted', 'citizen-360-submitted', () => page.getByText(trackingCode).waitFor()],
      ['/public/guide', 'citizen-360-guide', () => page.getByRole('heading', { name: '办理时限' }).waitFor()],
      ['/public/track', 'citizen-360-track', async () => {
        await page.getByLabel('查询码').fill(trackingCode);
        await page.getByRole('button', { name: '查询', exact: true }).click();
        await page.getByRole('heading', { name: '答复意见' }).waitFor();
      }],
    ];
    for (const [path, name, ready] of visits) {
      await page.goto(`${rig.url}${path}`);
      await ready();
      await rig.screenshot(page, name);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: null });
      expect({ path, small: await smallTouchTargets(page) }).toEqual({ path, small: [] });
    }
    expect(rig.pageProblems(page)).toEqual([]);
  });
});
