import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CHANNELS, DIVISION_CODE } from '#contracts';

export const CASE_STATUSES = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 're-review', 'closed', 'final'] as const;
/** Still being handled: the clocks run (a replied case waits for its evaluation, review or closing). */
export const OPEN_STATUSES = ['registered', 'transferred', 'assigned', 'accepted', 'replied', 'review', 're-review'] as const;

const BOOLEAN = ['true', 'false'] as const;
/** `status=accepted,replied` or `status=accepted&status=replied`. */
const list = ({ value }: { value: unknown }) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean));
const flag = (name: string) => ApiPropertyOptional({ enum: BOOLEAN, description: name });

export class SearchPetitionsQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) villageCode?: string;

  @ApiPropertyOptional({ description: `办理状态，可多选（逗号分隔）：${CASE_STATUSES.join(', ')}`, type: String })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(CASE_STATUSES.length)
  @IsIn(CASE_STATUSES, { each: true })
  status?: string[];

  @ApiPropertyOptional({ description: `渠道，可多选：${CHANNELS.join(', ')}`, type: String })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  channel?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) category?: string;
  @ApiPropertyOptional({ description: '承办单位代码' }) @IsOptional() @IsString() @MaxLength(60) handlingUnitCode?: string;
  @ApiPropertyOptional({ description: '收到时间起（含）' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: '收到时间止（不含）' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ description: '标题与内容中的文字；空格分隔的多个词须同时出现' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: '信访人身份证号（精确匹配，经加密索引查找）' }) @IsOptional() @IsString() @MaxLength(30) idNumber?: string;

  @flag('集体访') @IsOptional() @IsIn(BOOLEAN) collective?: string;
  @flag('重复访') @IsOptional() @IsIn(BOOLEAN) repeat?: string;
  @flag('越级访') @IsOptional() @IsIn(BOOLEAN) skipLevel?: string;
  @flag('检举控告') @IsOptional() @IsIn(BOOLEAN) accusation?: string;
  @flag('信访老户的信访件') @IsOptional() @IsIn(BOOLEAN) longStanding?: string;
  @flag('已超期') @IsOptional() @IsIn(BOOLEAN) overdue?: string;
  @flag('未办结（仍在办理）') @IsOptional() @IsIn(BOOLEAN) open?: string;

  @ApiPropertyOptional({ description: '办理期限在今后 N 天内（未办结的）' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(365) dueWithinDays?: number;

  @ApiPropertyOptional({ enum: ['receivedAt', 'dueAt'], default: 'receivedAt' }) @IsOptional() @IsIn(['receivedAt', 'dueAt']) sort?: 'receivedAt' | 'dueAt';
  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: '默认：收到时间新的在前，期限近的在前' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

/** `GET /api/petitions/:id`: petitioners are masked unless the caller asks to see them (and the reveal is logged). */
export class PetitionDetailQuery {
  @ApiPropertyOptional({ enum: ['petitioners'], description: '显示信访人完整信息（姓名、身份证号、手机号、住址、来电号码），记入个人信息访问日志' })
  @IsOptional()
  @IsIn(['petitioners'])
  reveal?: 'petitioners';
}
