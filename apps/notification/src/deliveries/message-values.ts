import type { EventEnvelope } from '#contracts';
import type { Names } from '../directory/names.service.js';

/** The values a template can use: the event's facts, in the directory's names, plus what the recipient adds. */
export function messageValues(envelope: Pick<EventEnvelope<Record<string, unknown>>, 'townshipCode' | 'type' | 'payload'>, names: Names, staffAppUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const p = envelope.payload;
  const unitCode = (p.unitCode ?? p.handlingUnitCode) as string | undefined;
  return {
    ...p,
    county: names.county,
    township: names.township(envelope.townshipCode) ?? '本县',
    unit: names.unit(unitCode)?.name ?? (p.unitName as string | undefined) ?? '承办单位',
    // unknown: left out, so a preview reports it missing
    category: names.category(p.categoryCode as string | undefined),
    routing: envelope.type === 'casework.case.assigned' ? '交办' : '转送',
    link: p.caseId ? `${staffAppUrl}/cases/${p.caseId}` : p.petitionId ? `${staffAppUrl}/petitions/${p.petitionId}` : staffAppUrl,
    marks: flagMarks(p.flags),
    ...extra,
  };
}

/** （集体访、重复访、越级访） for a registered petition's flags. */
function flagMarks(flags: unknown): string {
  if (!flags || typeof flags !== 'object') return '';
  const f = flags as Record<string, boolean>;
  const marks = [f.collective && '集体访', f.repeat && '重复访', f.skipLevel && '越级访'].filter(Boolean);
  return marks.length ? `（${marks.join('、')}）` : '';
}
