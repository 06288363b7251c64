import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_KINDS } from './audit-log.js';

export class AuditEntryView {
  @ApiProperty({ example: '1042', description: '序号（翻页用 before）' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: AUDIT_KINDS }) kind!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ type: String, nullable: true, description: '操作人（账号变更时）' }) actor!: string | null;
  @ApiProperty({ type: String, nullable: true }) clientAddress!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '细节（不含密码、Cookie 或令牌）' }) detail!: Record<string, unknown>;
}

export class AuditListResponse {
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
  @ApiPropertyOptional({ description: '还有更早的：作为 before 取下一页' }) next?: string;
}
