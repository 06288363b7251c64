/**
 * Benchmark 8: the staff console's first load, measured in Debian's Chromium on the built app
 * served by the gateway. A township officer (demo account, signed in) opens 工作台 with a cold
 * cache, as on the first morning: what JavaScript and CSS the page loads (each file gzipped at
 * level 9, the figure the budget is set in) and how long until the to-do counts are on the
 * screen. The baseline, in the same run, is what those counts cost without a browser: the
 * page's own API calls (who am I, the work queue, the inbox) made one after another from this
 * process with the same session cookie. A warm reload (assets cached) is shown beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { FakeSmsGateway, SmtpSink, type SpawnedService } from '#testing';
import { BenchInfra, median, percentile, progress, startService } from './common.js';
import { nextRegistration, TOWNSHIPS } from './workload.js';

export interface ConsoleOptions {
  /** Cold-cache loads of 工作台 (a fresh browser profile each). */
  runs: number;
  /** Petitions registered in the officer's township before measuring, so the queue has work. */
  petitions: number;
}

export interface ConsoleResult {
  options: ConsoleOptions;
  /** JS and CSS of the first load, each file gzipped (level 9), in bytes. */
  assets: { files: number; jsGzip: number; cssGzip: number; totalGzip: number; totalRaw: number; largest: Array<{ file: string; gzip: number }> };
  /** Navigation start → the to-do counts visible, cold cache (ms). */
  cold: { p50: number; p95: number; runs: number[] };
  /** The same after a reload, assets cached (ms). */
  warm: { p50: number; p95: number };
  /** The page's API calls from a script, one after another (ms). */
  api: { p50: number; p95: number };
  /** Cold p50 over the API p50. */
  ratio: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WEB_DIST = resolve('dist/web');
const TOWNSHIP = TOWNSHIPS[0]!;
const COUNTS = '[data-testid^="wb-count-"]';

export async function benchConsole(infra: BenchInfra, options: ConsoleOptions): Promise<ConsoleResult> {
  if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('dist/web is missing: run `npm run build:web` first (npm run bench does)');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  progress('console: a database and a nats-server of its own, intake, casework, notification and the gateway serving the built web, Chromium');
  const databaseUrl = await infra.createDatabase('bench_console');
  const nats = await infra.nats();
  const [sms, mail] = await Promise.all([FakeSmsGateway.start(), SmtpSink.start()]);
  const env = infra.serviceEnv(databaseUrl, nats.url, { LOG_LEVEL: 'warn', SMS_GATEWAY_URL: sms.url, SMTP_URL: mail.url, ZERO_REPORT_SWEEPER: 'off' });
  infra.seed(env, { routing: true, accounts: true });
  const services: SpawnedService[] = [];
  let browser: Browser | undefined;
  try {
    const intake = (await startService('intake', env)).service;
    const casework = (await startService('casework', env)).service;
    const notification = (await startService('notification', env)).service;
    services.push(intake, casework, notification);
    const gateway = (
      await startService('gateway', { ...env, AUTH_PRIVATE_KEY: infra.keys.privateKeyPem, INTAKE_URL: intake.url, CASEWORK_URL: casework.url, NOTIFICATION_URL: notification.url, WEB_DIST })
    ).service;
    services.push(gateway);

    progress(`  ${options.petitions} registrations in the officer's township, so the 工作台 has work to count`);
    const officerToken = await infra.token('township-officer', TOWNSHIP);
    for (let i = 0; i < options.petitions; i++) {
      const body = JSON.stringify({ ...JSON.parse(nextRegistration().body), townshipCode: TOWNSHIP });
      const res = await fetch(`${intake.url}/api/petitions`, { method: 'POST', headers: { authorization: `Bearer ${officerToken}`, 'content-type': 'application/json' }, body });
      if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
    }
    // casework opens the cases from intake's events: wait until its queue has them
    for (let waited = 0; ; waited += 500) {
      const q = (await (await fetch(`${casework.url}/api/cases?townshipCode=${TOWNSHIP}&pageSize=1`, { headers: { authorization: `Bearer ${await infra.token('county-admin')}` } })).json()) as { total: number };
      if (q.total >= options.petitions) break;
      if (waited > 60_000) throw new Error(`casework opened ${q.total} of ${options.petitions} cases in 60 s`);
      await new Promise((r) => setTimeout(r, 500));
    }

    const login = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gateway.url }, body: JSON.stringify({ username: 'qingshui-officer', password: 'Demo@2026' }) });
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const [name, value] = login.headers.getSetCookie()[0]!.split(';')[0]!.split('=') as [string, string];
    const cookie = `${name}=${value}`;

    // the baseline: the page's calls without the page
    const apiCall = async (path: string) => {
      const res = await fetch(`${gateway.url}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
    const apiOnce = async () => {
      const t = performance.now();
      await apiCall('/api/auth/me');
      await apiCall('/casework/api/cases/work-queue');
      await apiCall('/notification/api/inbox');
      return performance.now() - t;
    };
    for (let i = 0; i < 5; i++) await apiOnce();
    const apiTimes: number[] = [];

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const origin = new URL(gateway.url);
    const cold: number[] = [];
    const warm: number[] = [];
    let assetUrls: string[] = [];
    // one unmeasured load first: the services' and the gateway's first requests pay for JIT warm-up
    for (let run = 0; run <= options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      await context.addCookies([{ name, value, domain: origin.hostname, path: '/', httpOnly: true, sameSite: 'Strict' }]);
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('response', (r) => {
        const type = r.request().resourceType();
        if (type === 'script' || type === 'stylesheet') loaded.push(r.url());
      });
      let t = performance.now();
      await page.goto(gateway.url);
      await page.locator(COUNTS).first().waitFor({ timeout: 60_000 });
      const coldMs = performance.now() - t;
      t = performance.now();
      await page.reload();
      await page.locator(COUNTS).first().waitFor({ timeout: 60_000 });
      const warmMs = performance.now() - t;
      await context.close();
      apiTimes.push(await apiOnce());
      if (run === 0) {
        assetUrls = [...new Set(loaded)];
        continue;
      }
      cold.push(coldMs);
      warm.push(warmMs);
      progress(`  load ${run}/${options.runs}: counts after ${coldMs.toFixed(0)} ms cold, ${warmMs.toFixed(0)} ms warm; the API calls alone ${apiTimes.at(-1)!.toFixed(1)} ms`);
    }

    const sizes = assetUrls.map((url) => {
      const file = resolve(WEB_DIST, `.${new URL(url).pathname}`);
      const raw = readFileSync(file);
      return { file: new URL(url).pathname, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
    const sum = (xs: typeof sizes) => xs.reduce((s, x) => s + x.gzip, 0);
    const assets = {
      files: sizes.length,
      jsGzip: sum(sizes.filter((s) => s.file.endsWith('.js'))),
      cssGzip: sum(sizes.filter((s) => s.file.endsWith('.css'))),
      totalGzip: sum(sizes),
      totalRaw: sizes.reduce((s, x) => s + x.raw, 0),
      largest: [...sizes].sort((a, b) => b.gzip - a.gzip).slice(0, 5).map(({ file, gzip }) => ({ file, gzip })),
    };
    progress(`  first load: ${assets.files} files, ${(assets.totalGzip / 1024).toFixed(0)} KB gzipped (JS ${(assets.jsGzip / 1024).toFixed(0)} KB, CSS ${(assets.cssGzip / 1024).toFixed(0)} KB)`);
    const measuredApi = apiTimes.slice(1);
    const result: ConsoleResult = {
      options,
      assets,
      cold: { p50: median(cold), p95: percentile(cold, 95), runs: cold },
      warm: { p50: median(warm), p95: percentile(warm, 95) },
      api: { p50: median(measuredApi), p95: percentile(measuredApi, 95) },
      ratio: median(cold) / median(measuredApi),
    };
    progress(`console: counts after p50 ${result.cold.p50.toFixed(0)} ms cold (${result.ratio.toFixed(1)}× the API calls' ${result.api.p50.toFixed(1)} ms), ${result.warm.p50.toFixed(0)} ms warm`);
    return result;
  } finally {
    await browser?.close();
    for (const s of services.reverse()) await s.stop().catch(() => undefined);
    await Promise.all([sms.stop(), mail.stop()]);
  }
}
