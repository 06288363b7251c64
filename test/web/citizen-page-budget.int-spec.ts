import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { antdTraces, ensureWebBuilt, firstPageFiles, WEB_DIST } from './built-web.js';

/** Issue 10: the citizens' first page's JavaScript + CSS, gzipped, on a slow phone connection. */
const BUDGET_BYTES = 200 * 1024;

/**
 * The citizens' first page as built (dist/web/public/index.html, `npm run build:web`): what it
 * loads before the citizen does anything stays within 200 KB gzipped, and none of it is Ant
 * Design (some 130 KB on its own, meant for the staff console).
 */
describe('the citizens\' first page, built', () => {
  beforeAll(() => ensureWebBuilt());

  it('loads at most 200 KB of JavaScript and CSS, gzipped, and no Ant Design', () => {
    const files = firstPageFiles(WEB_DIST, 'public/index.html');
    const total = files.reduce((n, f) => n + f.gzipBytes, 0);
    const report = files.map((f) => `${f.kind} ${f.url}: ${(f.gzipBytes / 1024).toFixed(1)} KB gz`).join('\n');
    // the entry, React (preloaded) and the stylesheet at least
    expect(files.filter((f) => f.kind === 'script')).toHaveLength(1);
    expect(files.some((f) => f.url.endsWith('.css'))).toBe(true);
    expect(files.some((f) => /createRoot|react-dom/.test(f.text))).toBe(true);
    if (total > BUDGET_BYTES) throw new Error(`the citizens' first page loads ${(total / 1024).toFixed(1)} KB gzipped, over the 200 KB budget:\n${report}`);
    expect(total).toBeGreaterThan(40 * 1024); // React alone: a total this small would mean files were missed
    expect(files.flatMap(antdTraces)).toEqual([]);
  });

  it('the console, by contrast, does carry Ant Design: the check would see it leak', () => {
    const files = firstPageFiles(WEB_DIST, 'index.html');
    expect(files.flatMap(antdTraces).length).toBeGreaterThan(0);
  });

  it('follows static imports and preloads, and counts each file once', () => {
    const dist = mkdtempSync(join(tmpdir(), 'xinfang-web-budget-'));
    try {
      mkdirSync(join(dist, 'public'));
      mkdirSync(join(dist, 'assets'));
      writeFileSync(
        join(dist, 'public', 'index.html'),
        '<script type="module" crossorigin src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/shared.js"><link rel="stylesheet" href="/assets/page.css">',
      );
      writeFileSync(join(dist, 'assets', 'entry.js'), 'import{a as b}from"./shared.js";import"./leaky.js";const l=()=>import("./later.js");b();');
      writeFileSync(join(dist, 'assets', 'shared.js'), 'export const a=()=>1;');
      writeFileSync(join(dist, 'assets', 'leaky.js'), 'document.body.className="ant-btn ant-btn-primary";');
      writeFileSync(join(dist, 'assets', 'later.js'), 'export default 1;');
      writeFileSync(join(dist, 'assets', 'page.css'), 'body{margin:0}');
      const files = firstPageFiles(dist, 'public/index.html');
      expect(files.map((f) => [f.kind, f.url]).sort()).toEqual(
        [
          ['script', '/assets/entry.js'],
          ['import', '/assets/shared.js'],
          ['import', '/assets/leaky.js'],
          ['stylesheet', '/assets/page.css'],
        ].sort(),
      );
      expect(files.flatMap(antdTraces)).toEqual(['/assets/leaky.js matches /\\bant-(?:btn|input|select|form|modal|row|col|layout|menu|card|typography)\\b/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
