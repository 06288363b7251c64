import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags, OmitType } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import type { FieldError } from '#contracts';
import { InputValidationException, Public, RateLimit, RateLimitGuard, ApiErrors } from '#platform';
import { isMobile, normalizePhone } from '../domain/phone-number.js';
import { RegisterPetitionBody } from '../register-petition/register-petition.dto.js';
import { RegisterPetitionHandler } from '../register-petition/register-petition.handler.js';

/** What a citizen fills in online: the staff form less channel, time, level and channel-only fields. */
export class SubmitOnlineBody extends OmitType(RegisterPetitionBody, ['channel', 'receivedAt', 'registeredAtLevel', 'headcount', 'letterDate', 'callerNumber'] as const) {}

/** What only an online submission needs: a mobile number for the first petitioner, to send the notices to. */
export function onlineProblems(body: SubmitOnlineBody): FieldError[] {
  const first = body.petitioners[0];
  const phone = first?.phone ? normalizePhone(first.phone) : null;
  return phone && isMobile(phone) ? [] : [{ field: 'petitioners[0].phone', rule: 'mobileForOnline', message: '网上信访须留手机号，用于接收受理、答复等短信告知' }];
}

export class SubmitOnlineResult {
  @ApiProperty({ example: 'K7M2Q-XR9TB-H4WZP', description: '查询码：凭此查询办理进度、评价答复，请妥善保存' })
  @IsString()
  @IsNotEmpty()
  trackingCode!: string;
}

@ApiTags('public')
@Controller('api/public/petitions')
export class SubmitOnlineController {
  constructor(private readonly handler: RegisterPetitionHandler) {}

  /** No login; limited per client address so the form cannot be flooded. */
  @Public()
  @Post()
  @HttpCode(201)
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'public-submit', limit: 5, windowSeconds: 3600, message: '提交过于频繁' })
  @ApiOperation({ summary: '网上信访（群众免登录提交）', description: '每个网络地址每小时最多提交 5 件。第一位信访人须留手机号，用于接收短信告知。' })
  @ApiCreatedResponse({ type: SubmitOnlineResult })
  @ApiErrors(400, 429)
  async submit(@Body() body: SubmitOnlineBody): Promise<SubmitOnlineResult> {
    const online = onlineProblems(body);
    // every problem at once, as POST /api/public/petitions/check answers, so the form can mark them all
    if (online.length) throw new InputValidationException([...online, ...(await this.handler.problems({ ...body, channel: 'online' }))]);
    const { trackingCode } = await this.handler.register({ ...body, channel: 'online' }, { kind: 'citizen' });
    return { trackingCode };
  }
}
