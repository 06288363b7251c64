import { ApiProperty } from '@nestjs/swagger';
import { ANSWER_KINDS, RATINGS, REPLY_OUTCOMES, REVIEW_OUTCOMES } from '#contracts';

/** What GET /api/public/petitions/:trackingCode answers: the citizen's view, no personal data. */

export class PublicStatusView {
  @ApiProperty({ example: 'accepted', description: '办理状态代码（refused 表示不再受理）' }) code!: string;
  @ApiProperty({ example: '已受理，办理中' }) label!: string;
}

export class PublicStepView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 'accepted', description: 'registered、linked、transferred、assigned、rerouting、accepted、rejected、refused、leader-ownership、extended、supervised、replied、review-requested、hearing、review-decided、closed、note、evaluated …' })
  kind!: string;
  @ApiProperty({ example: '已受理，将于2027年1月27日前书面答复' }) description!: string;
}

export class PublicEvaluationView {
  @ApiProperty({ enum: RATINGS }) rating!: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt!: string;
}

export class PublicAnswerView {
  @ApiProperty({ enum: ANSWER_KINDS, description: 'reply 书面答复；review 复查意见；re-review 复核意见' }) kind!: string;
  @ApiProperty({ enum: [...REPLY_OUTCOMES, ...REVIEW_OUTCOMES] }) outcome!: string;
  @ApiProperty({ description: '意见书全文' }) text!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: '书面答复' }) kindLabel!: string;
  @ApiProperty({ example: '支持' }) outcomeLabel!: string;
}

export class TrackedPetitionResponse {
  @ApiProperty({ example: 'K7M2Q-XR9TB-H4WZP' }) trackingCode!: string;
  @ApiProperty({ type: PublicStatusView }) status!: PublicStatusView;
  @ApiProperty({ example: '来访', description: '渠道（中文）' }) channel!: string;
  @ApiProperty({ example: '劳动工资', description: '事项类别（中文）' }) category!: string;
  @ApiProperty({ example: '清水镇' }) township!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '当前办理期限' }) dueAt!: string | null;
  @ApiProperty({ type: [PublicStepView], description: '公开的办理过程，按时间先后' }) timeline!: PublicStepView[];
  @ApiProperty({ type: PublicEvaluationView, nullable: true }) evaluation!: PublicEvaluationView | null;
  @ApiProperty({ description: '现在可以评价（已答复、尚未评价）' }) canEvaluate!: boolean;
  @ApiProperty({ type: [PublicAnswerView], nullable: true, description: '答复与复查、复核意见全文（答复后才有；办理服务暂时无法应答时为 null）' }) answers!: PublicAnswerView[] | null;
}
