import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '../casework/vocabulary.js';
import { DIVISION_CODE } from '../envelope.js';

export class DirectoryVillageV1 {
  @Matches(DIVISION_CODE) readonly code!: string;
  @IsString() @MaxLength(100) readonly name!: string;
}

export class DirectoryTownshipV1 {
  @Matches(DIVISION_CODE) readonly code!: string;
  @IsString() @MaxLength(100) readonly name!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DirectoryVillageV1) readonly villages!: DirectoryVillageV1[];
}

export class DirectoryUnitV1 {
  @IsString() @MaxLength(40) readonly code!: string;
  @IsString() @MaxLength(100) readonly name!: string;
  @IsIn(UNIT_KINDS) readonly kind!: UnitKind;
  /** For a township government: its township. */
  @IsOptional() @Matches(DIVISION_CODE) readonly townshipCode?: string | null;
}

export class DirectoryCategoryV1 {
  @IsString() @MaxLength(40) readonly code!: string;
  @IsString() @MaxLength(100) readonly name!: string;
}

/**
 * The county directory as it now stands — townships, villages, handling units, the category
 * catalogue — published whole whenever it changes, so other services keep their own copy.
 */
export class DirectoryPublishedV1 {
  static readonly subject = 'intake.directory.published.v1';
  static readonly description = '县级目录（乡镇、村社区、承办单位、信访事项分类）有变更时整体发布，供其他服务保存副本。';
  static readonly sampleActor = { kind: 'system' } as const;

  @IsString() @MaxLength(100) readonly countyName!: string;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => DirectoryTownshipV1) readonly townships!: DirectoryTownshipV1[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DirectoryUnitV1) readonly units!: DirectoryUnitV1[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DirectoryCategoryV1) readonly categories!: DirectoryCategoryV1[];

  static readonly sample: DirectoryPublishedV1 = {
    countyName: '清溪县',
    townships: [{ code: '430599101000', name: '清水镇', villages: [{ code: '430599101001', name: '清水社区' }, { code: '430599101201', name: '石桥村' }] }],
    units: [
      { code: 'twp-430599101000', name: '清水镇人民政府', kind: 'township', townshipCode: '430599101000' },
      { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department', townshipCode: null },
    ],
    categories: [{ code: 'land-acquisition', name: '征地拆迁与补偿' }],
  };
}
