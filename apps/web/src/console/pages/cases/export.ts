/**
 * The case list's export through reporting (no personal data): by the filter when reporting
 * can apply all of it, else by the ids of the list's own rows (full-text search and the clocks
 * live in intake and casework, not in reporting).
 */
import { ApiError } from '../../../shared/api';
import { listPetitions } from './case-api';
import { conditionsExportCannotApply, exportQuery, intakeQuery, type ListFilter } from './list-query';

/** At most this many rows are exported by id (the list is paged through to collect them). */
export const MAX_EXPORT_BY_ID = 2000;
const ID_PAGE = 200;

async function download(response: Response, fallbackName: string): Promise<void> {
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(response.status, body);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The ids of every row the list shows for the filter, page by page, up to MAX_EXPORT_BY_ID. */
async function listedIds(filter: ListFilter): Promise<{ ids: string[]; truncated: boolean }> {
  const ids: string[] = [];
  for (let page = 1; ids.length < MAX_EXPORT_BY_ID; page++) {
    const res = await listPetitions(intakeQuery({ ...filter, page, pageSize: ID_PAGE }));
    ids.push(...res.items.map((p) => p.id));
    if (res.items.length < ID_PAGE) return { ids, truncated: false };
  }
  return { ids: ids.slice(0, MAX_EXPORT_BY_ID), truncated: true };
}

export interface ExportResult {
  rows: 'filter' | number;
  truncated: boolean;
}

export async function exportCases(filter: ListFilter, format: 'csv' | 'xlsx'): Promise<ExportResult> {
  const fallback = `信访案件清单.${format}`;
  if (!conditionsExportCannotApply(filter).length) {
    await download(await fetch(`/reporting/api/exports/cases?${exportQuery(filter, format)}`, { credentials: 'same-origin' }), fallback);
    return { rows: 'filter', truncated: false };
  }
  const { ids, truncated } = await listedIds(filter);
  if (!ids.length) throw new ApiError(404, { message: '没有符合条件的信访件可导出。' });
  const response = await fetch('/reporting/api/exports/cases', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: '*/*' },
    body: JSON.stringify({ petitionIds: ids, format }),
  });
  await download(response, fallback);
  return { rows: ids.length, truncated };
}
