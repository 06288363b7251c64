import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EVENT_CONTRACTS } from '#contracts';
import { CurrentPrincipal, InputValidationException, Roles, SERVICE_CONFIG, type Principal, ApiErrors } from '#platform';
import { DataSource } from 'typeorm';
import { NamesService } from '../directory/names.service.js';
import { messageValues } from '../deliveries/message-values.js';
import { RulesService } from '../rules/rules.service.js';
import type { NotificationConfig } from '../config.js';
import { placeholders, render } from './domain/render.js';
import { TemplatesService } from './templates.service.js';
import { TemplateHistoryResponse, TemplatePreviewResponse, TemplatesResponse, TemplateVersionView } from './templates.responses.js';

export class TemplateBody {
  @ApiPropertyOptional({ description: '邮件、站内信的标题（短信不用）' }) @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @ApiProperty({ description: '正文，可用 {{变量}} 与 {{变量|date}}、{{变量|datetime}}、{{变量|label}}、{{变量|sentence}}（补足句末标点）' }) @IsString() @IsNotEmpty() @MaxLength(2000) body!: string;
}

export class PreviewBody {
  @ApiPropertyOptional({ example: 'casework.case.accepted.v1', description: '用哪个事件的样例渲染；默认取使用该模板的第一条规则的事件' })
  @IsOptional()
  @Matches(/^[a-z]+\.[a-z-]+\.[a-z-]+\.v\d+$/, { message: '必须是事件主题' })
  eventSubject?: string;

  @ApiPropertyOptional({ description: '覆盖样例中的字段' }) @IsOptional() @IsObject() values?: Record<string, unknown>;
}

/** Versioned Chinese templates, and a preview that renders one against a sample event. */
@ApiTags('rules and templates')
@ApiBearerAuth()
@Controller('api/templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly rules: RulesService,
    private readonly names: NamesService,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: '模板（各模板的最新版本）' })
  @ApiOkResponse({ type: TemplatesResponse })
  async list() {
    return { items: (await this.templates.latestOfEach()).map((t) => ({ ...t, placeholders: placeholders(t) })) };
  }

  @Get(':key')
  @ApiOperation({ summary: '某模板的全部版本' })
  @ApiOkResponse({ type: TemplateHistoryResponse })
  @ApiErrors(404)
  async history(@Param('key') key: string) {
    const versions = await this.templates.history(key);
    if (versions.length === 0) throw new NotFoundException('没有这个模板');
    return { key, versions };
  }

  @Put(':key')
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '修改模板（保存为新版本）' })
  @ApiOkResponse({ type: TemplateVersionView, description: '新保存的版本' })
  @ApiErrors(400, 403, 404)
  async update(@Param('key') key: string, @Body() body: TemplateBody, @CurrentPrincipal() principal: Principal) {
    const current = await this.templates.latest(key);
    if (!current) throw new NotFoundException('没有这个模板');
    if (current.channel !== 'sms' && !body.subject) throw new InputValidationException([{ field: 'subject', rule: 'isDefined', message: '邮件和站内信须有标题' }]);
    return this.templates.addVersion(key, current.channel, current.channel === 'sms' ? null : body.subject!, body.body, principal.id);
  }

  @Post(':key/preview')
  @HttpCode(200)
  @ApiOperation({ summary: '用样例事件预览模板' })
  @ApiOkResponse({ type: TemplatePreviewResponse })
  @ApiErrors(400, 404)
  async preview(@Param('key') key: string, @Body() body: PreviewBody) {
    const template = await this.templates.latest(key);
    if (!template) throw new NotFoundException('没有这个模板');
    const subject = body.eventSubject ?? (await this.rules.all()).find((r) => r.templateKey === key)?.eventSubject;
    const contract = EVENT_CONTRACTS.find((c) => c.subject === subject);
    const [type] = subject ? [subject.replace(/\.v\d+$/, '')] : ['sample'];
    const sample = { ...(contract?.sample ?? {}), ...(body.values ?? {}) } as Record<string, unknown>;
    const names = await this.names.load(this.dataSource);
    const values = messageValues({ townshipCode: (sample.townshipCode as string) ?? '430599101000', type, payload: sample }, names, this.config.STAFF_APP_URL, {
      trackingCode: 'K7M2Q-XR9TB-H4WZP',
      recipientName: '张三',
      count: 2,
      items: '1. 清水镇案件，到期：2026-03-20',
      ...(body.values ?? {}),
    });
    const rendered = render(template, values);
    return { key, version: template.version, eventSubject: subject ?? null, ...rendered };
  }
}
