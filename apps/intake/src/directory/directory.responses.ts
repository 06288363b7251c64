import { ApiProperty } from '@nestjs/swagger';
import { UNIT_KINDS, type UnitKind } from '#contracts';

/** What GET /api/directory and GET /api/categories answer (directory.controller.ts). */

export class DirectoryVillage {
  @ApiProperty({ example: '430599101201', description: '村（社区）统计用区划代码' }) code!: string;
  @ApiProperty({ example: '石桥村' }) name!: string;
}

export class DirectoryTownship {
  @ApiProperty({ example: '430599101000', description: '乡镇统计用区划代码' }) code!: string;
  @ApiProperty({ example: '清水镇' }) name!: string;
  @ApiProperty({ type: [DirectoryVillage] }) villages!: DirectoryVillage[];
}

export class DirectoryUnit {
  @ApiProperty({ example: 'dept-hrss', description: '承办单位代码' }) code!: string;
  @ApiProperty({ example: '县人力资源和社会保障局' }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS, description: 'township 乡镇政府；department 县直部门；political-legal 政法机关；discipline 纪检监察机关' }) kind!: UnitKind;
  @ApiProperty({ type: String, nullable: true, description: '乡镇政府所在乡镇' }) townshipCode!: string | null;
}

export class CountyDirectoryResponse {
  @ApiProperty({ type: String, nullable: true, example: '清溪县', description: '尚未导入名录时为 null' }) countyName!: string | null;
  @ApiProperty({ type: [DirectoryTownship] }) townships!: DirectoryTownship[];
  @ApiProperty({ type: [DirectoryUnit] }) units!: DirectoryUnit[];
}

export class DirectoryCategory {
  @ApiProperty({ example: 'labour-wages' }) code!: string;
  @ApiProperty({ example: '劳动工资' }) name!: string;
}

export class CategoriesResponse {
  @ApiProperty({ type: [DirectoryCategory] }) items!: DirectoryCategory[];
}
