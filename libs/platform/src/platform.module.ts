import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { AUTH_PUBLIC_KEY, AuthGuard } from './auth/auth.guard.js';
import { importPublicKey } from './auth/tokens.js';
import { DEMO_CLOCK_CONFIG, DemoClockGuard } from './clock/demo-clock.guard.js';
import type { ServiceConfig } from './config/service-config.js';
import { HealthController, HealthRegistry } from './health/health.js';
import { MetricsController } from './metrics/metrics.js';

export const APP_LOGGER = Symbol('APP_LOGGER');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** What a service is started with: its validated configuration, its logger and the staff-token key. */
export interface ServiceRuntime<C extends ServiceConfig = ServiceConfig> {
  service: string;
  config: C;
  logger: Logger;
  publicKeyPem: string;
}

/** Auth on every route, /health, /metrics, the logger and the configuration, for every service. */
@Module({})
export class PlatformModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      controllers: [HealthController, MetricsController],
      providers: [
        HealthRegistry,
        { provide: APP_LOGGER, useValue: runtime.logger },
        { provide: SERVICE_CONFIG, useValue: runtime.config },
        { provide: AUTH_PUBLIC_KEY, useFactory: () => importPublicKey(runtime.publicKeyPem) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: DEMO_CLOCK_CONFIG, useValue: runtime.config },
        { provide: APP_GUARD, useClass: DemoClockGuard },
      ],
      exports: [HealthRegistry, APP_LOGGER, SERVICE_CONFIG],
    };
  }
}
