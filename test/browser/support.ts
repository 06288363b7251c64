import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { FakeSmsGateway, http, SmtpSink, SpawnedService, TestPlatform, type HttpResult } from '#testing';
import { ensureWebBuilt, WEB_DIST } from '../web/built-web.js';

const ROOT = process.cwd();
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');

/** The flags that keep Debian's Chromium quiet on a closed network (toolchain.md). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const BUILT = [
  'dist/apps/intake/src/main.js',
  'dist/apps/casework/src/main.js',
  'dist/apps/notification/src/main.js',
  'dist/apps/reporting/src/main.js',
  'dist/apps/gateway/src/main.js',
  'dist/apps/intake/src/seed/seed.js',
  'dist/apps/casework/src/seed/seed.js',
  'dist/apps/gateway/src/seed/seed.js',
];

/** Runs a built script with the platform's environment; rejects with its output when it fails. */
function runBuilt(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

type Service = 'intake' | 'casework' | 'notification' | 'reporting' | 'gateway';

/**
 * The whole platform as `npm start` runs it — the four services and the gateway, each a
 * process of its own from the build, on a database and a nats-server of the test file's own,
 * with the demo county's directory, routing table and staff accounts — and a real Chromium
 * driven by playwright-core. Pages are opened at the gateway, the one origin people use.
 */
export class BrowserRig {
  readonly services = {} as Record<Service, SpawnedService>;
  private browser?: Awaited<ReturnType<typeof chromium.launch>>;
  private contexts: BrowserContext[] = [];
  private readonly problems = new WeakMap<Page, string[]>();

  private constructor(
    readonly platform: TestPlatform,
    private readonly sms: FakeSmsGateway,
    private readonly mail: SmtpSink,
  ) {}

  static async start(): Promise<BrowserRig> {
    const missing = BUILT.filter((f) => !existsSync(join(ROOT, f)));
    if (missing.length) throw new Error(`dist/ is missing ${missing.join(', ')}: run \`npm run build\` first (this test runs the built services as separate processes)`);
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run and npm test install it)`);
    ensureWebBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });

    const [platform, sms, mail] = await Promise.all([TestPlatform.start(), FakeSmsGateway.start(), SmtpSink.start()]);
    const rig = new BrowserRig(platform, sms, mail);
    try {
      const env = platform.env({
        LOG_LEVEL: 'warn',
        SMS_GATEWAY_URL: sms.url,
        SMTP_URL: mail.url,
        QUIET_HOURS_START: '0',
        QUIET_HOURS_END: '0',
        ZERO_REPORT_SWEEPER: 'off',
      });
      const start = (name: Service, extra: Record<string, string> = {}) => SpawnedService.startWithEnv(name, { ...env, ...extra }, { healthyWithinMs: 90_000 });
      const started = await Promise.allSettled([
        runBuilt('dist/apps/intake/src/seed/seed.js', ['--directory-only'], env).then(() => start('intake')),
        runBuilt('dist/apps/casework/src/seed/seed.js', [], env).then(() => start('casework')),
        start('notification'),
        start('reporting'),
        runBuilt('dist/apps/gateway/src/seed/seed.js', [], env),
      ]);
      for (const s of started) if (s.status === 'fulfilled' && s.value) rig.services[s.value.name as Service] = s.value;
      const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      rig.services.gateway = await start('gateway', {
        INTAKE_URL: rig.services.intake.url,
        CASEWORK_URL: rig.services.casework.url,
        NOTIFICATION_URL: rig.services.notification.url,
        REPORTING_URL: rig.services.reporting.url,
        AUTH_PRIVATE_KEY: platform.keys.privateKeyPem,
        WEB_DIST,
      });
      // launch() gives the browser a fresh temporary profile of its own, removed when it closes
      rig.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
      return rig;
    } catch (err) {
      await rig.close();
      throw err;
    }
  }

  /** The address people open: the gateway. */
  get url(): string {
    return this.services.gateway.url;
  }

  /** A fresh browser profile (cookies, storage) with a phone-sized window unless told otherwise. */
  async newPage(viewport = { width: 390, height: 844 }, options: { mobile?: boolean } = {}): Promise<Page> {
    const mobile = options.mobile ?? viewport.width < 600;
    const context = await this.browser!.newContext({ viewport, deviceScaleFactor: mobile ? 2 : 1, isMobile: mobile, hasTouch: mobile, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    this.contexts.push(context);
    const page = await context.newPage();
    // generous: on a shared 2-core machine a whole platform per test file answers slowly at times
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    this.problems.set(page, problems);
    // script errors and console errors (a CSP refusal shows as one); an API's 4xx answer logged by the browser is expected
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    return page;
  }

  /** Saves a full-page screenshot as artifacts/screenshots/<name>.png. */
  async screenshot(page: Page, name: string): Promise<string> {
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Script errors and console errors the page has had so far (a CSP refusal among them); a page without fault has none. */
  pageProblems(page: Page): string[] {
    return this.problems.get(page) ?? [];
  }

  /** axe-core's serious and critical findings on the page as it stands, one line each. */
  async accessibilityProblems(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }

  token(role: Parameters<TestPlatform['token']>[0], scope?: string): Promise<string> {
    return this.platform.token(role, scope);
  }

  /** A staff call straight to a service with a token of the platform (as scripts do). */
  call<T = any>(service: Service, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<HttpResult<T>> {
    return http<T>(this.services[service].url, method, path, options);
  }

  /** What the processes printed, for a failing test's message. */
  logs(): string {
    return Object.entries(this.services)
      .map(([name, s]) => `── ${name} ──\n${s.log.slice(-2000)}`)
      .join('\n');
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser?.close().catch(() => undefined);
    await Promise.all(Object.values(this.services).map((s) => s.stop().catch(() => undefined)));
    await Promise.all([this.sms?.stop().catch(() => undefined), this.mail?.stop().catch(() => undefined)]);
    await this.platform?.close().catch(() => undefined);
  }
}

/** A valid resident ID (GB 11643 check character). */
export function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The widest element on the page, when something is wider than the window (a horizontal scroll on a phone). */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  // a string, evaluated in the page: the test code is type-checked without the DOM library
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    let widest = null;
    let right = width;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5) { right = r.right; widest = el; }
    }
    return 'page is ' + document.documentElement.scrollWidth + 'px wide in a ' + width + 'px window; widest: ' +
      (widest ? widest.tagName.toLowerCase() + '.' + widest.className : '?') + ' to ' + Math.round(right) + 'px';
  })()`);
}

/** Interactive elements smaller than a fingertip (44×44 CSS px), or with text under 16 px that makes iOS zoom, as lines. */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, a.button, select, input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, .site-nav a, label.check, label.choice')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 12) + '"';
      if (r.height < 44 || r.width < 44) out.push(name + ' is ' + Math.round(r.width) + '×' + Math.round(r.height));
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) && size < 16) out.push(name + ' has ' + size + 'px text');
    }
    return out;
  })()`);
}

/**
 * Picks `option` in the antd Select labelled `label` (within `scope`, e.g. a dialog) and waits
 * until the field shows it and its dropdown has closed — so the next click cannot land on a
 * dropdown still fading out, which under load left a form submitted without the value.
 */
export async function chooseOption(page: Page, label: string, option: string, scope: Page | Locator = page): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  const item = scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).last();
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.click();
    const choice = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`);
    // under load the dialog's fields still move as the form re-renders and a label can lie over the
    // option: after 5 s of that, the option's own click handler is invoked directly
    await choice.click({ timeout: 5000 }).catch(() => choice.dispatchEvent('click'));
    // polled from here: the console's CSP forbids page.waitForFunction's eval
    const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    for (let waited = 0; waited < 10_000 && (await open.count()) > 0; waited += 100) await page.waitForTimeout(100);
    if (await item.locator(`.ant-select-content[title="${option}"], .ant-select-content-value[title="${option}"]`).count()) return;
  }
  throw new Error(`${label}: ${option} was not selected`);
}
