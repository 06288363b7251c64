import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { FieldError } from '#contracts';
import { InputValidationException, Roles, ApiErrors } from '#platform';
import { TemplatesService } from '../templates/templates.service.js';
import { channelAllowed, CHANNELS, RECIPIENT_KINDS, type NotificationChannel, type RecipientKind } from './domain/rules.js';
import { RulesService } from './rules.service.js';
import { NotificationRulesResponse } from './rules.responses.js';

export class RuleInput {
  @ApiProperty({ example: 'petitioner-accepted' }) @Matches(/^[a-z0-9-]{1,60}$/, { message: '只能用小写字母、数字和连字符，最长 60 个字符' }) id!: string;
  @ApiProperty({ example: 'casework.case.accepted.v1' }) @Matches(/^[a-z]+\.[a-z-]+\.[a-z-]+\.v\d+$/, { message: '必须是事件主题，例如 casework.case.accepted.v1' }) eventSubject!: string;
  @ApiProperty({ enum: RECIPIENT_KINDS }) @IsIn(RECIPIENT_KINDS) recipients!: RecipientKind;
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: NotificationChannel;
  @ApiProperty({ example: 'petitioner.accepted' }) @IsString() @IsNotEmpty() @MaxLength(80) templateKey!: string;
  @ApiPropertyOptional({ example: { field: 'clock', equals: 'supervision' } }) @IsOptional() @IsObject() condition?: { field: string; equals: string | number | boolean };
  @ApiProperty() @IsBoolean() enabled!: boolean;
  @ApiProperty() @IsString() @MaxLength(200) description!: string;
}

export class RulesBody {
  @ApiProperty({ type: [RuleInput] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RuleInput) rules!: RuleInput[];
}

/** Who is told what, through which channel: rules the county edits without a release. */
@ApiTags('rules and templates')
@ApiBearerAuth()
@Controller('api/rules')
export class RulesController {
  constructor(
    private readonly rules: RulesService,
    private readonly templates: TemplatesService,
  ) {}

  @Get()
  @ApiOperation({ summary: '通知规则' })
  @ApiOkResponse({ type: NotificationRulesResponse })
  async list() {
    return { rules: await this.rules.all() };
  }

  @Put()
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '替换通知规则' })
  @ApiOkResponse({ type: NotificationRulesResponse })
  @ApiErrors(400, 403)
  async replace(@Body() body: RulesBody) {
    const templates = new Map((await this.templates.latestOfEach()).map((t) => [t.key, t]));
    const problems: FieldError[] = [];
    const ids = new Set<string>();
    body.rules.forEach((r, i) => {
      if (ids.has(r.id)) problems.push({ field: `rules[${i}].id`, rule: 'unique', message: '规则编号重复' });
      ids.add(r.id);
      if (!channelAllowed(r.recipients, r.channel)) problems.push({ field: `rules[${i}].channel`, rule: 'channelForRecipients', message: '信访人只能用短信告知；工作人员用站内信或邮件' });
      const template = templates.get(r.templateKey);
      if (!template) problems.push({ field: `rules[${i}].templateKey`, rule: 'knownTemplate', message: '没有这个模板' });
      else if (template.channel !== r.channel) problems.push({ field: `rules[${i}].templateKey`, rule: 'templateChannel', message: `该模板用于${template.channel}，与规则的渠道不符` });
      if (r.condition && (typeof r.condition.field !== 'string' || !['string', 'number', 'boolean'].includes(typeof r.condition.equals))) {
        problems.push({ field: `rules[${i}].condition`, rule: 'condition', message: '条件须为 { field, equals }' });
      }
    });
    if (problems.length) throw new InputValidationException(problems);
    await this.rules.replaceAll(body.rules.map((r) => ({ ...r, condition: r.condition ?? null })));
    return this.list();
  }
}
