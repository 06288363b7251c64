import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { SERVICES } from '../forwarding/forward-to-services.js';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>清溪县信访工作平台</title>
<p>网页前端尚未构建：请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。</p></html>`;

/**
 * The built console (`/`) and citizens' pages (`/public/…`): hashed assets cached for a year,
 * the HTML never cached (so a deployment is picked up at once), client-side routes answered
 * with their page's HTML. API paths that match nothing stay JSON 404s.
 */
export async function serveWebFrontEnd(fastify: FastifyInstance, webDist: string, logger: Logger): Promise<void> {
  const root = resolve(webDist);
  const built = existsSync(join(root, 'index.html'));
  if (!built) logger.warn({ root }, 'the web front end is not built (npm run build:web): pages answer 503 until it is');

  await fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: true,
    index: false,
    wildcard: true,
    // file names carry a content hash: a new build is a new URL
    immutable: true,
    maxAge: '365d',
    // compressed by @fastify/compress, once per request; a CDN or ingress may cache it
    preCompressed: false,
  });

  const page = (file: string) => async (_request: unknown, reply: FastifyReply) => {
    if (!built) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile(file, root, { cacheControl: false });
  };
  const citizens = page('public/index.html');
  const consolePage = page('index.html');

  for (const url of ['/public', '/public/', '/public/*']) fastify.get(url, citizens);
  fastify.get('/', consolePage);
  for (const file of ['favicon.ico', 'favicon.svg', 'robots.txt']) {
    fastify.get(`/${file}`, async (_request, reply) => (existsSync(join(root, file)) ? reply.sendFile(file, root) : reply.code(404).send()));
  }
  // the console's client-side routes (/cases/…, /register …); anything that looks like an API or a file is a 404
  const apiPrefixes = ['/api/', '/docs', '/health', '/metrics', ...SERVICES.map((s) => `/${s}/`)];
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?', 1)[0]!;
    if (apiPrefixes.some((p) => path.startsWith(p)) || /\.[a-z0-9]{1,8}$/i.test(path)) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: '没有这个接口或页面' });
    }
    return consolePage(request, reply);
  });
}
