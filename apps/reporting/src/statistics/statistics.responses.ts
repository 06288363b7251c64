import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The figures of reporting's statistics (domain/summary.ts): api.md's names first, the rest around them. Rates are 0..1, or null when nothing is counted. */

const RATE = { type: Number, nullable: true, minimum: 0, maximum: 1 } as const;
const COUNT = { type: 'integer' } as const;

export class ChannelCounts {
  @ApiProperty({ ...COUNT, description: '来访' }) visit!: number;
  @ApiProperty({ ...COUNT, description: '来信' }) letter!: number;
  @ApiProperty({ ...COUNT, description: '网上信访' }) online!: number;
  @ApiProperty({ ...COUNT, description: '来电' }) phone!: number;
}

export class SatisfactionFigures {
  @ApiProperty({ ...COUNT, description: '可参评（已答复）' }) eligible!: number;
  @ApiProperty({ ...COUNT, description: '已评价' }) evaluated!: number;
  @ApiProperty(COUNT) satisfied!: number;
  @ApiProperty(COUNT) basicallySatisfied!: number;
  @ApiProperty(COUNT) unsatisfied!: number;
}

export class AcceptanceFigures {
  @ApiProperty({ ...COUNT, description: '已作出受理决定' }) decided!: number;
  @ApiProperty({ ...COUNT, description: '15 日内决定' }) timely!: number;
  @ApiProperty(COUNT) accepted!: number;
  @ApiProperty(COUNT) rejected!: number;
  @ApiProperty(COUNT) refused!: number;
}

export class ReplyFigures {
  @ApiProperty(COUNT) replied!: number;
  @ApiProperty({ ...COUNT, description: '按期答复' }) onTime!: number;
  @ApiProperty({ ...COUNT, description: '延期的' }) extended!: number;
}

export class LeaderOwnedFigures {
  @ApiProperty({ ...COUNT, description: '领导包案件数' }) cases!: number;
  @ApiProperty({ ...COUNT, description: '其中已化解' }) resolved!: number;
  @ApiProperty(RATE) resolutionRate!: number | null;
}

export class RoutingFigures {
  @ApiProperty({ ...COUNT, description: '转送次数' }) transfers!: number;
  @ApiProperty({ ...COUNT, description: '转送的件数' }) transferredCases!: number;
  @ApiProperty({ ...COUNT, description: '交办次数' }) assignments!: number;
  @ApiProperty(COUNT) assignedCases!: number;
  @ApiProperty({ ...COUNT, description: '督办次数' }) supervisions!: number;
  @ApiProperty(COUNT) supervisedCases!: number;
  @ApiProperty({ ...COUNT, description: '管辖异议' }) objections!: number;
}

export class DisputeScreeningFigures {
  @ApiProperty({ ...COUNT, description: '排查数' }) screened!: number;
  @ApiProperty(COUNT) resolved!: number;
  @ApiProperty(COUNT) inProgress!: number;
  @ApiProperty(COUNT) escalated!: number;
  @ApiProperty(COUNT) referred!: number;
  @ApiProperty({ ...COUNT, description: '排查时为易激化' }) easilyEscalating!: number;
  @ApiProperty({ ...COUNT, description: '仍为易激化且未化解' }) unresolvedEasilyEscalating!: number;
  @ApiProperty(COUNT) peopleInvolved!: number;
  @ApiProperty(RATE) resolutionRate!: number | null;
}

export class MediationFigures {
  @ApiProperty(COUNT) casesMediated!: number;
  @ApiProperty(COUNT) casesResolvedByMediation!: number;
  @ApiPropertyOptional({ type: DisputeScreeningFigures, description: '矛盾纠纷排查（所述时段涉及的排查月份；概要中才有）' }) disputes?: DisputeScreeningFigures;
}

export class StatisticsFigures {
  @ApiProperty({ ...COUNT, description: '收到的信访件' }) received!: number;
  @ApiProperty({ type: ChannelCounts }) byChannel!: ChannelCounts;
  @ApiProperty({ ...COUNT, description: '其中截至目前已办结' }) closed!: number;
  @ApiProperty({ ...RATE, description: '办结率' }) closureRate!: number | null;
  @ApiProperty({ ...RATE, description: '及时受理率' }) timelyAcceptanceRate!: number | null;
  @ApiProperty({ ...RATE, description: '按期办结率' }) onTimeClosureRate!: number | null;
  @ApiProperty({ ...RATE, description: '参评率' }) evaluationRate!: number | null;
  @ApiProperty({ ...RATE, description: '满意率（满意＋基本满意）' }) satisfactionRate!: number | null;
  @ApiProperty({ ...COUNT, description: '重复访' }) repeat!: number;
  @ApiProperty({ ...COUNT, description: '越级访' }) skipLevel!: number;
  @ApiProperty({ ...COUNT, description: '集体访' }) collective!: number;
  @ApiProperty({ enum: ['satisfied+basically-satisfied'], description: '满意率的计法' }) satisfactionCounting!: string;
  @ApiProperty({ ...RATE, description: '只计满意' }) strictSatisfactionRate!: number | null;
  @ApiProperty({ type: SatisfactionFigures }) satisfaction!: SatisfactionFigures;
  @ApiProperty({ type: AcceptanceFigures }) acceptance!: AcceptanceFigures;
  @ApiProperty({ type: ReplyFigures }) replies!: ReplyFigures;
  @ApiProperty({ type: LeaderOwnedFigures }) leaderOwned!: LeaderOwnedFigures;
  @ApiProperty({ type: RoutingFigures }) routing!: RoutingFigures;
  @ApiProperty({ ...COUNT, description: '超期案件' }) overdueCases!: number;
  @ApiProperty({ ...COUNT, description: '升级处理的案件' }) escalatedCases!: number;
  @ApiProperty({ ...COUNT, description: '复查复核的案件' }) reviewedCases!: number;
  @ApiProperty({ ...COUNT, description: '信访老户的信访件' }) longStanding!: number;
  @ApiProperty({ ...COUNT, description: '县级登记' }) countyLevel!: number;
  @ApiProperty({ ...COUNT, description: '检举控告' }) accusations!: number;
  @ApiProperty({ type: MediationFigures }) mediation!: MediationFigures;
}

export class StatisticsSummaryResponse extends StatisticsFigures {
  @ApiProperty({ type: String, nullable: true, description: '乡镇；全县为 null' }) townshipCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '时段起（查询所给）' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '时段止（查询所给）' }) to!: string | null;
}

export class BreakdownItem extends StatisticsFigures {
  @ApiProperty({ type: String, nullable: true, example: 'visit', description: '渠道、分类、单位、村或乡镇的代码，或月份（YYYY-MM）' }) key!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '来访' }) name!: string | null;
}

export class BreakdownResponse {
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty({ enum: ['channel', 'category', 'unit', 'month', 'village', 'township'] }) by!: string;
  @ApiProperty({ type: [BreakdownItem] }) items!: BreakdownItem[];
}

export class ComplainedUnit {
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ ...COUNT, description: '转送、交办或承办的信访件' }) petitions!: number;
  @ApiProperty(COUNT) closed!: number;
  @ApiProperty(COUNT) overdueCases!: number;
  @ApiProperty(COUNT) supervisedCases!: number;
  @ApiProperty({ ...COUNT, description: '被检举控告件数' }) accusations!: number;
}

export class ComplainedUnitsResponse {
  @ApiProperty({ type: String, nullable: true }) townshipCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) villageCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty({ type: [ComplainedUnit] }) items!: ComplainedUnit[];
}
