import { NestFactory } from '@nestjs/core';
import { createRuntime, loadConfigOrExit, PinoNestLogger } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { addDays, localDate } from '../cases/domain/calendar.js';
import { CaseworkModule } from '../casework.module.js';
import { CaseworkConfig } from '../config.js';
import { DutyRosterService } from '../duty-roster/duty-roster.service.js';
import { RoutingRulesService } from '../routing/routing-rules.service.js';
import { DEMO_ROUTING_RULES, DEMO_TOWNSHIP_LEADERS } from './demo-settings.js';

/**
 * Seeds casework's demo settings through its own services (migrations included): the routing
 * table, and leader reception duty for the past year and the next two months. Running it again
 * changes nothing that staff have since edited.
 */
const config = loadConfigOrExit('casework-seed', CaseworkConfig);
const runtime = createRuntime('casework', Object.assign(config, { EVENT_CONSUMERS: 'off' as const, DEADLINE_SWEEPER: 'off' as const, LOG_LEVEL: 'warn' }));
const app = await NestFactory.createApplicationContext(CaseworkModule.forRoot(runtime), { logger: new PinoNestLogger(runtime.logger) });
try {
  const rules = app.get(RoutingRulesService);
  if ((await rules.all()).length === 0) await rules.replaceAll(DEMO_ROUTING_RULES);
  const roster = app.get(DutyRosterService);
  const calendar = await app.get(CalendarService).current();
  const today = localDate(new Date());
  let months = 0;
  for (let month = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}`; month <= addDays(`${today.slice(0, 7)}-01`, 62).slice(0, 7); month = addDays(`${month}-01`, 32).slice(0, 7)) {
    for (const [township, leaders] of Object.entries(DEMO_TOWNSHIP_LEADERS)) {
      if ((await roster.month(township, month)).length > 0) continue;
      const days = [];
      for (let d = `${month}-01`, i = 0; d.startsWith(month); d = addDays(d, 1)) {
        if (!calendar.isWorkingDay(d)) continue;
        const n = i++ % leaders.length;
        days.push({ date: d, leaderId: `leader-${township}-${n + 1}`, leaderName: leaders[n]! });
      }
      await roster.replaceMonth(township, month, days);
    }
    months++;
  }
  process.stdout.write(`casework demo settings: ${DEMO_ROUTING_RULES.length} routing rules, reception duty for ${months} months in ${Object.keys(DEMO_TOWNSHIP_LEADERS).length} townships\n`);
} finally {
  await app.close();
}
