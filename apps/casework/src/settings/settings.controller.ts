import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ESCALATION_STEPS, type EscalationStep } from '#contracts';
import { Roles, ApiErrors } from '#platform';
import { CaseStore } from '../cases/case-store.js';
import { SettingsService } from './settings.service.js';
import { CaseworkSettingsResponse } from './settings.responses.js';

export class EscalationStepInput {
  @ApiProperty({ description: '超期多少日后' }) @IsInt() @Min(0) @Max(365) afterDays!: number;
  @ApiProperty({ enum: ESCALATION_STEPS, description: 'reminder 提醒 / supervision 督办 / report-up 上报' }) @IsIn(ESCALATION_STEPS) step!: EscalationStep;
}

export class SettingsBody {
  @ApiPropertyOptional({ description: '期限届满前几日提醒（默认 3）' }) @IsOptional() @IsInt() @Min(0) @Max(30) reminderDaysBefore?: number;
  @ApiPropertyOptional({ type: [EscalationStepInput] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepInput)
  escalationSteps?: EscalationStepInput[];
}

/** Casework settings the county changes without a release: reminder lead time and overdue escalation steps. */
@ApiTags('county settings')
@ApiBearerAuth()
@Controller('api/settings')
export class SettingsController {
  constructor(
    private readonly settings: SettingsService,
    private readonly cases: CaseStore,
  ) {}

  @Get()
  @ApiOperation({ summary: '办理设置：提醒提前天数、超期升级步骤' })
  @ApiOkResponse({ type: CaseworkSettingsResponse })
  get() {
    return this.settings.all();
  }

  @Put()
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '修改办理设置' })
  @ApiErrors(400, 403)
  @ApiOkResponse({ type: CaseworkSettingsResponse })
  async put(@Body() body: SettingsBody) {
    const settings = await this.settings.update(body);
    if (body.reminderDaysBefore !== undefined) await this.cases.recomputeOpenClocks();
    return settings;
  }
}
