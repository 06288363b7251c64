import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { CaseRow } from './cases/case.entity.js';
import { OpenCaseOnRegistration } from './cases/open-case/open-case-on-registration.handler.js';
import { QueryCasesController } from './cases/query-cases/query-cases.controller.js';
import { CaseworkConfig } from './config.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';

export const CASEWORK_SCHEMA = 'casework';

@Module({})
export class CaseworkModule {
  static forRoot(runtime: ServiceRuntime<CaseworkConfig>): DynamicModule {
    return {
      module: CaseworkModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: CASEWORK_SCHEMA, applicationName: 'casework', entities: [CaseRow], migrations: [Initial1764201600000] }),
        MessagingModule.forRoot({ service: 'casework', schema: CASEWORK_SCHEMA, consumers: [{ stream: EVENT_STREAMS.intake, handlers: [OpenCaseOnRegistration] }] }),
      ],
      controllers: [QueryCasesController],
      providers: [OpenCaseOnRegistration],
    };
  }
}

export const CASEWORK_SERVICE: ServiceDefinition<CaseworkConfig> = {
  name: 'casework',
  title: 'Xinfang 办理服务 (casework)',
  description: '转送、交办、受理、包案、期限、督办、答复与复查复核。',
  configClass: CaseworkConfig,
  port: (config) => config.CASEWORK_PORT,
  module: (runtime) => CaseworkModule.forRoot(runtime),
};
