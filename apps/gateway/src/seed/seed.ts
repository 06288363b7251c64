import { createDataSource, loadConfigOrExit, migrateSchema } from '#platform';
import { AccountStore } from '../accounts/account-store.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { GatewayConfig } from '../config.js';
import { GATEWAY_SCHEMA } from '../gateway.module.js';
import { AccountsAndSessions1765100000000 } from '../persistence/migrations/1765100000000-accounts-and-sessions.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/**
 * Migrates the gateway's schema and creates the demo county's staff accounts (never in
 * production). An account that exists is left as it is, its password included.
 */
const config = loadConfigOrExit('gateway-seed', GatewayConfig);
if (config.NODE_ENV === 'production') {
  process.stderr.write('gateway-seed: demo accounts are never created in production\n');
  process.exit(1);
}
const dataSource = createDataSource({ url: config.DATABASE_URL, schema: GATEWAY_SCHEMA, migrations: [AccountsAndSessions1765100000000], applicationName: 'gateway-seed', poolSize: 2 });
await dataSource.initialize();
try {
  await migrateSchema(dataSource, GATEWAY_SCHEMA);
  const accounts = new AccountStore(dataSource);
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    const inserted = await accounts.insert(dataSource, {
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      townshipCode: a.townshipCode ?? null,
      unitCode: a.unitCode ?? null,
      mobile: null,
      passwordHash,
      mustChangePassword: false,
    });
    if (inserted) created++;
  }
  process.stdout.write(`  demo accounts: ${created} created, ${DEMO_ACCOUNTS.length - created} already there\n`);
} finally {
  await dataSource.destroy();
}
