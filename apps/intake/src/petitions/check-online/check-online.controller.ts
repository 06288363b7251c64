import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InputValidationException, Public, RateLimit, RateLimitGuard, ApiErrors } from '#platform';
import { RegisterPetitionHandler } from '../register-petition/register-petition.handler.js';
import { onlineProblems, SubmitOnlineBody } from '../submit-online/submit-online.controller.js';

/**
 * The citizen's form asks before submitting: the same body, the same checks and the same
 * `errors[]` as POST /api/public/petitions, so each field can show the rule it breaks while the
 * citizen still edits. Stores nothing and does not count against the submission limit.
 */
@ApiTags('public')
@Controller('api/public/petitions')
export class CheckOnlineController {
  constructor(private readonly handler: RegisterPetitionHandler) {}

  @Public()
  @Post('check')
  @HttpCode(204)
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'public-check', limit: 300, windowSeconds: 600, message: '校验过于频繁' })
  @ApiOperation({ summary: '网上信访提交前校验（不保存，不计入提交次数）', description: '与提交相同的校验；通过时 204，否则 400 并在 errors[] 中逐项说明字段与规则。' })
  @ApiNoContentResponse({ description: '可以提交' })
  @ApiErrors(400, 429)
  async check(@Body() body: SubmitOnlineBody): Promise<void> {
    const problems = [...onlineProblems(body), ...(await this.handler.problems({ ...body, channel: 'online' }))];
    if (problems.length) throw new InputValidationException(problems);
  }
}
