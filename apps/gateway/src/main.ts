import { runService } from '#platform';
import { GATEWAY_SERVICE } from './gateway.module.js';

await runService(GATEWAY_SERVICE);
