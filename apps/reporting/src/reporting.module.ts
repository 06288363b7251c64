import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { AssessmentController } from './assessment/assessment.controller.js';
import { ReportingConfig } from './config.js';
import { ExportsController } from './exports/exports.controller.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';
import { CASEWORK_PROJECTIONS, INTAKE_PROJECTIONS } from './projections/event-handlers.js';
import { RollupRefresher } from './projections/rollup-refresher.js';
import { AnnualReportController } from './reports/annual-report.controller.js';
import { AnnualReportService } from './reports/annual-report.service.js';
import { DirectoryNames } from './statistics/directory.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { StatisticsService } from './statistics/statistics.service.js';

export const REPORTING_SCHEMA = 'reporting';

@Module({})
export class ReportingModule {
  static forRoot(runtime: ServiceRuntime<ReportingConfig>): DynamicModule {
    return {
      module: ReportingModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: REPORTING_SCHEMA, applicationName: 'reporting', migrations: [Initial1764201600000] }),
        MessagingModule.forRoot({
          service: 'reporting',
          schema: REPORTING_SCHEMA,
          consumers: [
            { stream: EVENT_STREAMS.intake, handlers: INTAKE_PROJECTIONS },
            { stream: EVENT_STREAMS.casework, handlers: CASEWORK_PROJECTIONS },
          ],
        }),
      ],
      controllers: [StatisticsController, AnnualReportController, AssessmentController, ExportsController],
      providers: [...INTAKE_PROJECTIONS, ...CASEWORK_PROJECTIONS, RollupRefresher, DirectoryNames, StatisticsService, AnnualReportService],
    };
  }
}

export const REPORTING_SERVICE: ServiceDefinition<ReportingConfig> = {
  name: 'reporting',
  title: 'Xinfang 统计服务 (reporting)',
  description: '由事件构建的统计、年度自查报告、村级考核、导出。不含任何个人信息。',
  configClass: ReportingConfig,
  port: (config) => config.REPORTING_PORT,
  module: (runtime) => ReportingModule.forRoot(runtime),
};
