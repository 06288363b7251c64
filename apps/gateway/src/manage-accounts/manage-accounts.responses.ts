import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '#platform';

export class AccountViewResponse {
  @ApiProperty({ description: '工作人员标识（各服务记录的经办人标识，如接访排班、包案领导）', example: 'leader-430599101000-1' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional() townshipCode?: string;
  @ApiPropertyOptional() unitCode?: string;
  @ApiPropertyOptional() mobile?: string;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AccountListResponse {
  @ApiProperty({ type: [AccountViewResponse] }) items!: AccountViewResponse[];
}

export class OneTimePasswordResponse {
  @ApiProperty() username!: string;
  @ApiProperty({ description: '一次性密码：只显示这一次，首次登录须修改' }) oneTimePassword!: string;
}
