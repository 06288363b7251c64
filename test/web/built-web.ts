import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
export const WEB_DIST = join(ROOT, 'dist', 'web');

/** The web front end as `npm run build:web` leaves it; built here when missing (not when stale: npm test builds it first). */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'public', 'index.html')) && existsSync(join(WEB_DIST, 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build:web failed:\n${result.stdout}\n${result.stderr}`);
}

export interface PageFile {
  /** As the page asks for it: /assets/citizen-….js */
  url: string;
  kind: 'script' | 'modulepreload' | 'stylesheet' | 'import';
  bytes: number;
  gzipBytes: number;
  text: string;
}

/**
 * Everything a browser fetches to show a built page before any user action: the module script,
 * the modulepreloads and stylesheets the HTML names, and every module those import statically
 * (followed through `import … from "./x.js"`), each once. Dynamic `import()`s load later and
 * are not counted.
 */
export function firstPageFiles(dist: string, htmlPath: string): PageFile[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const files = new Map<string, PageFile>();
  const add = (url: string, kind: PageFile['kind']) => {
    if (files.has(url) || /^https?:/.test(url)) return;
    const text = readFileSync(join(dist, url.replace(/^\//, '')), 'utf8');
    files.set(url, { url, kind, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length, text });
    if (url.endsWith('.js')) {
      // static imports in the minified module: import"./x.js", import{a}from"./x.js", export{…}from"./x.js"
      for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) add(posix.join(posix.dirname(url), m[1]!), 'import');
      for (const m of text.matchAll(/\bimport\s*["']([^"']+\.css)["']/g)) add(posix.join(posix.dirname(url), m[1]!), 'import');
    }
  };
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attrs = tag[0];
    const src = /\b(?:src|href)="([^"]+)"/.exec(attrs)?.[1];
    if (!src) continue;
    if (tag[1] === 'script' && /type="module"/.test(attrs)) add(src, 'script');
    else if (/rel="modulepreload"/.test(attrs)) add(src, 'modulepreload');
    else if (/rel="stylesheet"/.test(attrs)) add(src, 'stylesheet');
  }
  return [...files.values()];
}

/** Marks Ant Design leaves in a bundle: its class names, its packages' names, its CSS-in-JS tokens. */
const ANTD_TRACES = [/\bant-(?:btn|input|select|form|modal|row|col|layout|menu|card|typography)\b/, /@ant-design\//, /\bantd\b/, /\brc-(?:field-form|select|motion|util)\b/, /\bcssinjs\b/];

export function antdTraces(file: Pick<PageFile, 'url' | 'text'>): string[] {
  return ANTD_TRACES.filter((pattern) => pattern.test(file.text)).map((pattern) => `${file.url} matches ${pattern}`);
}

