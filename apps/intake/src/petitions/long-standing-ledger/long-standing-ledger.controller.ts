import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { canSeeTownship, CurrentPrincipal, Roles, SERVICE_CONFIG, townshipScope, type Principal, ApiErrors } from '#platform';
import type { IntakeConfig } from '../../config.js';
import { PersonalDataAccessLog } from '../../personal-data/access-log.js';
import { maskName } from '../../personal-data/masking.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { windowStart } from '../domain/long-standing.js';
import { petitionScope } from '../petition-scope.js';
import { LongStandingLedgerResponse } from './long-standing-ledger.responses.js';

interface LedgerRow {
  ref: string;
  petitions: number;
  open: number;
  first: Date;
  last: Date;
  townships: string[];
  name_enc: string;
  latest_petition_id: string;
  categories: string[];
  petition_list: { id: string; receivedAt: string; title: string; category: string; caseStatus: string; townshipCode: string }[];
}

class LedgerQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
}

/** 信访老户台账: petitioners with repeated petitions in the window (default 3 or more in 24 months). */
@ApiTags('petitioners')
@ApiBearerAuth()
@Controller('api/petitioners/long-standing')
export class LongStandingLedgerController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly accessLog: PersonalDataAccessLog,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  @Get()
  @Roles('county-admin', 'township-officer', 'leader')
  @ApiOperation({
    summary: '信访老户台账（查看记入访问日志）',
    description: '姓名以遮掩形式给出（如 刘*华）；完整信息在信访件详情中“显示”（另行记入访问日志）。每人列出窗口期内的各件信访（最近的在前）。',
  })
  @ApiOkResponse({ type: LongStandingLedgerResponse })
  @ApiErrors(400, 403)
  async ledger(@Query() query: LedgerQuery, @CurrentPrincipal() principal: Principal) {
    if (query.townshipCode && !canSeeTownship(principal, query.townshipCode)) throw new ForbiddenException('只能查看本乡镇的台账');
    const township = query.townshipCode ?? townshipScope(principal);
    const rule = { minPetitions: this.config.LONG_STANDING_MIN_PETITIONS, windowMonths: this.config.LONG_STANDING_WINDOW_MONTHS };
    // the caller's petition scope too: an accusation never shows its accuser to the accused township (Art. 30)
    const params: unknown[] = [windowStart(rule, new Date()), township, rule.minPetitions];
    const scope = petitionScope(principal, params);
    const rows = await this.dataSource.query(
      `SELECT pr.petitioner_ref AS ref,
              count(DISTINCT p.id)::int AS petitions,
              count(DISTINCT p.id) FILTER (WHERE p.case_status NOT IN ('closed', 'final', 'rejected', 'refused'))::int AS open,
              min(p.received_at) AS first, max(p.received_at) AS last,
              array_agg(DISTINCT p.township_code) AS townships,
              (array_agg(pr.name_enc ORDER BY p.received_at DESC))[1] AS name_enc,
              (array_agg(p.id ORDER BY p.received_at DESC))[1] AS latest_petition_id,
              array_agg(DISTINCT p.category_code) AS categories,
              jsonb_agg(DISTINCT jsonb_build_object('id', p.id, 'receivedAt', p.received_at, 'title', p.title, 'category', p.category_code, 'caseStatus', p.case_status, 'townshipCode', p.township_code)) AS petition_list
       FROM intake.petitioner pr JOIN intake.petition p ON p.id = pr.petition_id
       WHERE p.received_at >= $1 AND ($2::char(12) IS NULL OR p.township_code = $2) AND ${scope}
       GROUP BY pr.petitioner_ref
       HAVING count(DISTINCT p.id) >= $3
       ORDER BY count(DISTINCT p.id) DESC, max(p.received_at) DESC`,
      params,
    );
    await this.accessLog.record({ kind: 'staff', principal }, null, `long-standing-ledger:${township ?? 'county'}`);
    return {
      rule,
      items: rows.map((r: LedgerRow) => ({
        petitionerRef: r.ref,
        // masked like every list: the ledger is read often, a name in full only where a petition is opened and revealed
        name: maskName(this.cipher.decrypt(r.name_enc)),
        petitions: r.petitions,
        openPetitions: r.open,
        firstReceivedAt: r.first,
        lastReceivedAt: r.last,
        townshipCodes: r.townships,
        latestPetitionId: r.latest_petition_id,
        categories: [...r.categories].sort(),
        petitionList: r.petition_list
          .map((p) => ({ ...p, receivedAt: new Date(p.receivedAt).toISOString() }))
          .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
      })),
    };
  }
}
