import type { INestApplication } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, DocumentBuilder, SwaggerModule, type OpenAPIObject, type OperationObject } from '@nestjs/swagger';

import { PUBLIC_OPERATION_EXTENSION } from '../auth/decorators.js';

/**
 * The OpenAPI side of the platform's HTTP conventions: the one error body every 4xx/5xx has
 * (error.filter.ts builds it), a decorator that documents an operation's 4xx answers in one
 * line, and the document each service serves at /docs/json.
 */

@ApiSchema({ name: 'FieldError' })
export class FieldErrorDoc {
  @ApiProperty({ example: 'petitioners[0].idNumber', description: '出错的字段（路径）；(body) 指整个请求体，(url) 指请求地址' })
  field!: string;

  @ApiProperty({ example: 'isResidentId', description: '违反的规则名' })
  rule!: string;

  @ApiProperty({ example: '身份证号校验位不正确', description: '中文说明' })
  message!: string;
}

@ApiSchema({ name: 'ErrorBody', description: '每个 4xx/5xx 响应的 JSON：状态码、原因、中文说明；违反领域规则时 rule 给出规则名，参数错误时 errors 逐个列出字段。' })
export class ErrorBodyDoc {
  @ApiProperty({ example: 409 }) statusCode!: number;
  @ApiProperty({ example: 'Conflict', description: 'HTTP 原因短语' }) error!: string;
  @ApiProperty({ example: '案件当前状态不允许此操作', description: '中文说明' }) message!: string;
  @ApiPropertyOptional({ example: 'extension-already-used', description: '违反的规则名（403/404/409/422）' }) rule?: string;
  @ApiPropertyOptional({ type: [FieldErrorDoc], description: '400：每个不合法的字段及其规则' }) errors?: FieldErrorDoc[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '客户端据以行动的事实，例如 423 的 { lockedUntil }' })
  details?: Record<string, unknown>;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: '请求参数不合法：errors 逐个列出字段及其违反的规则',
  401: '未登录、令牌无效或已过期',
  403: '无权执行此操作：rule 指明规则',
  404: '不存在，或不在本人的乡镇、单位范围内',
  409: '当前状态不允许此操作：rule 指明规则',
  413: '请求体或文件过大',
  415: '不支持的内容类型',
  422: '事实不符合规则：rule 指明规则',
  423: '账号已锁定：details.lockedUntil 为解锁时间',
  429: '请求过于频繁，请稍后再试',
  503: '服务繁忙或暂时不可用，请稍后重试',
};

/** Documents an operation's (or every operation of a controller's) error answers, each with the ErrorBody schema. */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  const decorators = statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorBodyDoc }));
  return ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) {
      if (descriptor) (decorate as MethodDecorator)(target, key!, descriptor);
      else (decorate as ClassDecorator)(target as never);
    }
    return descriptor;
  }) as MethodDecorator & ClassDecorator;
}

export interface ApiDocumentInfo {
  title: string;
  description: string;
  /** The gateway: staff may call with its session cookie (of this name) as well as a Bearer token. */
  sessionCookie?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const ERROR_CONTENT = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };

/**
 * Fills in what every operation shares rather than repeating it on each: who may call it (no
 * one needs a token for a @Public() operation; every other needs a staff token, as the global
 * guard requires) with the 401 that follows, and the document's license and server.
 */
function complete(document: OpenAPIObject, info: ApiDocumentInfo): OpenAPIObject {
  document.info.license = { name: 'UNLICENSED', url: 'https://www.gnu.org/licenses/license-list.html#NonFreeSoftwareLicenses' };
  document.servers = [{ url: '/', description: '本服务（经网关访问时加服务前缀，如 /intake）' }];
  const staff: Record<string, string[]>[] = info.sessionCookie ? [{ session: [] }, { bearer: [] }] : [{ bearer: [] }];
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as (OperationObject & Record<string, unknown>) | undefined;
      if (!operation) continue;
      // an error is always JSON, whatever a download operation produces when it succeeds (@ApiProduces applies to every answer)
      for (const [status, response] of Object.entries(operation.responses)) {
        const content = (response as { content?: Record<string, { schema?: { $ref?: string } }> }).content;
        const error = content && Object.values(content).find((media) => media.schema?.$ref === ERROR_CONTENT['application/json'].schema.$ref);
        if (Number(status) >= 400 && error) (response as { content: unknown }).content = { 'application/json': error };
      }
      if (operation[PUBLIC_OPERATION_EXTENSION]) {
        delete operation[PUBLIC_OPERATION_EXTENSION];
        operation.security = [];
        continue;
      }
      operation.security = staff;
      operation.responses['401'] ??= { description: ERROR_DESCRIPTIONS[401], content: ERROR_CONTENT };
    }
  }
  return document;
}

const DOCUMENTS = new WeakMap<INestApplication, OpenAPIObject>();

/** Builds the service's OpenAPI document from its controllers and DTOs and serves it at /docs (JSON at /docs/json). */
export function setupApiDocs(app: INestApplication, info: ApiDocumentInfo): OpenAPIObject {
  const builder = new DocumentBuilder().setTitle(info.title).setDescription(info.description).setVersion('1').addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: '工作人员令牌（EdDSA JWT，经网关转发时由网关签发）' });
  if (info.sessionCookie) builder.addCookieAuth(info.sessionCookie, { type: 'apiKey', in: 'cookie', name: info.sessionCookie, description: '登录后网关设置的会话 Cookie（httpOnly）' }, 'session');
  const document = complete(
    SwaggerModule.createDocument(app, builder.build(), { extraModels: [ErrorBodyDoc, FieldErrorDoc] }),
    info,
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  DOCUMENTS.set(app, document);
  return document;
}

/** The document an app built by createServiceApp serves, without starting or listening (for generators). */
export function apiDocumentOf(app: INestApplication): OpenAPIObject {
  const document = DOCUMENTS.get(app);
  if (!document) throw new Error('this app has no OpenAPI document: build it with createServiceApp');
  return document;
}
