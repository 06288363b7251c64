import { ApiProperty } from '@nestjs/swagger';

export class StaffContactView {
  @ApiProperty() accountId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'township-officer' }) role!: string;
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email!: string | null;
}

export class StaffContactsResponse {
  @ApiProperty({ type: [StaffContactView] }) contacts!: StaffContactView[];
}
