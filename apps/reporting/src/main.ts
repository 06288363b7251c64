import { runService } from '#platform';
import { REPORTING_SERVICE } from './reporting.module.js';

await runService(REPORTING_SERVICE);
