import { ApiProperty } from '@nestjs/swagger';

export class InboxMessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '新转送案件待受理' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true, description: '工作台中的链接' }) link!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '本人读过的时间；未读为 null' }) readAt!: string | null;
}

export class InboxResponse {
  @ApiProperty({ type: [InboxMessageView], description: '最近 200 条，新的在前' }) items!: InboxMessageView[];
  @ApiProperty({ type: 'integer', description: '其中未读条数' }) unread!: number;
}
