import { runService } from '#platform';
import { CASEWORK_SERVICE } from './casework.module.js';

await runService(CASEWORK_SERVICE);
