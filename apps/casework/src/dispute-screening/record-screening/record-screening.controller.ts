import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DISPUTE_CATEGORIES, DISPUTE_OUTCOMES, DIVISION_CODE, YEAR_MONTH, type DisputeCategory, type DisputeOutcome } from '#contracts';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { DisputeScreenings } from '../dispute-screenings.service.js';
import { ScreeningView } from '../query-screenings/query-screenings.responses.js';

export const OUTCOME_DESCRIPTION = 'in-progress 化解中 / resolved 已化解 / escalated 已上报（乡镇、县） / referred 已移交（有关部门、人民调解、司法途径）';
export const CATEGORY_DESCRIPTION =
  'land-forest-water 土地山林水利 / land-acquisition 征地拆迁 / neighbourhood 邻里 / marriage-family 婚姻家庭 / labour-wages 劳资 / contract-debt 合同债务 / environment 环境污染 / medical 医疗 / traffic 交通事故 / other 其他';

export class RecordScreeningBody {
  @ApiProperty({ example: '2026-03', description: '排查月份' }) @Matches(YEAR_MONTH, { message: '必须是月份，例如 2026-03' }) month!: string;
  @ApiProperty({ example: '430599101000' }) @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode!: string;
  @ApiPropertyOptional({ example: '430599101201', description: '村（社区）；省略为乡镇本级排查' }) @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) villageCode?: string;
  @ApiPropertyOptional({ enum: DISPUTE_CATEGORIES, description: CATEGORY_DESCRIPTION }) @IsOptional() @IsIn(DISPUTE_CATEGORIES) category?: DisputeCategory;
  @ApiProperty({ example: '石桥村三组张某某与李某某两户', description: '当事人（只保存在办理服务，不进入任何事件）' }) @IsString() @IsNotEmpty() @MaxLength(500) parties!: string;
  @ApiProperty({ example: '宅基地边界争议，双方多次争吵' }) @IsString() @IsNotEmpty() @MaxLength(2000) matter!: string;
  @ApiPropertyOptional({ example: 6, description: '涉及人数' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) peopleInvolved?: number;
  @ApiProperty({ description: '易激化' }) @IsBoolean() easilyEscalating!: boolean;
  @ApiProperty({ enum: DISPUTE_OUTCOMES, description: OUTCOME_DESCRIPTION }) @IsIn(DISPUTE_OUTCOMES) outcome!: DisputeOutcome;
  @ApiPropertyOptional({ example: '村调委会已组织双方现场勘界' }) @IsOptional() @IsString() @MaxLength(2000) measures?: string;
}

/** 矛盾纠纷排查: a village liaison or the township's officer records a dispute found in the month's screening. */
@ApiTags('dispute screening')
@ApiBearerAuth()
@Controller('api/dispute-screenings')
export class RecordScreeningController {
  constructor(private readonly screenings: DisputeScreenings) {}

  @Post()
  @Roles('liaison', 'township-officer')
  @ApiOperation({ summary: '登记月度矛盾纠纷排查（村信访联络员、乡镇信访专干；只能登记本乡镇）', description: '当事人、事由和措施只保存在办理服务；发出的事件只含编号、区划代码、月份、类型、易激化标记和化解情况。' })
  @ApiCreatedResponse({ type: ScreeningView })
  @ApiErrors(400, 403, 422)
  record(@Body() body: RecordScreeningBody, @CurrentPrincipal() principal: Principal) {
    return this.screenings.record({ ...body, parties: body.parties.trim(), matter: body.matter.trim() }, principal);
  }
}
