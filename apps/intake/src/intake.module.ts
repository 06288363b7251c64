import { Module, type DynamicModule } from '@nestjs/common';
import multipart from '@fastify/multipart';
import { DataSource } from 'typeorm';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, RateLimiter, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { INTAKE_MIGRATIONS } from './persistence/migrations/index.js';
import { CASE_STATUS_HANDLERS } from './case-status/case-status.handlers.js';
import { IntakeConfig } from './config.js';
import { DirectoryController } from './directory/directory.controller.js';
import { DirectoryService } from './directory/directory.service.js';
import { PersonalDataAccessLog } from './personal-data/access-log.js';
import { PetitionerContactController } from './personal-data/contact-responder/petitioner-contact.controller.js';
import { PersonalDataCipher } from './personal-data/personal-data-cipher.js';
import { PersonalDataKeyCheck } from './personal-data/personal-data-key-check.js';
import { resolvePersonalDataKey } from './personal-data/personal-data-key.js';
import { AttachOnlineController } from './petitions/attach-online/attach-online.controller.js';
import { AttachmentsController } from './petitions/attachments/attachments.controller.js';
import { CheckOnlineController } from './petitions/check-online/check-online.controller.js';
import { CheckRegistrationController } from './petitions/check-registration/check-registration.controller.js';
import { MAX_ATTACHMENT_BYTES } from './petitions/domain/attachment-type.js';
import { EvaluatePetitionController } from './petitions/evaluate-petition/evaluate-petition.controller.js';
import { LongStandingLedgerController } from './petitions/long-standing-ledger/long-standing-ledger.controller.js';
import { RegisterPetitionController } from './petitions/register-petition/register-petition.controller.js';
import { RegisterPetitionHandler } from './petitions/register-petition/register-petition.handler.js';
import { SearchPetitionsController } from './petitions/search-petitions/search-petitions.controller.js';
import { SubmitOnlineController } from './petitions/submit-online/submit-online.controller.js';
import { CaseAnswers } from './petitions/track-petition/case-answers.client.js';
import { TrackPetitionController } from './petitions/track-petition/track-petition.controller.js';

export const INTAKE_SCHEMA = 'intake';

@Module({})
export class IntakeModule {
  static forRoot(runtime: ServiceRuntime<IntakeConfig>): DynamicModule {
    const cipher = new PersonalDataCipher(resolvePersonalDataKey(runtime.config));
    return {
      module: IntakeModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({
          url: runtime.config.DATABASE_URL,
          schema: INTAKE_SCHEMA,
          applicationName: 'intake',
         
          migrations: INTAKE_MIGRATIONS,
        }),
        MessagingModule.forRoot({ service: 'intake', schema: INTAKE_SCHEMA, consumers: [{ stream: EVENT_STREAMS.casework, handlers: CASE_STATUS_HANDLERS }] }),
      ],
      controllers: [
        DirectoryController,
        RegisterPetitionController,
        CheckRegistrationController,
        CheckOnlineController,
        SubmitOnlineController,
        TrackPetitionController,
        EvaluatePetitionController,
        SearchPetitionsController,
        AttachmentsController,
        AttachOnlineController,
        LongStandingLedgerController,
        PetitionerContactController,
      ],
      providers: [
        { provide: PersonalDataCipher, useValue: cipher },
        PersonalDataKeyCheck,
        {
          provide: RateLimiter,
          inject: [DataSource],
          // client addresses are counted by keyed hash, never stored in the clear
          useFactory: (dataSource: DataSource) => new RateLimiter(dataSource, INTAKE_SCHEMA, (address) => cipher.lookupHash('client-address', address)),
        },
        PersonalDataAccessLog,
        DirectoryService,
        RegisterPetitionHandler,
        CaseAnswers,
        ...CASE_STATUS_HANDLERS,
      ],
    };
  }
}

export const INTAKE_SERVICE: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  title: 'Xinfang 登记服务 (intake)',
  description: '各渠道信访件登记、信访人信息（加密保存）、重复件与越级件识别、网上信访、查询码查询与评价。',
  configClass: IntakeConfig,
  port: (config) => config.INTAKE_PORT,
  module: (runtime) => IntakeModule.forRoot(runtime),
  requestReply: true,
  httpPlugins: async (fastify) => {
    await fastify.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10, parts: 11 } });
  },
};
