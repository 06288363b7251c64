/** Creates the database named in DATABASE_URL if it does not exist (the services create their own schemas). */
import pg from 'pg';

const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xinfang');
const database = decodeURIComponent(url.pathname.slice(1));
const admin = new URL(url);
admin.pathname = '/postgres';
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount === 0) {
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    process.stdout.write(`created database ${database}\n`);
  }
} finally {
  await client.end();
}
