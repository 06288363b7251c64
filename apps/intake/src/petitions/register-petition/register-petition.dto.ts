import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, DIVISION_CODE, REGISTRATION_LEVELS, type Channel, type RegistrationLevel } from '#contracts';

export class PetitionerInput {
  @ApiProperty({ example: '张建国' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiPropertyOptional({ example: '430524196803121232', description: '18 位公民身份号码' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  idNumber?: string;

  @ApiPropertyOptional({ example: '13800000000', description: '手机或带区号的固定电话' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string;

  @ApiPropertyOptional({ example: '清水镇石桥村三组' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;
}

export class RegisterPetitionBody {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ description: '收到时间，默认现在' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiProperty({ example: '430599101000' })
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  townshipCode!: string;

  @ApiPropertyOptional({ example: '430599101203' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' })
  villageCode?: string;

  @ApiProperty({ example: 'land', description: '来自 GET /api/categories' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  category!: string;

  @ApiProperty({ example: '反映征地补偿款未足额发放' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  content!: string;

  @ApiProperty({ type: [PetitionerInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  // an element that is not an object is named by its index: class-validator's nested validation
  // for null and strings, the pipe's shape check for an array ([[]]); @IsObject({ each }) would name only the list
  @ValidateNested({ each: true })
  @Type(() => PetitionerInput)
  petitioners!: PetitionerInput[];

  @ApiPropertyOptional({ description: '来访人数（仅来访）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  headcount?: number;

  @ApiPropertyOptional({ example: '2026-02-26', description: '来信落款日期（仅来信）' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  letterDate?: string;

  @ApiPropertyOptional({ example: '0739-5551234', description: '来电号码（仅来电）' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  callerNumber?: string;

  @ApiPropertyOptional({ type: [Number], description: '代表在 petitioners 中的序号（从 0 开始），最多 5 名' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(0, { each: true })
  representatives?: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isAccusation?: boolean;

  @ApiPropertyOptional({ description: '被检举单位代码' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  accusedUnit?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_LEVELS })
  @IsOptional()
  @IsIn(REGISTRATION_LEVELS)
  registeredAtLevel?: RegistrationLevel;
}

export class RegisterPetitionResult {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'K7M2Q-XR9TB-H4WZP' }) trackingCode!: string;
  @ApiProperty() flags!: { collective: boolean; repeat: boolean; skipLevel: boolean };
  @ApiPropertyOptional({ description: '重复件、越级件或终结事项所关联的原信访件' }) linkedPetitionId?: string | null;
  @ApiProperty({ enum: ['registered', 'refused'], description: 'refused：同一事项已复核终结，不再受理' }) status!: 'registered' | 'refused';
  @ApiPropertyOptional() refusalReason?: string;
}
