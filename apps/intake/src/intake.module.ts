import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { MessagingModule } from '#messaging';
import { IntakeConfig } from './config.js';
import { DirectoryController } from './directory/directory.controller.js';
import { CategoryRow, HandlingUnitRow, TownshipRow, VillageRow } from './directory/directory.entities.js';
import { DirectoryService } from './directory/directory.service.js';
import { PersonalDataCipher } from './personal-data/personal-data-cipher.js';
import { resolvePersonalDataKey } from './personal-data/personal-data-key.js';
import { PetitionerRow, PetitionRow } from './petitions/petition.entities.js';
import { RegisterPetitionController } from './petitions/register-petition/register-petition.controller.js';
import { RegisterPetitionHandler } from './petitions/register-petition/register-petition.handler.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';

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
          entities: [TownshipRow, VillageRow, HandlingUnitRow, CategoryRow, PetitionRow, PetitionerRow],
          migrations: [Initial1764201600000],
        }),
        MessagingModule.forRoot({ service: 'intake', schema: INTAKE_SCHEMA, consumers: [] }),
      ],
      controllers: [DirectoryController, RegisterPetitionController],
      providers: [{ provide: PersonalDataCipher, useValue: cipher }, DirectoryService, RegisterPetitionHandler],
    };
  }
}

export const INTAKE_SERVICE: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  title: 'Xinfang 登记服务 (intake)',
  description: '各渠道信访件登记、信访人信息（加密保存）、网上信访与查询码查询。',
  configClass: IntakeConfig,
  port: (config) => config.INTAKE_PORT,
  module: (runtime) => IntakeModule.forRoot(runtime),
};
