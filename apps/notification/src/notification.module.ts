import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STREAMS } from '#contracts';
import { MessagingModule } from '#messaging';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { NotificationConfig } from './config.js';
import { InboxController } from './inbox/inbox.controller.js';
import { NotifyTownshipOfRegistration } from './inbox/notify-township-of-registration.handler.js';
import { Initial1764201600000 } from './persistence/migrations/1764201600000-initial.js';

export const NOTIFICATION_SCHEMA = 'notification';

@Module({})
export class NotificationModule {
  static forRoot(runtime: ServiceRuntime<NotificationConfig>): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: NOTIFICATION_SCHEMA, applicationName: 'notification', entities: [], migrations: [Initial1764201600000] }),
        MessagingModule.forRoot({ service: 'notification', schema: NOTIFICATION_SCHEMA, consumers: [{ stream: EVENT_STREAMS.intake, handlers: [NotifyTownshipOfRegistration] }] }),
      ],
      controllers: [InboxController],
      providers: [NotifyTownshipOfRegistration],
    };
  }
}

export const NOTIFICATION_SERVICE: ServiceDefinition<NotificationConfig> = {
  name: 'notification',
  title: 'Xinfang 通知服务 (notification)',
  description: '按规则把案件事件变成短信、邮件与站内通知；发送记录与站内信箱。',
  configClass: NotificationConfig,
  port: (config) => config.NOTIFICATION_PORT,
  module: (runtime) => NotificationModule.forRoot(runtime),
};
