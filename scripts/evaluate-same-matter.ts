/**
 * Evaluates the same-matter (同一事项) measure on its labelled pairs:
 *   npm run build && node dist/scripts/evaluate-same-matter.js [--errors] [--split tune|holdout|all]
 * Prints precision, recall, F1 and the confusion counts at SAME_MATTER_THRESHOLD for each split
 * (tune, holdout, fresh; untuned = holdout + fresh; all) and a threshold sweep. The weights and
 * threshold were fitted on `tune` only; `fresh` was written after the measure was frozen and is
 * the clean number (see same-matter.pairs.ts on what `holdout` has and has not seen).
 * --errors lists the misclassified pairs (of --split, default tune) with their scores.
 */
import { explainSameMatter, SAME_MATTER_THRESHOLD } from '../apps/intake/src/petitions/domain/same-matter.js';
import { SAME_MATTER_PAIRS, type LabelledPair } from '../apps/intake/src/petitions/domain/same-matter.pairs.js';

interface Scored { pair: LabelledPair; score: number }
interface Confusion { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number }

export function confusion(scored: Scored[], threshold: number): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { pair, score } of scored) {
    const predicted = score >= threshold;
    if (predicted && pair.same) tp++;
    else if (predicted) fp++;
    else if (pair.same) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'tune';

const scored: Scored[] = SAME_MATTER_PAIRS.map((pair) => ({ pair, score: explainSameMatter(pair.a, pair.b).score }));
const halves: [string, Scored[]][] = [
  ['tune', scored.filter((s) => s.pair.split === 'tune')],
  ['holdout', scored.filter((s) => s.pair.split === 'holdout')],
  ['fresh', scored.filter((s) => s.pair.split === 'fresh')],
  ['untuned', scored.filter((s) => s.pair.split !== 'tune')],
  ['all', scored],
];

const started = performance.now();
for (const pair of SAME_MATTER_PAIRS) explainSameMatter(pair.a, pair.b);
const perPair = (performance.now() - started) / SAME_MATTER_PAIRS.length;

console.log(`same-matter measure — ${SAME_MATTER_PAIRS.length} labelled pairs, threshold ${SAME_MATTER_THRESHOLD} (${perPair.toFixed(2)} ms per pair)\n`);
console.log('split     pairs  same  other   TP  FP  FN   TN  precision  recall      F1');
for (const [name, rows] of halves) {
  const c = confusion(rows, SAME_MATTER_THRESHOLD);
  const same = rows.filter((r) => r.pair.same).length;
  console.log(
    `${name.padEnd(8)} ${String(rows.length).padStart(6)} ${String(same).padStart(5)} ${String(rows.length - same).padStart(6)} ` +
      `${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}${String(c.tn).padStart(5)}     ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
  );
}

console.log('\nthreshold sweep (precision / recall / F1)');
console.log(`threshold  ${halves.map(([n]) => n.padEnd(24)).join('')}`);
console.log(`           ${halves.map(() => 'prec.  recall  F1'.padEnd(24)).join('')}`);
for (let t = 0.1; t <= 0.601; t += 0.025) {
  const cells = halves.map(([, rows]) => {
    const c = confusion(rows, t);
    return `${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}  `;
  });
  const mark = Math.abs(t - SAME_MATTER_THRESHOLD) < 1e-9 ? ' ←' : '';
  console.log(`${t.toFixed(3).padEnd(10)} ${cells.join('')}${mark}`);
}

if (args.includes('--errors')) {
  const rows = splitArg === 'all' ? scored : scored.filter((s) => s.pair.split === splitArg);
  console.log(`\nmisclassified (${splitArg}):`);
  for (const { pair } of rows) {
    const e = explainSameMatter(pair.a, pair.b);
    if (e.score >= SAME_MATTER_THRESHOLD === pair.same) continue;
    console.log(
      `${pair.same ? 'FN' : 'FP'} ${pair.id.padEnd(7)} ${e.score.toFixed(3)} cos=${e.cosine.toFixed(2)} cont=${e.containment.toFixed(2)} ` +
        `griev=${e.grievance.toFixed(2)} shared=[${e.sharedAnchors.join(',')}] conflicts=[${e.conflicts.join(',')}] ${e.terms.join(' ')}\n` +
        `   ${pair.a.title} | ${pair.b.title} — ${pair.note}`,
    );
  }
}
