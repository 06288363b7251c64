import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { DIVISION_CODE } from '#contracts';
import { CurrentPrincipal, InputValidationException, Roles, type Principal, ApiErrors } from '#platform';
import { currentNames, SCHEMA } from '../projections/generation-sql.js';
import { DirectoryNames } from '../statistics/directory.js';
import { yearPeriod } from '../statistics/domain/period.js';
import { resolveScope } from '../statistics/scope.js';
import { StatisticsService } from '../statistics/statistics.service.js';
import { DEFAULT_RULE, describeRule, ruleProblems, scoreVillage, type AssessmentRule } from './domain/village-score.js';
import { AssessmentRuleResponse, AssessmentRuleSavedResponse, VillageScoresResponse } from './assessment.responses.js';

class VillagesQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: '乡镇 12 位区划代码；不填为全县各村' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  townshipCode?: string;
}

class RuleQuery {
  @ApiPropertyOptional({ description: '年度；不填为默认规则' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

class DeductionsBody {
  @IsNumber() collective!: number;
  @IsNumber() skipLevel!: number;
  @IsNumber() repeat!: number;
  @IsNumber() overdue!: number;
  @IsNumber() unsatisfied!: number;
  @IsNumber() unresolvedEasilyEscalating!: number;
}

class RuleBody {
  @ApiPropertyOptional({ description: '适用年度；不填则设为默认规则' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiProperty({ example: 5 })
  @IsNumber()
  points!: number;

  @ApiProperty({ example: DEFAULT_RULE.deductions })
  @ValidateNested()
  @Type(() => DeductionsBody)
  deductions!: DeductionsBody;
}

@ApiTags('assessment')
@ApiBearerAuth()
@Controller('api/assessments')
export class AssessmentController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stats: StatisticsService,
    private readonly directory: DirectoryNames,
  ) {}

  /** The rule in force for a year: that year's, else the county's default, else the built-in one. */
  async ruleFor(year: number | null): Promise<{ rule: AssessmentRule; source: string }> {
    const rows = await this.dataSource.query(`SELECT year, rule FROM ${SCHEMA}.assessment_rule WHERE year = ANY($1::int[]) ORDER BY year DESC`, [[year ?? 0, 0]]);
    const row = rows[0];
    return row ? { rule: row.rule, source: row.year === 0 ? 'county-default' : `year-${row.year}` } : { rule: DEFAULT_RULE, source: 'built-in' };
  }

  @Get('rule')
  @ApiOperation({ summary: '村级考核信访工作评分规则（分值与扣分项）' })
  @ApiOkResponse({ type: AssessmentRuleResponse })
  @ApiErrors(400)
  async getRule(@Query() query: RuleQuery) {
    const { rule, source } = await this.ruleFor(query.year ?? null);
    return { year: query.year ?? null, source, ...rule, description: describeRule(rule) };
  }

  @Put('rule')
  @Roles('county-admin')
  @ApiOperation({ summary: '设置村级考核信访工作评分规则（县信访局）' })
  @ApiOkResponse({ type: AssessmentRuleSavedResponse })
  @ApiErrors(400, 403)
  async putRule(@Body() body: RuleBody, @CurrentPrincipal() principal: Principal) {
    const rule: AssessmentRule = { points: body.points, deductions: { ...body.deductions } };
    const problems = ruleProblems(rule);
    if (problems.length) throw new InputValidationException(problems);
    await this.dataSource.query(
      `INSERT INTO ${SCHEMA}.assessment_rule (year, rule, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET rule = EXCLUDED.rule, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [body.year ?? 0, JSON.stringify(rule), principal.id],
    );
    return { year: body.year ?? null, ...rule, description: describeRule(rule) };
  }

  @Get('villages')
  @ApiOperation({ summary: '各村（社区）信访工作考核得分及扣分依据' })
  @ApiOkResponse({ type: VillageScoresResponse })
  @ApiErrors(400, 403)
  async villages(@Query() query: VillagesQuery, @CurrentPrincipal() principal: Principal) {
    const names = await this.directory.load();
    const filter = resolveScope(principal, { townshipCode: query.townshipCode }, names);
    const period = yearPeriod(query.year);
    const { rule, source } = await this.ruleFor(query.year);
    const [figures, disputes] = await Promise.all([
      this.stats.figures(filter, period, ['village_code']),
      this.dataSource.query(
        `SELECT village_code, count(*)::int AS n FROM ${currentNames('dispute_fact')}
         WHERE state_stamp IS NOT NULL AND easily_escalating AND outcome <> 'resolved' AND month LIKE $1 AND village_code IS NOT NULL
           AND ($2::char(12) IS NULL OR township_code = $2)
         GROUP BY village_code`,
        [`${query.year}-%`, filter.townshipCode],
      ),
    ]);
    const townships = names.directory.townships.filter((t) => !filter.townshipCode || t.code === filter.townshipCode);
    const villages = townships.flatMap((t) => t.villages.map((v) => ({ ...v, townshipCode: t.code, townshipName: t.name })));
    const known = new Set(villages.map((v) => v.code));
    // villages with petitions but missing from the directory still get a score
    for (const f of figures) {
      const code = f.key.village_code;
      if (code && !known.has(code)) villages.push({ code, name: names.village(code), townshipCode: `${code.slice(0, 9)}000`, townshipName: names.township(`${code.slice(0, 9)}000`), villages: [] } as never);
    }
    const items = villages.map((v) => {
      const sums = figures.find((f) => f.key.village_code === v.code)?.sums ?? {};
      const counts = {
        collective: sums.collective ?? 0,
        skipLevel: sums.skip_level ?? 0,
        repeat: sums.repeat ?? 0,
        overdue: sums.overdue ?? 0,
        unsatisfied: sums.unsatisfied ?? 0,
        unresolvedEasilyEscalating: Number(disputes.find((d: { village_code: string }) => d.village_code.trim() === v.code)?.n ?? 0),
      };
      return { villageCode: v.code, villageName: v.name, townshipCode: v.townshipCode, townshipName: v.townshipName, received: sums.received ?? 0, counts, ...scoreVillage(counts, rule) };
    });
    return { year: query.year, townshipCode: filter.townshipCode, rule: { source, ...rule, description: describeRule(rule) }, items };
  }
}
