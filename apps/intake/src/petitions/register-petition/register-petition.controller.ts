import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal, ApiErrors } from '#platform';
import { RegisterPetitionBody, type RegisterPetitionResult } from './register-petition.dto.js';
import { RegisterPetitionHandler } from './register-petition.handler.js';
import { RegisteredPetitionResponse } from './register-petition.responses.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('api/petitions')
export class RegisterPetitionController {
  constructor(private readonly handler: RegisterPetitionHandler) {}

  @Post()
  @HttpCode(201)
  @Roles('county-admin', 'township-officer', 'leader')
  @ApiOperation({ summary: '登记信访件（访、信、网、电）', description: '重复件、越级件自动关联原件；同一事项复核终结后再次提出的，登记并不再受理（status=refused）。' })
  @ApiCreatedResponse({ type: RegisteredPetitionResponse })
  @ApiErrors(400, 403)
  register(@Body() body: RegisterPetitionBody, @CurrentPrincipal() principal: Principal): Promise<RegisterPetitionResult> {
    return this.handler.register(body, { kind: 'staff', principal });
  }
}
