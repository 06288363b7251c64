import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Principal, Role } from './principal.js';

export const PUBLIC_ROUTE = 'xinfang:public';
export const ALLOWED_ROLES = 'xinfang:roles';

/** Marks a public operation in the OpenAPI document (turned into `security: []` by setupApiDocs). */
export const PUBLIC_OPERATION_EXTENSION = 'x-xinfang-public';

/** No staff token needed: health, metrics, docs, and the citizens' public endpoints. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));

/** Only these roles may call the route; others get 403 naming the rule. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The verified staff member behind the request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
