/**
 * Reads a V8 .cpuprofile and says where the time went: self time by place (a package under
 * node_modules, a file of the project, node's internals, GC, idle), and inclusive time of the
 * project's own functions (time with that function anywhere on the stack).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  /** Self time by place, busy samples only, largest first. */
  byPlace: { place: string; ms: number; share: number }[];
  /** Inclusive time of project functions (apps/, libs/), largest first. */
  inclusive: { fn: string; ms: number; share: number }[];
  /** Self time of single functions, largest first. */
  hottest: { fn: string; ms: number; share: number }[];
}

function place(url: string, functionName: string): string {
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const project = /\/dist\/((?:apps|libs|scripts)\/.+)$/.exec(url);
  return project ? project[1]! : url;
}

export function summariseProfile(path: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const hot = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += dt;
      return;
    }
    busy += dt;
    const p = place(url, functionName);
    self.set(p, (self.get(p) ?? 0) + dt);
    const fnKey = `${functionName || '(anonymous)'} ${p}:${lineNumber + 1}`;
    hot.set(fnKey, (hot.get(fnKey) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!/\/dist\/(apps|libs)\//.test(f.url)) continue;
      const key = `${f.functionName || '(anonymous)'} ${place(f.url, f.functionName)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  });
  const list = <K extends string>(m: Map<string, number>, k: K) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ [k]: name, ms, share: ms / busy }) as { [P in K]: string } & { ms: number; share: number });
  return { busyMs: busy, idleMs: idle, byPlace: list(self, 'place'), inclusive: list(incl, 'fn'), hottest: list(hot, 'fn') };
}

export function formatProfile(s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `busy ${(s.busyMs / 1000).toFixed(1)} s, idle ${(s.idleMs / 1000).toFixed(1)} s`,
    'self time by place:',
    ...s.byPlace.map((p) => `  ${pct(p.share).padStart(6)}  ${p.place}`),
    'inclusive time of project functions:',
    ...s.inclusive.map((p) => `  ${pct(p.share).padStart(6)}  ${p.fn}`),
    'hottest functions (self):',
    ...s.hottest.map((p) => `  ${pct(p.share).padStart(6)}  ${p.fn}`),
  ].join('\n');
}
