import { parseSubject, type EventContract } from '../event-contract.js';
import { asyncApiYaml } from './asyncapi.js';
import { compareSchemas, type SchemaComparison } from './compatibility.js';
import { eventJsonSchema, schemaFileText, type JsonSchema } from './json-schema.js';
import { sampleFileText } from './samples.js';

/** Where the generated files live, relative to the project root. */
export const CONTRACTS_DIR = 'libs/contracts';
export const ASYNCAPI_FILE = 'asyncapi.yaml';
export const schemaFile = (subject: string) => `schemas/${subject}.json`;
export const sampleFile = (subject: string) => `samples/${subject}.json`;

export interface GeneratedFile {
  /** Relative to CONTRACTS_DIR. */
  path: string;
  text: string;
}

/** Everything `npm run contracts:generate` writes, in a stable order: schemas, samples, then asyncapi.yaml. */
export function generateContractFiles(contracts: readonly EventContract[]): GeneratedFile[] {
  const sorted = [...contracts].sort((a, b) => a.subject.localeCompare(b.subject));
  return [
    ...sorted.map((c) => ({ path: schemaFile(c.subject), text: schemaFileText(eventJsonSchema(c)) })),
    ...sorted.map((c) => ({ path: sampleFile(c.subject), text: sampleFileText(c) })),
    { path: ASYNCAPI_FILE, text: asyncApiYaml(sorted) },
  ];
}

export type PublishedCheck =
  | { status: 'unpublished' }
  | { status: 'identical' }
  | { status: 'compatible'; comparison: SchemaComparison }
  | { status: 'breaking'; comparison: SchemaComparison };

/** Compares a contract's checked-in schema text (undefined when there is none) with what it generates now. */
export function checkPublishedSchema(contract: EventContract, publishedText: string | undefined): PublishedCheck {
  if (publishedText === undefined) return { status: 'unpublished' };
  const current = eventJsonSchema(contract);
  if (publishedText === schemaFileText(current)) return { status: 'identical' };
  const comparison = compareSchemas(JSON.parse(publishedText) as JsonSchema, current);
  // same meaning, different text (formatting, key order): a regeneration, not a contract change
  return comparison.verdict === 'breaking' ? { status: 'breaking', comparison } : { status: 'compatible', comparison };
}

/** The fix a developer needs, as the tests and the generator both say it. */
export function breakingMessage(contract: EventContract, comparison: SchemaComparison): string {
  const { type, version } = parseSubject(contract.subject);
  const lines = comparison.changes.filter((c) => c.breaking).map((c) => `  - ${c.path}: ${c.detail}`);
  return [
    `${contract.subject}: this change breaks the published contract (${CONTRACTS_DIR}/${schemaFile(contract.subject)}):`,
    ...lines,
    `Published schemas must not change in place. Restore ${contract.name} and add a new class for ${type}.v${version + 1} beside it` +
      ` (only new optional fields may be added to v${version}). If this schema was never released, delete its file and regenerate.`,
  ].join('\n');
}

export const REGENERATE = 'run `npm run contracts:generate` and commit the result';

