import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DIVISION_CODE, type FieldError } from '#contracts';
import { InputValidationException, Roles, ApiErrors } from '#platform';
import { UnitsService } from '../directory/units.service.js';
import { OWN_TOWNSHIP } from '../cases/domain/routing.js';
import { RoutingRulesService } from './routing-rules.service.js';
import { RoutingRulesResponse } from './routing-rules.responses.js';

export class RoutingRuleInput {
  @ApiProperty({ example: 'land-acquisition' }) @IsString() @IsNotEmpty() @MaxLength(40) categoryCode!: string;
  @ApiPropertyOptional({ description: '只适用于该乡镇；不填则适用于全县' }) @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @ApiProperty({ example: 'dept-natural-resources', description: `承办单位代码，或 ${OWN_TOWNSHIP} 表示案件所在乡镇` }) @IsString() @IsNotEmpty() @MaxLength(40) unitCode!: string;
}

export class RoutingRulesBody {
  @ApiProperty({ type: [RoutingRuleInput] }) @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => RoutingRuleInput) rules!: RoutingRuleInput[];
}

/** The county's routing table: category × township → the unit proposed for a new case. */
@ApiTags('county settings')
@ApiBearerAuth()
@Controller('api/routing-rules')
export class RoutingRulesController {
  constructor(
    private readonly rules: RoutingRulesService,
    private readonly units: UnitsService,
  ) {}

  @Get()
  @ApiOperation({ summary: '分流规则（事项分类 × 乡镇 → 承办单位）' })
  @ApiOkResponse({ type: RoutingRulesResponse })
  async list() {
    return { rules: await this.rules.all() };
  }

  @Put()
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '替换分流规则' })
  @ApiErrors(400, 403)
  @ApiOkResponse({ type: RoutingRulesResponse })
  async replace(@Body() body: RoutingRulesBody) {
    const known = new Set((await this.units.all()).map((u) => u.code));
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    body.rules.forEach((r, i) => {
      if (r.unitCode !== OWN_TOWNSHIP && !known.has(r.unitCode)) problems.push({ field: `rules[${i}].unitCode`, rule: 'knownUnit', message: '不是本县登记的承办单位' });
      const key = `${r.categoryCode}|${r.townshipCode ?? ''}`;
      if (seen.has(key)) problems.push({ field: `rules[${i}]`, rule: 'unique', message: '同一分类、同一乡镇只能有一条规则' });
      seen.add(key);
    });
    if (problems.length) throw new InputValidationException(problems);
    await this.rules.replaceAll(body.rules.map((r) => ({ categoryCode: r.categoryCode, townshipCode: r.townshipCode ?? null, unitCode: r.unitCode })));
    return this.list();
  }
}
