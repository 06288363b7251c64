import { ApiProperty } from '@nestjs/swagger';

/** GET /api/cases/work-queue (work-queue.ts). */

export class WorkQueueItem {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: '430599101000' }) townshipCode!: string;
  @ApiProperty({ example: 'land-acquisition' }) categoryCode!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '该环节的期限' }) dueAt!: string | null;
}

export class WorkQueueBucket {
  @ApiProperty({ type: 'integer', description: '案件数' }) count!: number;
  @ApiProperty({ type: 'integer', description: '其中该环节期限已届满的' }) overdue!: number;
  @ApiProperty({ type: 'integer', description: '信访件数：案件及并入其中的重复件、越级件（与信访件列表的行数一致）' }) petitions!: number;
  @ApiProperty({ type: 'integer', description: '其中期限已届满的信访件数' }) overduePetitions!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '最早的期限' }) nextDueAt!: string | null;
  @ApiProperty({ type: [WorkQueueItem], description: '期限最近的前 5 件' }) items!: WorkQueueItem[];
}

export class WorkQueueAcceptBucket extends WorkQueueBucket {
  @ApiProperty({ type: 'integer', description: '仍在 5 个工作日异议期内的' }) objectionOpen!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '最早届满的异议期' }) nextObjectionBy!: string | null;
}

export class WorkQueueBuckets {
  @ApiProperty({ type: WorkQueueBucket, description: '待转送交办（登记后 15 日内，第二十二条）' }) toRoute!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueAcceptBucket, description: '待受理（收到后 15 日内书面告知，5 个工作日内可提出异议，第二十三条）' }) toAccept!: WorkQueueAcceptBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '待答复（受理后 60 日内，第三十四条）' }) toReply!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '待领导包案（集体访、重复访、越级访、信访老户，包案后方可受理）' }) toOwn!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '我包案的在办案件' }) owned!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '7 日内到期（转送、受理告知、答复、复查复核意见期限）' }) dueThisWeek!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '已超期' }) overdue!: WorkQueueBucket;
  @ApiProperty({ type: WorkQueueBucket, description: '督办中' }) supervised!: WorkQueueBucket;
}

export class DutyLeader {
  @ApiProperty({ example: '430599101000' }) townshipCode!: string;
  @ApiProperty() leaderId!: string;
  @ApiProperty({ example: '清水镇党委书记' }) leaderName!: string;
}

export class DutyToday {
  @ApiProperty({ example: '2026-12-04', description: '今天（北京时间）' }) date!: string;
  @ApiProperty({ type: [DutyLeader], description: '今日接访领导（本乡镇；县级为各乡镇）' }) leaders!: DutyLeader[];
  @ApiProperty({ description: '今天由我接访' }) mine!: boolean;
}

export class WorkQueueResponse {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: [String], nullable: true, description: '我所在的承办单位（部门，或本乡镇人民政府）；县级为 null（各单位）' }) unitCodes!: string[] | null;
  @ApiProperty({ type: WorkQueueBuckets }) buckets!: WorkQueueBuckets;
  @ApiProperty({ type: DutyToday }) dutyToday!: DutyToday;
}
