import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Roles, townshipScope, type Principal, ApiErrors } from '#platform';
import { aboutAccusationAgainst } from './accusations.js';
import { DeliveriesResponse } from './deliveries.responses.js';

export class DeliveryQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() petitionId?: string;
  @ApiPropertyOptional({ enum: ['pending', 'deferred', 'retrying', 'sent', 'failed'] }) @IsOptional() @IsIn(['pending', 'deferred', 'retrying', 'sent', 'failed']) status?: string;
  @ApiPropertyOptional({ enum: ['sms', 'email', 'inbox'] }) @IsOptional() @IsIn(['sms', 'email', 'inbox']) channel?: string;
  @ApiPropertyOptional({ default: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

/** What was sent to whom, through which channel, and how it went — recipients masked. */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('api/deliveries')
export class DeliveriesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('county-admin', 'township-officer', 'leader')
  @ApiOperation({ summary: '发送记录（收件人已脱敏）' })
  @ApiOkResponse({ type: DeliveriesResponse })
  @ApiErrors(400, 403)
  async list(@Query() query: DeliveryQuery, @CurrentPrincipal() principal: Principal) {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    const scope = townshipScope(principal);
    if (scope) add((n) => `township_code = ${n}`, scope);
    // what was sent about an accusation stays out of the accused unit's sight (Art. 30)
    params.push(principal.unitCode ?? null, scope);
    where.push(`NOT ${aboutAccusationAgainst('d', `$${params.length - 1}`, `$${params.length}`)}`);
    if (query.caseId) add((n) => `case_id = ${n}`, query.caseId);
    if (query.petitionId) add((n) => `petition_id = ${n}`, query.petitionId);
    if (query.status) add((n) => `status = ${n}`, query.status);
    if (query.channel) add((n) => `channel = ${n}`, query.channel);
    const rows = await this.dataSource.query(
      `SELECT id, event_subject AS "eventSubject", rule_id AS "ruleId", template_key AS "templateKey", template_version AS "templateVersion", channel,
              recipient_masked AS recipient, case_id AS "caseId", petition_id AS "petitionId", status, attempts, last_error AS "lastError",
              next_attempt_at AS "nextAttemptAt", created_at AS "createdAt", sent_at AS "sentAt"
       FROM notification.delivery d WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC LIMIT ${query.limit ?? 200}`,
      params,
    );
    return { items: rows };
  }
}
