import { ApiProperty } from '@nestjs/swagger';

export class TemplateVersionView {
  @ApiProperty({ example: 'case-accepted-sms' }) key!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: ['sms', 'email', 'inbox'] }) channel!: string;
  @ApiProperty({ type: String, nullable: true, description: '标题（短信无标题）' }) subject!: string | null;
  @ApiProperty({ example: '您的信访事项已受理，查询码 {{trackingCode}}。' }) body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) createdBy!: string | null;
}

export class TemplateSummaryView extends TemplateVersionView {
  @ApiProperty({ type: [String], description: '模板用到的占位符' }) placeholders!: string[];
}

export class TemplatesResponse {
  @ApiProperty({ type: [TemplateSummaryView], description: '各模板的最新版本' }) items!: TemplateSummaryView[];
}

export class TemplateHistoryResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ type: [TemplateVersionView], description: '新版本在前' }) versions!: TemplateVersionView[];
}

export class TemplatePreviewResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: String, nullable: true, description: '样例所用的事件' }) eventSubject!: string | null;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [String], description: '样例中没有值的占位符' }) missing!: string[];
}
