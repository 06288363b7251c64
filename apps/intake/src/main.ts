import { runService } from '#platform';
import { INTAKE_SERVICE } from './intake.module.js';

await runService(INTAKE_SERVICE);
