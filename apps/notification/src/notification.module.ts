import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { SmtpChannel } from './channels/email/smtp.channel.js';
import { InboxController } from './channels/inbox/inbox.controller.js';
import { SmsGatewayChannel } from './channels/sms/sms-gateway.channel.js';
import { NotificationConfig } from './config.js';
import { DeliveriesController } from './deliveries/deliveries.controller.js';
import { Dispatcher } from './deliveries/dispatcher.js';
import { CASEWORK_EVENT_HANDLERS, INTAKE_EVENT_HANDLERS } from './deliveries/event-handlers.js';
import { DeliveryPlanner } from './deliveries/plan-deliveries.js';
import { LeaderDigest } from './digest/leader-digest.js';
import { NamesService } from './directory/names.service.js';
import { ProjectDirectory } from './directory/project-directory.handler.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';
import { DefaultRules1764288000000 } from './persistence/migrations/1764288000000-default-rules.js';
import { CaseViewOrder1764374400000 } from './persistence/migrations/1764374400000-case-view-order.js';
import { Accusations1764460800000 } from './persistence/migrations/1764460800000-accusations.js';
import { ReviewDecisionTexts1764547200000 } from './persistence/migrations/1764547200000-review-decision-texts.js';
import { PetitionerContacts } from './recipients/petitioner-contacts.js';
import { RulesController } from './rules/rules.controller.js';
import { RulesService } from './rules/rules.service.js';
import { StaffContactsController } from './staff-contacts/staff-contacts.controller.js';
import { StaffContactsService } from './staff-contacts/staff-contacts.service.js';
import { TemplatesController } from './templates/templates.controller.js';
import { TemplatesService } from './templates/templates.service.js';

export const NOTIFICATION_SCHEMA = 'notification';

@Module({})
export class NotificationModule {
  static forRoot(runtime: ServiceRuntime<NotificationConfig>): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: NOTIFICATION_SCHEMA, applicationName: 'notification', migrations: [Initial1764201600000, DefaultRules1764288000000, CaseViewOrder1764374400000, Accusations1764460800000, ReviewDecisionTexts1764547200000] }),
        MessagingModule.forRoot({
          service: 'notification',
          schema: NOTIFICATION_SCHEMA,
          consumers: [
            { stream: EVENT_STREAMS.intake, handlers: [ProjectDirectory, ...INTAKE_EVENT_HANDLERS] },
            { stream: EVENT_STREAMS.casework, handlers: CASEWORK_EVENT_HANDLERS },
          ],
        }),
      ],
      controllers: [InboxController, DeliveriesController, RulesController, TemplatesController, StaffContactsController],
      providers: [
        ProjectDirectory,
        ...INTAKE_EVENT_HANDLERS,
        ...CASEWORK_EVENT_HANDLERS,
        DeliveryPlanner,
        Dispatcher,
        LeaderDigest,
        NamesService,
        RulesService,
        TemplatesService,
        StaffContactsService,
        PetitionerContacts,
        SmsGatewayChannel,
        SmtpChannel,
      ],
    };
  }
}

export const NOTIFICATION_SERVICE: ServiceDefinition<NotificationConfig> = {
  name: 'notification',
  title: 'Xinfang 通知服务 (notification)',
  description: '按规则把事件变成短信、邮件与站内通知，每个（事件、收件人、模板）只发一次；模板版本管理与预览；发送记录与站内信箱。',
  configClass: NotificationConfig,
  port: (config) => config.NOTIFICATION_PORT,
  module: (runtime) => NotificationModule.forRoot(runtime),
};
