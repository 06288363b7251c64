import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLOCKS, REPLY_OUTCOMES, UNIT_KINDS } from '#contracts';
import { SUPERVISION_STATES } from '../supervise-case/supervision.js';

/** A case as staff see it (case-views.ts): the list's items, and with the routing proposal and timeline its detail and every action's answer. */

export const CASE_STATUS_VALUES = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 'reviewed', 're-review', 'closed'] as const;

/** POST /api/cases/:id/<action>, in the order the procedure meets them. */
export const CASE_ACTION_VALUES = ['transfer', 'assign', 'object', 'take-ownership', 'accept', 'reject', 'refuse', 'extend', 'reply', 'supervise', 'request-review', 'record-hearing', 'decide-review', 'close', 'note', 'mediate'] as const;

export class CaseUnitView {
  @ApiProperty({ example: 'dept-hrss' }) code!: string;
  @ApiProperty({ example: '县人力资源和社会保障局' }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true, description: '乡镇政府所在乡镇' }) townshipCode!: string | null;
}

export class CaseFlagsView {
  @ApiProperty({ description: '集体访' }) collective!: boolean;
  @ApiProperty({ description: '重复访' }) repeat!: boolean;
  @ApiProperty({ description: '越级访' }) skipLevel!: boolean;
  @ApiProperty({ description: '信访老户' }) longStanding!: boolean;
}

/** The running clocks' due times; a clock that is not running is absent. */
export class CaseDeadlinesView {
  @ApiPropertyOptional({ format: 'date-time', description: '转送告知期限' }) routeBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '受理告知期限（收到后 15 日）' }) acceptanceNoticeBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '异议期限（收到后 5 个工作日）' }) objectionBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '答复期限（受理后 60 日，延期后顺延）' }) replyBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '交办报结期限' }) assignmentReportBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '申请复查（复核）期限' }) reviewRequestBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '复查（复核）意见期限' }) reviewDecisionBy?: string;
  @ApiPropertyOptional({ format: 'date-time', description: '督办期限' }) supervisionDueBy?: string;
}

export class CaseExtensionView {
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: '批准的领导' }) approvedBy!: string;
}

export class CaseReplyView {
  @ApiProperty({ enum: REPLY_OUTCOMES }) outcome!: string;
  @ApiProperty({ format: 'date-time' }) repliedAt!: string;
  @ApiProperty({ type: Boolean, nullable: true, description: '按期答复' }) onTime!: boolean | null;
}

export class ProposedUnitView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class CaseTimelineEntry {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    example: 'accepted',
    description:
      'opened、petition-linked、transferred、assigned、routing-objected、accepted、rejected、refused-as-repeat、leader-took-ownership、deadline-extended、replied、evaluated、review-requested、hearing-recorded、review-decided、supervised、escalated、reminded、overdue、mediated、note-added、closed',
  })
  type!: string;
  @ApiProperty({ description: '信访人可见（公开进展）' }) public!: boolean;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '清水镇信访专干 李娟', description: '经办人姓名（登录时的姓名；早期记录为空）' }) actorName!: string | null;
  @ApiProperty({ example: '县人力资源和社会保障局受理', description: '中文摘要' }) summary!: string;
}

/** The last 督办 of a case (supervise-case/supervision.ts). */
export class CaseSupervisionView {
  @ApiProperty({ format: 'date-time', description: '督办时间' }) at!: string;
  @ApiProperty({ format: 'date-time', description: '要求办结的期限' }) dueAt!: string;
  @ApiProperty({ description: '督办事由' }) reason!: string;
  @ApiProperty({ type: 'integer', description: '累计督办次数' }) count!: number;
  @ApiProperty({ type: String, nullable: true, description: '督办人' }) supervisedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '被督办环节办结（答复、不予受理、复查复核意见、办结）的时间；仍在办理时为 null' }) completedAt!: string | null;
  @ApiProperty({ enum: SUPERVISION_STATES, description: 'open 督办中未到期，overdue 超期未办结，fulfilled 按期办结，late 逾期办结' }) state!: string;
}

export class CaseSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ enum: CASE_STATUS_VALUES }) status!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ enum: ['visit', 'letter', 'online', 'phone'] }) channel!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty({ type: String, nullable: true }) handlingUnitCode!: string | null;
  @ApiProperty({ type: CaseUnitView, nullable: true }) handlingUnit!: CaseUnitView | null;
  @ApiProperty({ type: String, nullable: true, description: '包案领导' }) ownerId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '清水镇党委书记 刘国强', description: '包案领导姓名' }) ownerName!: string | null;
  @ApiProperty({ description: '须先由领导包案（集体访、越级访、重复访、信访老户）' }) ownershipRequired!: boolean;
  @ApiProperty({ type: CaseFlagsView }) flags!: CaseFlagsView;
  @ApiProperty({ description: '检举控告' }) isAccusation!: boolean;
  @ApiProperty({ type: String, nullable: true, description: '接访领导' }) receptionLeaderId!: string | null;
  @ApiProperty({ type: [String], description: '并入本案的重复件、越级件' }) linkedPetitionIds!: string[];
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: CaseDeadlinesView }) deadlines!: CaseDeadlinesView;
  @ApiProperty({ enum: CLOCKS, isArray: true, description: '已超期的法定义务' }) overdue!: string[];
  @ApiProperty({ type: CaseExtensionView, nullable: true }) extension!: CaseExtensionView | null;
  @ApiProperty({ type: CaseReplyView, nullable: true }) reply!: CaseReplyView | null;
  @ApiProperty({ type: String, nullable: true, enum: ['satisfied', 'basically-satisfied', 'unsatisfied'], description: '信访人评价' }) evaluation!: string | null;
  @ApiProperty({ description: '复核终结' }) final!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiPropertyOptional({ type: CaseSupervisionView, nullable: true, description: '最近一次督办（案件列表与详情中给出；未督办为 null）' }) supervision?: CaseSupervisionView | null;
}

export class CaseDetailResponse extends CaseSummaryView {
  @ApiPropertyOptional({ type: ProposedUnitView, nullable: true, description: '待转送时：分流规则建议的承办单位（没有适用规则时为 null）' }) proposedUnit?: ProposedUnitView | null;
  @ApiPropertyOptional({ type: [CaseTimelineEntry], description: '流程记录（调用者仍可查看该案件时）' }) timeline?: CaseTimelineEntry[];
  @ApiPropertyOptional({ enum: CASE_ACTION_VALUES, isArray: true, description: '调用者现在可以对案件执行的操作（POST /api/cases/:id/<action>；mediate 即 mediations）' }) allowedActions?: string[];
}

export class CasePageResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
  @ApiProperty({ type: [CaseSummaryView] }) items!: CaseSummaryView[];
}
