import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PetitionRegisteredV1 } from '#contracts';
import { ApiErrors, Roles } from '#platform';
import { HeldEvents } from './held-events.js';

export class HeldEventsQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(500, { message: '不能大于 500' })
  limit?: number;
}

export class HeldEventView {
  @ApiProperty({ example: 'intake.petition.refused.v1' }) subject!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid', description: '事件所属信访件' }) petitionId!: string;
  @ApiProperty({ format: 'uuid', description: '所等待的信访件（其案件建立后即应用本事件）' }) awaitedPetitionId!: string;
  @ApiProperty({ enum: ['case', 'original-case'], description: 'case：等待本信访件登记建案；original-case：重复/越级信访等待原信访件的案件，到期后自行建案' }) waitingFor!: string;
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) heldAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '到期后不再等待原信访件（仅 original-case）' }) releaseAfter!: string | null;
}

export class HeldEventsResponse {
  @ApiProperty({ description: '暂存事件总数' }) total!: number;
  @ApiProperty({ type: [HeldEventView], description: '最早暂存的在前' }) items!: HeldEventView[];
}

@ApiTags('backbone')
@ApiBearerAuth()
@Controller('api/held-events')
export class HeldEventsController {
  constructor(private readonly held: HeldEvents) {}

  @Get()
  @Roles('county-admin')
  @ApiOperation({
    summary: '暂存的登记服务事件：先于其所需事件到达，等待中（非丢失）',
    description: '不予受理或满意度评价先于登记到达时暂存，待该信访件建案后按原顺序应用；重复/越级信访先于原信访件到达时等待原案件，超过 REPEAT_LINK_WAIT_MS 后自行建案。',
  })
  @ApiOkResponse({ type: HeldEventsResponse })
  @ApiErrors(400, 403)
  async list(@Query() query: HeldEventsQuery): Promise<HeldEventsResponse> {
    const [rows, total] = await Promise.all([this.held.list(query.limit ?? 100), this.held.count()]);
    return {
      total,
      items: rows.map((h) => ({
        subject: h.subject,
        eventId: h.eventId,
        petitionId: h.envelope.payload.petitionId,
        awaitedPetitionId: h.awaitedPetitionId,
        waitingFor: h.subject === PetitionRegisteredV1.subject ? 'original-case' : 'case',
        townshipCode: h.envelope.townshipCode ?? null,
        occurredAt: h.envelope.occurredAt,
        heldAt: new Date(h.heldAt).toISOString(),
        releaseAfter: h.releaseAfter ? new Date(h.releaseAfter).toISOString() : null,
      })),
    };
  }
}
