import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '#platform';

const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;
const TOWNSHIP_CODE = /^\d{12}$/;
const UNIT_CODE = /^[a-z][a-z0-9-]{1,49}$/;
const MOBILE = /^1[3-9]\d{9}$/;
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateAccountBody {
  @ApiProperty({ example: 'qingshui-officer2', description: '3～32 位小写字母、数字、. _ -，以字母开头' })
  @Transform(lower)
  @IsString()
  @Matches(USERNAME, { message: '须为 3～32 位小写字母、数字或 . _ -，以字母开头' })
  username!: string;

  @ApiProperty({ example: '清水镇信访专干 李娟' }) @IsString() @IsNotEmpty() @MaxLength(50) displayName!: string;

  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;

  @ApiPropertyOptional({ example: '430599101000' })
  @IsOptional()
  @Matches(TOWNSHIP_CODE, { message: '须为 12 位乡镇区划代码' })
  townshipCode?: string;

  @ApiPropertyOptional({ example: 'dept-hrss' })
  @IsOptional()
  @Matches(UNIT_CODE, { message: '须为单位代码，如 dept-hrss' })
  unitCode?: string;

  @ApiPropertyOptional({ example: '13800000000' })
  @IsOptional()
  @Matches(MOBILE, { message: '须为 11 位手机号码' })
  mobile?: string;
}

/** Every field optional; `null` clears a scope or the mobile. */
export class ChangeAccountBody {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50) displayName?: string;

  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Matches(TOWNSHIP_CODE, { message: '须为 12 位乡镇区划代码' })
  townshipCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Matches(UNIT_CODE, { message: '须为单位代码，如 dept-hrss' })
  unitCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Matches(MOBILE, { message: '须为 11 位手机号码' })
  mobile?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
}

export class UsernameParam {
  @Transform(lower)
  @IsString()
  @Matches(USERNAME, { message: '用户名格式不正确' })
  username!: string;
}
