import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#platform';
import { RegisterPetitionBody, RegisterPetitionResult } from './register-petition.dto.js';
import { RegisterPetitionHandler } from './register-petition.handler.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('api/petitions')
export class RegisterPetitionController {
  constructor(private readonly handler: RegisterPetitionHandler) {}

  @Post()
  @HttpCode(201)
  @Roles('county-admin', 'township-officer', 'leader')
  @ApiOperation({ summary: '登记信访件（访、信、网、电）' })
  @ApiCreatedResponse({ type: RegisterPetitionResult })
  register(@Body() body: RegisterPetitionBody, @CurrentPrincipal() principal: Principal): Promise<RegisterPetitionResult> {
    return this.handler.register(body, principal);
  }
}
