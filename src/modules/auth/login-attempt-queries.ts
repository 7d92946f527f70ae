import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Counts one login attempt under each key, in one statement shared by every instance: a key whose window has ended
 * starts a new one of `seconds`; rows of other ended windows are deleted on the way (never the keys counted here,
 * which a statement may not change twice). Answers each key's hits in its current window.
 */
export async function countAttempts(db: Db, keys: string[], seconds: number): Promise<Map<string, number>> {
  const result = await sql<{ key: string; hits: number }>`
    with expired as (
      delete from login_attempts where window_end <= now() and not (key = any(${keys}::text[]))
    )
    insert into login_attempts (key, window_end, hits)
    select key, now() + make_interval(secs => ${seconds}), 1 from unnest(${keys}::text[]) as k(key)
    on conflict (key) do update set
      hits = case when login_attempts.window_end <= now() then 1 else login_attempts.hits + 1 end,
      window_end = case when login_attempts.window_end <= now() then excluded.window_end else login_attempts.window_end end
    returning key, hits`.execute(db);
  return new Map(result.rows.map((r) => [r.key, Number(r.hits)]));
}
