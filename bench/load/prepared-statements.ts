// Named prepared statements (src/db/prepared.ts) against the unnamed ones pg sends by default, in one process on one
// PostgreSQL: the session read every request makes (findSessionUser), N times on one connection each way, after a
// warm-up; prints the round trip and this process's CPU per statement, so the difference is PostgreSQL's parsing and
// planning. Scratch database on TEST_DATABASE_URL (or DATABASE_URL), dropped afterwards. Asserts nothing.
// Run: npx tsx bench/load/prepared-statements.ts [--n 3000]
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openPostgres } from '../../src/db/database.ts';
import type { Database } from '../../src/db/schema.ts';
import { findSessionUser } from '../../src/modules/auth/queries.ts';
import { postgresServer, scratchDatabase } from '../nation/scratch.ts';

const i = process.argv.indexOf('--n');
const n = i >= 0 ? Number(process.argv[i + 1]) || 3000 : 3000;
const server = postgresServer();
if (!server) throw new Error('set TEST_DATABASE_URL or DATABASE_URL');

const scratch = await scratchDatabase('postgresql');
const url = new URL(server);
url.pathname = `/${(await scratch.db.selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name')).executeTakeFirstOrThrow()).name}`;
const named = openPostgres(url.toString(), 1).db;
const unnamed = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 1 }) }),
});

async function perStatement(db: Kysely<Database>) {
  for (let k = 0; k < 50; k++) await findSessionUser(db, `warm-${k}`, new Date());
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let k = 0; k < n; k++) await findSessionUser(db, `session-${k}`, new Date());
  const wall = ((performance.now() - started) * 1000) / n;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / n };
}

const us = (v: number) => `${v.toFixed(0).padStart(5)} µs`;
for (let round = 1; round <= 3; round++) {
  const base = await perStatement(unnamed);
  const mine = await perStatement(named);
  console.log(
    `round ${round}: unnamed ${us(base.wall)} round trip (${us(base.cpu)} here), named ${us(mine.wall)} ` +
      `(${us(mine.cpu)} here): ratio ${(base.wall / mine.wall).toFixed(2)}×, PostgreSQL and the wire ` +
      `${us(base.wall - base.cpu)} → ${us(mine.wall - mine.cpu)}`,
  );
}
await named.destroy();
await unnamed.destroy();
await scratch.close();
