/**
 * Registration bodies for the benchmarks: valid `POST /api/petitions` bodies (as
 * scripts/faults/load.ts sends), each from a person of its own — a valid resident ID number and
 * mobile number no earlier petition used — so every registration takes the common path (a new
 * matter: the same-matter lookup runs and finds nothing).
 */
import { randomInt } from 'node:crypto';

export const TOWNSHIPS = ['430599100000', '430599101000', '430599102000', '430599103000', '430599200000', '430599201000', '430599202000', '430599203000'];
const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid resident ID number (GB 11643) unique per serial up to 18 million: birth day × 3-digit sequence. */
export function residentId(serial: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(serial / 1000) * 86_400_000);
  const date = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const body = `430524${date}${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** Serial numbers never repeat within a run (and start at a random place, in case a database is reused). */
let serial = randomInt(1_000_000);

export interface Registration {
  townshipCode: string;
  body: string;
}

export function nextRegistration(): Registration {
  const n = serial++;
  const township = TOWNSHIPS[n % TOWNSHIPS.length]!;
  const body = {
    channel: CHANNELS[n % 4],
    townshipCode: township,
    category: 'land-acquisition',
    title: `反映第${n}号地块征地补偿问题`,
    content: `第${n}号地块于去年被征收，补偿款${1000 + (n % 900)}元至今未到位，请求核实处理。`,
    petitioners: [{ name: `压测${n % 100_000}`, idNumber: residentId(n), phone: `139${String(n % 100_000_000).padStart(8, '0')}` }],
  };
  return { townshipCode: township, body: JSON.stringify(body) };
}
