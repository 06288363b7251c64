import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { ServiceConfig } from '../config/service-config.js';
import { currentContext } from '../context/request-context.js';
import { InputValidationException } from '../http/validation.pipe.js';
import { DEMO_CLOCK_HEADER, parseDemoTime } from './clock.js';

export const DEMO_CLOCK_CONFIG = Symbol('DEMO_CLOCK_CONFIG');

/**
 * With DEMO_CLOCK=on (never in production: the configuration refuses it), a request carrying
 * `x-demo-now` happens at that time: the commands it runs and the events it records are dated
 * then. Without DEMO_CLOCK=on the header means nothing — it is not even read — so no caller of a
 * real deployment can act in the past.
 */
@Injectable()
export class DemoClockGuard implements CanActivate {
  constructor(@Inject(DEMO_CLOCK_CONFIG) private readonly config: Pick<ServiceConfig, 'DEMO_CLOCK' | 'NODE_ENV'>) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.DEMO_CLOCK !== 'on' || this.config.NODE_ENV === 'production') return true;
    const header = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[DEMO_CLOCK_HEADER];
    if (header === undefined) return true;
    const parsed = parseDemoTime(Array.isArray(header) ? header[0]! : header);
    if ('problem' in parsed) throw new InputValidationException([{ field: DEMO_CLOCK_HEADER, rule: 'demoTime', message: parsed.problem }]);
    const ctx = currentContext();
    if (ctx) ctx.at = parsed.at;
    return true;
  }
}
