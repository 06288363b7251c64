import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CHANNELS } from '#contracts';
import { StatsQuery } from '../statistics/statistics.controller.js';

/** The export's statuses (case-export.ts STATUS_NAMES): coarser than intake's, from the events reporting holds. */
export const EXPORT_STATUSES = ['registered', 'routed', 'accepted', 'rejected', 'refused', 'replied', 'review', 'closed'] as const;
/** Still being handled, as the case list's `open=true` means it. */
export const OPEN_EXPORT_STATUSES = ['registered', 'routed', 'accepted', 'replied', 'review'] as const;

/** The most rows one export by id takes (the console collects them from the case list). */
export const MAX_EXPORT_IDS = 2000;

const BOOLEAN = ['true', 'false'] as const;
/** `channel=visit,phone` or `channel=visit&channel=phone`. */
const list = ({ value }: { value: unknown }) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean));
const flag = (name: string) => ApiPropertyOptional({ enum: BOOLEAN, description: name });

/** The case list's conditions that reporting can apply (the place and period come from StatsQuery). */
export class ExportQuery extends StatsQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';

  @ApiPropertyOptional({ description: `渠道，可多选（逗号分隔）：${CHANNELS.join(', ')}`, type: String })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  channel?: string[];

  @ApiPropertyOptional({ description: '事项类别代码' }) @IsOptional() @IsString() @MaxLength(40) category?: string;
  @ApiPropertyOptional({ description: '承办单位代码（受理、答复或最后转送的单位）' }) @IsOptional() @IsString() @MaxLength(60) handlingUnitCode?: string;

  @ApiPropertyOptional({ description: `状态，可多选：${EXPORT_STATUSES.join(', ')}`, type: String })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(EXPORT_STATUSES.length)
  @IsIn(EXPORT_STATUSES, { each: true })
  status?: string[];

  @flag('仍在办理（true）或已结束（false）') @IsOptional() @IsIn(BOOLEAN) open?: string;
  @flag('集体访') @IsOptional() @IsIn(BOOLEAN) collective?: string;
  @flag('重复访') @IsOptional() @IsIn(BOOLEAN) repeat?: string;
  @flag('越级访') @IsOptional() @IsIn(BOOLEAN) skipLevel?: string;
  @flag('检举控告') @IsOptional() @IsIn(BOOLEAN) accusation?: string;
  @flag('信访老户的信访件') @IsOptional() @IsIn(BOOLEAN) longStanding?: string;
}

/** `POST /api/exports/cases`: the rows of a list reporting cannot filter itself (full-text search, the clocks), by id. */
export class ExportByIdsBody {
  @ApiProperty({ type: [String], description: `信访件编号，至多 ${MAX_EXPORT_IDS} 个` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXPORT_IDS)
  @IsUUID('all', { each: true })
  petitionIds!: string[];

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export type ExportConditions = Omit<ExportQuery, 'format' | 'townshipCode' | 'villageCode' | 'from' | 'to'> & { petitionIds?: string[] };

const FLAG_COLUMNS = { collective: 'collective', repeat: 'repeat', skipLevel: 'skip_level', accusation: 'is_accusation', longStanding: 'long_standing' } as const;

/**
 * The conditions as SQL over the export's rows (`r`: one per petition, with its computed
 * status, unit and flags), the values appended to `params`. Pure.
 */
export function exportConditionsSql(c: ExportConditions, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (c.channel?.length) add((n) => `r.channel = ANY(${n}::text[])`, c.channel);
  if (c.category) add((n) => `r.category_code = ${n}`, c.category);
  if (c.handlingUnitCode) add((n) => `r.unit_code = ${n}`, c.handlingUnitCode);
  if (c.status?.length) add((n) => `r.status = ANY(${n}::text[])`, c.status);
  if (c.open === 'true') add((n) => `r.status = ANY(${n}::text[])`, [...OPEN_EXPORT_STATUSES]);
  if (c.open === 'false') add((n) => `r.status <> ALL(${n}::text[])`, [...OPEN_EXPORT_STATUSES]);
  for (const [name, column] of Object.entries(FLAG_COLUMNS)) {
    const value = c[name as keyof typeof FLAG_COLUMNS];
    if (value) add((n) => `coalesce(r.${column}, false) = ${n}`, value === 'true');
  }
  if (c.petitionIds?.length) add((n) => `r.petition_id = ANY(${n}::uuid[])`, c.petitionIds);
  return where;
}
