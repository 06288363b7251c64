import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DIVISION_CODE } from '#contracts';
import { InputValidationException, ROLES, Roles, type Role, ApiErrors } from '#platform';
import { StaffContactsService } from './staff-contacts.service.js';
import { StaffContactsResponse } from './staff-contacts.responses.js';

export class StaffContactInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) accountId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(50) name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional() @IsOptional() @Matches(DIVISION_CODE, { message: '必须是 12 位统计用区划代码' }) townshipCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) unitCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
}

export class StaffContactsBody {
  @ApiProperty({ type: [StaffContactInput] }) @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => StaffContactInput) contacts!: StaffContactInput[];
}

/** The staff who receive notification emails. */
@ApiTags('staff contacts')
@ApiBearerAuth()
@Controller('api/staff-contacts')
export class StaffContactsController {
  constructor(private readonly contacts: StaffContactsService) {}

  @Get()
  @Roles('county-admin')
  @ApiOperation({ summary: '工作人员通讯录（接收邮件通知）' })
  @ApiOkResponse({ type: StaffContactsResponse })
  @ApiErrors(403)
  async list() {
    return { contacts: await this.contacts.all() };
  }

  @Put()
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '替换工作人员通讯录' })
  @ApiOkResponse({ type: StaffContactsResponse })
  @ApiErrors(400, 403)
  async replace(@Body() body: StaffContactsBody) {
    // one entry per account: a second would break the table's key (a 500) instead of naming the field
    const seen = new Set<string>();
    const duplicates = body.contacts.flatMap((c, i) => (seen.has(c.accountId) ? [i] : (seen.add(c.accountId), [])));
    if (duplicates.length) throw new InputValidationException(duplicates.map((i) => ({ field: `contacts[${i}].accountId`, rule: 'unique', message: '同一账号只能出现一次' })));
    await this.contacts.replaceAll(body.contacts.map((c) => ({ accountId: c.accountId, name: c.name, role: c.role, townshipCode: c.townshipCode ?? null, unitCode: c.unitCode ?? null, email: c.email ?? null })));
    return this.list();
  }
}
