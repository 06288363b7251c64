import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarYearController } from './calendar/calendar-year.controller.js';
import { CalendarService } from './calendar/calendar.service.js';
import { AcceptCaseController } from './cases/accept-case/accept-case.controller.js';
import { AddNoteController } from './cases/add-note/add-note.controller.js';
import { AnswerTextsController } from './cases/answer-texts/answer-texts.controller.js';
import { CaseCommands } from './cases/case-commands.service.js';
import { CaseEventPublisher } from './cases/case-event-publisher.js';
import { CaseStore } from './cases/case-store.js';
import { CaseViews } from './cases/case-views.js';
import { CloseCaseController } from './cases/close-case/close-case.controller.js';
import { DeadlineSweeper } from './cases/deadlines/deadline-sweeper.js';
import { ExtendDeadlineController } from './cases/extend-deadline/extend-deadline.controller.js';
import { HeldEventRelease } from './cases/open-case/held-event-release.js';
import { HeldEvents } from './cases/open-case/held-events.js';
import { HeldEventsController } from './cases/open-case/held-events.controller.js';
import { OpenCaseOnRegistration, PetitionCases, RecordEvaluation, RefuseCaseOnIntakeRefusal } from './cases/open-case/petition-events.handlers.js';
import { QueryCasesController } from './cases/query-cases/query-cases.controller.js';
import { RecordMediationController } from './cases/record-mediation/record-mediation.controller.js';
import { ReplyToCaseController } from './cases/reply-to-case/reply-to-case.controller.js';
import { ReviewCaseController } from './cases/review-case/review-case.controller.js';
import { RouteCaseController } from './cases/route-case/route-case.controller.js';
import { SuperviseCaseController } from './cases/supervise-case/supervise-case.controller.js';
import { TakeOwnershipController } from './cases/take-ownership/take-ownership.controller.js';
import { WorkQueueController } from './cases/work-queue/work-queue.controller.js';
import { CaseworkConfig } from './config.js';
import { ProjectDirectory } from './directory/project-directory.handler.js';
import { UnitsService } from './directory/units.service.js';
import { DutyRosterController } from './duty-roster/duty-roster.controller.js';
import { DisputeScreenings } from './dispute-screening/dispute-screenings.service.js';
import { QueryScreeningsController } from './dispute-screening/query-screenings/query-screenings.controller.js';
import { RecordScreeningController } from './dispute-screening/record-screening/record-screening.controller.js';
import { UpdateScreeningController } from './dispute-screening/update-screening/update-screening.controller.js';
import { DutyRosterService } from './duty-roster/duty-roster.service.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';
import { ReferenceData1764288000000 } from './persistence/migrations/1764288000000-reference-data.js';
import { ZeroReport1764374400000 } from './persistence/migrations/1764374400000-zero-report.js';
import { DisputeScreening1764460800000 } from './persistence/migrations/1764460800000-dispute-screening.js';
import { HeldEvent1764547200000 } from './persistence/migrations/1764547200000-held-event.js';
import { RoutingRulesController } from './routing/routing-rules.controller.js';
import { RoutingRulesService } from './routing/routing-rules.service.js';
import { SettingsController } from './settings/settings.controller.js';
import { SettingsService } from './settings/settings.service.js';
import { FileReportController } from './zero-report/file-report/file-report.controller.js';
import { ManagePeriodsController } from './zero-report/manage-periods/manage-periods.controller.js';
import { MissingReportSweeper } from './zero-report/missing-report-sweeper.js';
import { QueryReportsController } from './zero-report/query-reports/query-reports.controller.js';
import { SensitivePeriods } from './zero-report/sensitive-periods.service.js';
import { ZeroReports } from './zero-report/zero-reports.service.js';

export const CASEWORK_SCHEMA = 'casework';

const INTAKE_HANDLERS = [ProjectDirectory, OpenCaseOnRegistration, RefuseCaseOnIntakeRefusal, RecordEvaluation];

@Module({})
export class CaseworkModule {
  static forRoot(runtime: ServiceRuntime<CaseworkConfig>): DynamicModule {
    return {
      module: CaseworkModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: CASEWORK_SCHEMA, applicationName: 'casework', migrations: [Initial1764201600000, ReferenceData1764288000000, ZeroReport1764374400000, DisputeScreening1764460800000, HeldEvent1764547200000] }),
        MessagingModule.forRoot({ service: 'casework', schema: CASEWORK_SCHEMA, consumers: [{ stream: EVENT_STREAMS.intake, handlers: INTAKE_HANDLERS }] }),
      ],
      controllers: [
        WorkQueueController,
        QueryCasesController,
        AnswerTextsController,
        RouteCaseController,
        AcceptCaseController,
        TakeOwnershipController,
        ExtendDeadlineController,
        ReplyToCaseController,
        SuperviseCaseController,
        ReviewCaseController,
        CloseCaseController,
        AddNoteController,
        RecordMediationController,
        DutyRosterController,
        CalendarController,
        CalendarYearController,
        RoutingRulesController,
        SettingsController,
        ManagePeriodsController,
        FileReportController,
        QueryReportsController,
        RecordScreeningController,
        UpdateScreeningController,
        QueryScreeningsController,
        HeldEventsController,
      ],
      providers: [
        ...INTAKE_HANDLERS,
        PetitionCases,
        HeldEvents,
        HeldEventRelease,
        CaseStore,
        CaseEventPublisher,
        CaseCommands,
        CaseViews,
        DeadlineSweeper,
        CalendarService,
        SettingsService,
        UnitsService,
        RoutingRulesService,
        DutyRosterService,
        SensitivePeriods,
        ZeroReports,
        MissingReportSweeper,
        DisputeScreenings,
      ],
    };
  }
}

export const CASEWORK_SERVICE: ServiceDefinition<CaseworkConfig> = {
  name: 'casework',
  title: 'Xinfang 办理服务 (casework)',
  description: '转送、交办、受理、领导包案、期限、督办、答复、复查复核与办结；领导接访排班；敏感时期零报告；矛盾纠纷排查；节假日日历、分流规则与办理设置。',
  configClass: CaseworkConfig,
  port: (config) => config.CASEWORK_PORT,
  module: (runtime) => CaseworkModule.forRoot(runtime),
  // intake asks for the texts of the answers when a citizen tracks a petition (CASE_REPLIES_SUBJECT)
  requestReply: true,
};
