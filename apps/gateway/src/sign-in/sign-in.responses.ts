import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '#platform';

export class SignedInUserView {
  @ApiProperty({ example: 'qingshui-officer' }) username!: string;
  @ApiProperty({ example: '清水镇信访专干 李娟' }) displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ example: '430599101000' }) townshipCode?: string;
  @ApiPropertyOptional({ example: 'dept-hrss' }) unitCode?: string;
  @ApiProperty({ description: '须先修改密码（一次性密码登录后）' }) mustChangePassword!: boolean;
}

export class SignedInResponse {
  @ApiProperty({ type: SignedInUserView }) user!: SignedInUserView;
}
