import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentPrincipal, Roles, type Principal } from '#platform';
import { RegisterPetitionBody } from '../register-petition/register-petition.dto.js';
import { RegisterPetitionHandler, type RegistrationCheck } from '../register-petition/register-petition.handler.js';
import { RegistrationCheckResponse } from './check-registration.responses.js';

/**
 * The staff form asks before registering: the same body, scope and checks as POST /api/petitions
 * (400 with errors[] naming each field and rule), and — when it passes — what registering it now
 * would do: the flags, the petition it would be linked to, a refusal under Art. 36, and the
 * earlier petitions of the same people that may be the same matter, for the officer to look at.
 * Stores nothing. 200 with that answer rather than 204: a 204 cannot carry the candidates.
 */
@ApiTags('petitions')
@ApiBearerAuth()
@Controller('api/petitions')
export class CheckRegistrationController {
  constructor(private readonly handler: RegisterPetitionHandler) {}

  @Post('check')
  @HttpCode(200)
  @Roles('county-admin', 'township-officer', 'leader')
  @ApiOperation({
    summary: '登记前校验（不保存）：与登记相同的校验，以及可能的重复件',
    description: '通过时 200，返回登记后的标记（集体访、重复访、越级访）、将关联的原件、是否不再受理，以及同一信访人此前可能为同一事项的信访件（repeatCandidates）；不通过时 400，errors[] 逐项说明字段与规则。',
  })
  @ApiOkResponse({ type: RegistrationCheckResponse })
  @ApiErrors(400, 403)
  check(@Body() body: RegisterPetitionBody, @CurrentPrincipal() principal: Principal): Promise<RegistrationCheck> {
    return this.handler.check(body, principal);
  }
}
