import { runService } from '#platform';
import { NOTIFICATION_SERVICE } from './notification.module.js';

await runService(NOTIFICATION_SERVICE);
