import { Module, type DynamicModule } from '@nestjs/common';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import { DatabaseModule, PlatformModule, type ServiceDefinition, type ServiceRuntime } from '#platform';
import { AccountStore } from './accounts/account-store.js';
import { PasswordHasher } from './accounts/password-hasher.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditLog } from './audit/audit-log.js';
import { ChangePasswordController } from './change-password/change-password.controller.js';
import { GatewayConfig } from './config.js';
import { forwardToServices } from './forwarding/forward-to-services.js';
import { ManageAccountsController } from './manage-accounts/manage-accounts.controller.js';
import { AccountsAndSessions1765100000000 } from './persistence/migrations/1765100000000-accounts-and-sessions.js';
import { securityHeaders } from './security-headers.js';
import { SessionGate } from './sessions/session-gate.js';
import { SESSION_COOKIE, SessionStore } from './sessions/session-store.js';
import { publicKeyPemOf, resolvePrivateKeyPem, StaffTokenSigner } from './sessions/staff-token-signer.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { SignInService } from './sign-in/sign-in.service.js';
import { serveWebFrontEnd } from './web-front-end/serve-web-front-end.js';

export const GATEWAY_SCHEMA = 'gateway';

/** The Fastify hooks run before Nest has built the gate; they reach it through this slot, filled at start. */
interface GateSlot {
  gate?: SessionGate;
}

@Module({})
export class GatewayModule {
  static forRoot(runtime: ServiceRuntime<GatewayConfig>, slot: GateSlot): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DatabaseModule.forRoot({ url: runtime.config.DATABASE_URL, schema: GATEWAY_SCHEMA, applicationName: 'gateway', migrations: [AccountsAndSessions1765100000000] }),
      ],
      controllers: [SignInController, ChangePasswordController, ManageAccountsController, AuditController],
      providers: [
        AccountStore,
        PasswordHasher,
        AuditLog,
        SessionStore,
        SignInService,
        { provide: StaffTokenSigner, useFactory: () => new StaffTokenSigner(resolvePrivateKeyPem(runtime.config)) },
        {
          provide: SessionGate,
          useClass: SessionGate,
        },
        {
          provide: 'GATE_SLOT',
          inject: [SessionGate],
          useFactory: (gate: SessionGate) => (slot.gate = gate),
        },
      ],
    };
  }
}


/** A definition per app instance: each has its own slot (tests run several gateways in one process). */
export function gatewayService(): ServiceDefinition<GatewayConfig> {
  const slot: GateSlot = {};
  return {
    name: 'gateway',
    title: 'Xinfang 网关 (gateway)',
    description: '统一入口：工作人员账号与登录（会话 Cookie）、转发各服务接口（/intake、/casework、/notification、/reporting）、网页前端。',
    sessionCookie: SESSION_COOKIE,
    configClass: GatewayConfig,
    port: (config) => config.GATEWAY_PORT,
    publicKeyPem: (config) => publicKeyPemOf(resolvePrivateKeyPem(config)),
    module: (runtime) => GatewayModule.forRoot(runtime, slot),
    httpPlugins: async (fastify, runtime) => {
      await fastify.register(cookie);
      await securityHeaders(fastify);
      await fastify.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
      const admit = async (request: Parameters<SessionGate['admit']>[0], reply: Parameters<SessionGate['admit']>[1]) => {
        if (!slot.gate) throw new Error('the session gate is not ready');
        return slot.gate.admit(request, reply);
      };
      // the gateway's own API: the gate runs before Nest's guard sees the request
      fastify.addHook('onRequest', async (request, reply) => {
        if (request.url.startsWith('/api/') && (await admit(request, reply))) return reply;
      });
      await forwardToServices(fastify, runtime.config, admit);
      await serveWebFrontEnd(fastify, runtime.config.WEB_DIST, runtime.logger);
    },
  };
}

export const GATEWAY_SERVICE = gatewayService();
