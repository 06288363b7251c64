import type { DataSource } from 'typeorm';
import type { Principal } from '#platform';
import { likePattern, searchTerms } from '../domain/search-terms.js';
import { petitionScope } from '../petition-scope.js';
import { OPEN_STATUSES, type SearchPetitionsQuery } from './search-petitions.query.js';

/** Counting every match of a broad filter at a million rows costs more than the page: beyond this the total is "more than". */
export const COUNT_LIMIT = 1000;

const FLAG_COLUMNS = { collective: 'collective', repeat: 'repeat', skipLevel: 'skip_level', accusation: 'is_accusation', longStanding: 'long_standing', overdue: 'case_overdue' } as const;

export interface PetitionListPage<T> {
  total: number;
  /** false when there are more than `total` (COUNT_LIMIT) matches. */
  totalExact: boolean;
  page: number;
  pageSize: number;
  items: T[];
}

/**
 * One page of a staff member's case list: the scope first (township, department, never the
 * accused), then every filter, the search terms by bigram index with an ILIKE recheck for exact
 * substrings, in one snapshot so the page and its total agree.
 */
export async function listPetitions<T>(dataSource: DataSource, principal: Principal, query: SearchPetitionsQuery, idNumberHash: string | null, toItem: (row: Record<string, unknown>) => T): Promise<PetitionListPage<T>> {
  const params: unknown[] = [];
  const where = [petitionScope(principal, params)];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.townshipCode) add((n) => `p.township_code = ${n}`, query.townshipCode);
  if (query.villageCode) add((n) => `p.village_code = ${n}`, query.villageCode);
  const statuses = query.status ?? [];
  if (statuses.length) {
    const caseStatuses = statuses.filter((s) => s !== 'refused');
    const parts: string[] = [];
    if (caseStatuses.length) {
      params.push(caseStatuses);
      parts.push(`p.case_status = ANY($${params.length})`);
    }
    if (statuses.includes('refused')) parts.push(`p.status = 'refused'`);
    where.push(`(${parts.join(' OR ')})`);
  }
  if (query.open === 'true') add((n) => `p.case_status = ANY(${n}) AND p.status <> 'refused'`, [...OPEN_STATUSES]);
  if (query.open === 'false') add((n) => `(p.case_status <> ALL(${n}) OR p.status = 'refused')`, [...OPEN_STATUSES]);
  if (query.channel?.length) add((n) => `p.channel = ANY(${n})`, query.channel);
  if (query.category) add((n) => `p.category_code = ${n}`, query.category);
  if (query.handlingUnitCode) add((n) => `p.handling_unit_code = ${n}`, query.handlingUnitCode);
  if (query.from) add((n) => `p.received_at >= ${n}`, query.from);
  if (query.to) add((n) => `p.received_at < ${n}`, query.to);
  for (const [name, column] of Object.entries(FLAG_COLUMNS)) {
    const value = query[name as keyof typeof FLAG_COLUMNS];
    if (value) add((n) => `p.${column} = ${n}`, value === 'true');
  }
  if (query.dueWithinDays !== undefined) {
    add((n) => `p.case_deadline >= now() AND p.case_deadline < now() + make_interval(days => ${n}) AND p.case_status = ANY('{${OPEN_STATUSES.join(',')}}'::text[])`, query.dueWithinDays);
  }
  for (const term of searchTerms(query.q ?? '')) {
    const pattern = likePattern(term);
    // the index narrows to rows holding every bigram of the term; ILIKE keeps those where it stands whole
    if ([...term].length >= 2) add((n) => `p.search_grams @> intake.search_grams(${n})`, term);
    add((n) => `(p.title ILIKE ${n} OR p.content ILIKE ${n})`, pattern);
  }
  if (idNumberHash) add((n) => `EXISTS (SELECT 1 FROM intake.petitioner pr WHERE pr.petition_id = p.id AND pr.id_number_hash = ${n})`, idNumberHash);

  const pageSize = query.pageSize ?? 50;
  const page = query.page ?? 1;
  const byDue = query.sort === 'dueAt';
  const direction = query.order ?? (byDue ? 'asc' : 'desc');
  const order = byDue ? `p.case_deadline ${direction} NULLS LAST, p.received_at DESC, p.id` : `p.received_at ${direction}, p.id ${direction}`;
  const condition = where.join(' AND ');
  return dataSource.transaction('REPEATABLE READ', async (tx) => {
    // a search's bitmap of a common bigram must not spill to a lossy heap scan
    await tx.query(`SET LOCAL work_mem = '16MB'`);
    const [{ total }] = await tx.query(`SELECT count(*)::int AS total FROM (SELECT 1 FROM intake.petition p WHERE ${condition} LIMIT ${COUNT_LIMIT + 1}) matches`, params);
    const rows = await tx.query(`SELECT p.* FROM intake.petition p WHERE ${condition} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params);
    return { total: Math.min(total, COUNT_LIMIT), totalExact: total <= COUNT_LIMIT, page, pageSize, items: rows.map(toItem) };
  });
}
