import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Roles, ApiErrors } from '#platform';
import { AUDIT_KINDS, AuditLog, type AuditEntry, type AuditKind } from './audit-log.js';
import { AuditListResponse } from './audit.responses.js';

export class AuditQueryParams {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) username?: string;
  @ApiPropertyOptional({ enum: AUDIT_KINDS }) @IsOptional() @IsIn(AUDIT_KINDS) kind?: AuditKind;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() to?: string;
  @ApiPropertyOptional({ description: '上一页最后一条的 id' }) @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

@ApiTags('audit')
@Controller('api/audit/sign-ins')
@Roles('county-admin')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @ApiOperation({ summary: '登录与账号审计日志（登录、失败、锁定、退出、超时、账号变更），新的在前' })
  @ApiOkResponse({ type: AuditListResponse })
  @ApiErrors(400, 403)
  async list(@Query() q: AuditQueryParams): Promise<{ items: AuditEntry[]; next?: string }> {
    const limit = q.limit ?? 100;
    const items = await this.audit.list({ username: q.username, kind: q.kind, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, before: q.before, limit });
    return { items, ...(items.length === limit ? { next: items[items.length - 1]!.id } : {}) };
  }
}
