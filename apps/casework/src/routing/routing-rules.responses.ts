import { ApiProperty } from '@nestjs/swagger';

export class RoutingRuleView {
  @ApiProperty({ example: 'labour-wages' }) categoryCode!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null：适用于所有乡镇' }) townshipCode!: string | null;
  @ApiProperty({ example: 'dept-hrss', description: '承办单位代码；@township 表示所在乡镇政府' }) unitCode!: string;
}

export class RoutingRulesResponse {
  @ApiProperty({ type: [RoutingRuleView] }) rules!: RoutingRuleView[];
}
