/**
 * Writes the console's typed API client types, one file per service, from the OpenAPI document
 * each service serves at /docs/json:   npm run api:generate
 *
 * The services are built in this process on a throwaway database and nats-server (as a test
 * does) without listening; each document is taken from the app and turned into TypeScript by
 * openapi-typescript. test/api/openapi.int-spec.ts fails when the checked-in files differ from
 * what the running services serve. Run from the project root (npm does).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocumentOf, createRuntime, createServiceApp, loadConfig, type ServiceConfig, type ServiceDefinition } from '#platform';
import { TestPlatform } from '#testing';
import { CASEWORK_SERVICE } from '../apps/casework/src/casework.module.js';
import { gatewayService } from '../apps/gateway/src/gateway.module.js';
import { INTAKE_SERVICE } from '../apps/intake/src/intake.module.js';
import { NOTIFICATION_SERVICE } from '../apps/notification/src/notification.module.js';
import { REPORTING_SERVICE } from '../apps/reporting/src/reporting.module.js';

export const API_SERVICES = ['intake', 'casework', 'notification', 'reporting', 'gateway'] as const;
export type ApiService = (typeof API_SERVICES)[number];
export const API_TYPES_DIR = 'apps/web/src/shared/api-types';

export function apiTypesFile(service: ApiService): string {
  return join(API_TYPES_DIR, `${service}.ts`);
}

/** Each service's definition (a fresh gateway definition: each gateway app has its own session slot). */
export function apiServiceDefinition(service: ApiService): ServiceDefinition<ServiceConfig> {
  const definitions = { intake: INTAKE_SERVICE, casework: CASEWORK_SERVICE, notification: NOTIFICATION_SERVICE, reporting: REPORTING_SERVICE } as unknown as Record<string, ServiceDefinition<ServiceConfig>>;
  return service === 'gateway' ? (gatewayService() as unknown as ServiceDefinition<ServiceConfig>) : definitions[service]!;
}

/** The environment a service of the platform is built with (the gateway signs with the platform's key). */
export function apiServiceEnv(service: ApiService, platform: TestPlatform): Record<string, string> {
  return service === 'gateway' ? { AUTH_PRIVATE_KEY: platform.keys.privateKeyPem } : {};
}

const HEADER = (service: ApiService) => `/**
 * ${service}'s API as TypeScript types, generated from the OpenAPI document it serves at /docs/json.
 * Do not edit: \`npm run api:generate\` rewrites this file (a test fails when it is stale).
 */

`;

/** The checked-in text of a service's types, from its OpenAPI document. */
export async function renderApiTypes(service: ApiService, document: OpenAPIObject): Promise<string> {
  // a deep copy: openapi-typescript annotates the object it is given
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: false, exportType: false, rootTypes: false });
  return HEADER(service) + astToString(ast);
}

/** Builds every service on the platform without listening and takes its document. */
export async function buildApiDocuments(platform: TestPlatform): Promise<Record<ApiService, OpenAPIObject>> {
  const documents = {} as Record<ApiService, OpenAPIObject>;
  for (const service of API_SERVICES) {
    const definition = apiServiceDefinition(service);
    const config = loadConfig(definition.configClass, platform.env({ LOG_LEVEL: 'error', ...apiServiceEnv(service, platform) }));
    const app = await createServiceApp(definition, createRuntime(definition.name, config, platform.keys.publicKeyPem));
    try {
      documents[service] = apiDocumentOf(app);
    } finally {
      await app.close();
    }
  }
  return documents;
}

async function main(): Promise<void> {
  if (!existsSync(join(process.cwd(), 'apps', 'web', 'src'))) {
    process.stderr.write('run this from the project root (apps/web/src not found)\n');
    process.exit(2);
  }
  const platform = await TestPlatform.start();
  let documents: Record<ApiService, OpenAPIObject>;
  try {
    documents = await buildApiDocuments(platform);
  } finally {
    await platform.close();
  }
  mkdirSync(API_TYPES_DIR, { recursive: true });
  for (const service of API_SERVICES) {
    const path = apiTypesFile(service);
    const text = await renderApiTypes(service, documents[service]);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (before === text) {
      process.stdout.write(`unchanged ${path}\n`);
      continue;
    }
    writeFileSync(path, text);
    process.stdout.write(`${before === undefined ? 'wrote  ' : 'updated'} ${path}\n`);
  }
  if (process.env.API_DOCS_DUMP) {
    mkdirSync(process.env.API_DOCS_DUMP, { recursive: true });
    for (const service of API_SERVICES) writeFileSync(join(process.env.API_DOCS_DUMP, `${service}.json`), `${JSON.stringify(documents[service], null, 2)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  process.exit(0);
}
