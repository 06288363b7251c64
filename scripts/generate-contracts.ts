/**
 * Writes the JSON Schemas, samples and AsyncAPI document of every contract in EVENT_CONTRACTS
 * into libs/contracts:   npm run contracts:generate
 * Refuses (exit 1, nothing written) when a published schema would change incompatibly: that
 * needs a new vN+1 contract, not an edit. Run from the project root (npm does).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { EVENT_CONTRACTS } from '#contracts';
import {
  breakingMessage,
  checkPublishedSchema,
  CONTRACTS_DIR,
  generateContractFiles,
  sampleFile,
  schemaFile,
} from '../libs/contracts/src/tooling/index.js';

const root = process.cwd();
const dir = join(root, CONTRACTS_DIR);
if (!existsSync(join(dir, 'src', 'registry.ts'))) {
  process.stderr.write(`run this from the project root: ${relative(root, dir) || dir}/src/registry.ts not found\n`);
  process.exit(2);
}
const read = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);

const refusals: string[] = [];
const extensions: string[] = [];
for (const contract of EVENT_CONTRACTS) {
  const check = checkPublishedSchema(contract, read(schemaFile(contract.subject)));
  if (check.status === 'breaking') refusals.push(breakingMessage(contract, check.comparison));
  if (check.status === 'compatible') {
    const added = check.comparison.changes.map((c) => `${c.path} (${c.detail})`).join(', ');
    extensions.push(`  ${contract.subject}: compatible change${added ? `: ${added}` : ' (formatting only)'}`);
  }
}
if (refusals.length) {
  process.stderr.write(`${refusals.join('\n\n')}\n\nNothing written.\n`);
  process.exit(1);
}

const counts = { written: 0, updated: 0, unchanged: 0 };
for (const file of generateContractFiles(EVENT_CONTRACTS)) {
  const before = read(file.path);
  if (before === file.text) {
    counts.unchanged++;
    continue;
  }
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), file.text);
  counts[before === undefined ? 'written' : 'updated']++;
  process.stdout.write(`${before === undefined ? 'wrote  ' : 'updated'} ${CONTRACTS_DIR}/${file.path}\n`);
}
if (extensions.length) process.stdout.write(`published schemas extended:\n${extensions.join('\n')}\n`);

// a retired contract's files are left for a person to delete: removing a published schema is a decision
const expected = new Set(EVENT_CONTRACTS.flatMap((c) => [schemaFile(c.subject), sampleFile(c.subject)]));
const orphans = ['schemas', 'samples'].flatMap((sub) =>
  existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => `${sub}/${f}`).filter((p) => !expected.has(p)) : [],
);
for (const orphan of orphans) process.stdout.write(`warning: ${CONTRACTS_DIR}/${orphan} belongs to no contract in EVENT_CONTRACTS; delete it if the contract was retired\n`);

process.stdout.write(`contracts: ${EVENT_CONTRACTS.length} subjects; ${counts.written} written, ${counts.updated} updated, ${counts.unchanged} unchanged\n`);
