import { randomInt } from 'node:crypto';
import { signStaffToken, type Role } from '#platform';

/** What a case action is called in casework's history, by the action the load sends. */
const HISTORY_TYPE = { transfer: 'transferred', accept: 'accepted', reply: 'replied', close: 'closed' } as const;
type Action = keyof typeof HISTORY_TYPE;
const NEXT: Record<string, Action | null> = { registered: 'transfer', transferred: 'accept', accepted: 'reply', replied: 'close', closed: null };

const TOWNSHIPS = ['430599100000', '430599101000', '430599102000', '430599103000', '430599200000', '430599201000', '430599202000', '430599203000'];
const UNIT = 'dept-natural-resources';

/** A valid resident ID number for a generated person (GB 11643 check digit). */
function residentId(serial: number): string {
  const body = `430524${1950 + (serial % 50)}${String(1 + (serial % 12)).padStart(2, '0')}${String(1 + (serial % 28)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

interface Options {
  intake: string;
  casework: string[];
  privateKeyPem: string;
}

/**
 * A steady load on the platform: registrations at intake, and each registered petition's case
 * taken through transfer → accept → reply → close at casework. Only requests answered 2xx count
 * as acknowledged; anything else (a killed service, a paused replica) is retried later, and a
 * 409 tells the load that an earlier, unacknowledged attempt did apply.
 */
export class LoadGenerator {
  private readonly registrations: string[] = [];
  private readonly actions: { caseId: string; action: Action; historyType: string }[] = [];
  private readonly inFlight = new Set<string>();
  private readonly tokens = new Map<string, Promise<string>>();
  private running = false;
  private loops: Promise<void>[] = [];
  private serial = randomInt(1_000_000);
  private turn = 0;

  constructor(private readonly options: Options) {}

  token(role: Role, scope?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}`;
    if (!this.tokens.has(key)) {
      const unit = role === 'department-officer';
      this.tokens.set(key, signStaffToken(this.options.privateKeyPem, { sub: `load-${key}`, role, ...(scope ? (unit ? { unitCode: scope } : { townshipCode: scope }) : {}) }));
    }
    return this.tokens.get(key)!;
  }

  /** Casework learns the units from intake's directory event; routing needs them. */
  async waitForDirectory(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${this.options.casework[0]}/api/routing-rules`, { headers: { authorization: `Bearer ${await this.token('county-admin')}` } }).catch(() => null);
      if (res?.ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  start(): void {
    this.running = true;
    this.loops = [this.every(100, () => this.register()), this.every(60, () => this.advance()), this.every(60, () => this.advance())];
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  snapshot(): { registered: number; actions: number } {
    return { registered: this.registrations.length, actions: this.actions.length };
  }

  acknowledged(): { registrations: string[]; actions: { caseId: string; action: Action; historyType: string }[] } {
    return { registrations: [...this.registrations], actions: [...this.actions] };
  }

  private async every(ms: number, work: () => Promise<void>): Promise<void> {
    while (this.running) {
      const t = Date.now();
      await work().catch(() => undefined);
      await new Promise((r) => setTimeout(r, Math.max(0, ms - (Date.now() - t))));
    }
  }

  private async call(url: string, method: string, token: string, body?: unknown): Promise<{ status: number; json: any }> {
    try {
      const res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(4000),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    } catch {
      return { status: 0, json: null };
    }
  }

  private async register(): Promise<void> {
    const township = TOWNSHIPS[this.serial % TOWNSHIPS.length]!;
    const n = this.serial++;
    const res = await this.call(`${this.options.intake}/api/petitions`, 'POST', await this.token('township-officer', township), {
      channel: (['visit', 'letter', 'online', 'phone'] as const)[n % 4],
      townshipCode: township,
      category: 'land-acquisition',
      title: `反映第${n}号地块征地补偿问题`,
      content: `第${n}号地块于去年被征收，补偿款${1000 + (n % 900)}元至今未到位，请求核实处理。`,
      petitioners: [{ name: `压测${n}`, idNumber: residentId(n), phone: `139${String(n % 100_000_000).padStart(8, '0')}` }],
    });
    if (res.status === 201) this.registrations.push(res.json.id);
  }

  /** Takes one registered petition's case a step further. */
  private async advance(): Promise<void> {
    const candidates = this.registrations.filter((id) => !this.inFlight.has(id));
    if (candidates.length === 0) return;
    const petitionId = candidates[randomInt(candidates.length)]!;
    this.inFlight.add(petitionId);
    try {
      const casework = this.options.casework[this.turn++ % this.options.casework.length]!;
      const admin = await this.token('county-admin');
      const found = await this.call(`${casework}/api/cases?petitionId=${petitionId}`, 'GET', admin);
      const c = found.json?.items?.[0];
      if (!c || c.petitionId !== petitionId) return;
      const action = NEXT[c.status];
      if (!action) return;
      const token = action === 'accept' || action === 'reply' ? await this.token('department-officer', UNIT) : admin;
      const body = action === 'transfer' ? { unitCode: UNIT, reason: '属征地补偿事项' } : action === 'reply' ? { outcome: 'explain', text: '经核实，补偿款已列入本年度预算，将于年底前发放。' } : {};
      const res = await this.call(`${casework}/api/cases/${c.id}/${action}`, 'POST', token, body);
      if (res.status === 200) this.actions.push({ caseId: c.id, action, historyType: HISTORY_TYPE[action] });
    } finally {
      this.inFlight.delete(petitionId);
    }
  }
}
