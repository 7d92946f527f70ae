import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  TIDTAM_DATA_DIR: z.string().default('./data'),
  TIDTAM_DEMO: z.enum(['0', '1']).default('1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  TIDTAM_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TIDTAM_LOGIN_LIMIT: z.coerce.number().int().min(1).default(10),
  TIDTAM_SECURE_COOKIE: z.enum(['0', '1']).default('0'),
  TIDTAM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TIDTAM_FILES_DIR: z.string().optional(),
  TIDTAM_WEB_DIST: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Tidtam ติดตาม <no-reply@tidtam.local>'),
  LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1).optional(),
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  TIDTAM_SCHEDULER: z.enum(['0', '1']).default('1'),
  TIDTAM_TRUST_PROXY: z.string().trim().optional(),
  TIDTAM_VIEW_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(15),
  TIDTAM_DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  port: number;
  host: string;
  sessionHours: number;
  loginLimitPerMinute: number;
  secureCookie: boolean;
  logLevel: string;
  webDist: string;
  /** Uploaded evidence and photos, stored by their sha256. */
  filesDir: string;
  smtpUrl: string | undefined;
  smtpFrom: string;
  lineChannelAccessToken: string | undefined;
  lineApiBaseUrl: string;
  /** The reminder scheduler runs in src/server.ts unless TIDTAM_SCHEDULER=0. */
  scheduler: boolean;
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For/-Proto are believed (proxy-addr's list: IPs, CIDRs or
   * loopback, linklocal, uniquelocal); false: the peer's own address, as when clients connect directly.
   */
  trustProxy: string | false;
  /** How long an aggregate view (nation and districts dashboards, reports board) may be answered from the cache; 0: never. */
  viewCacheSeconds: number;
  /**
   * PostgreSQL connections one instance may hold at once (its pg pool's max; PGlite has one). Every instance holds up
   * to this many: instances × this, plus backups and the replica, must stay below the server's max_connections.
   */
  dbPoolMax: number;
  /** The time everything that depends on "today" reads; tests inject their own. */
  clock: () => Date;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ค่าตั้งค่าไม่ถูกต้อง (invalid configuration): ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TIDTAM_DATA_DIR),
    demo: e.TIDTAM_DEMO === '1',
    port: e.PORT,
    host: e.HOST,
    sessionHours: e.TIDTAM_SESSION_HOURS,
    loginLimitPerMinute: e.TIDTAM_LOGIN_LIMIT,
    secureCookie: e.TIDTAM_SECURE_COOKIE === '1',
    logLevel: e.TIDTAM_LOG_LEVEL,
    webDist: path.resolve(e.TIDTAM_WEB_DIST ?? path.join(import.meta.dirname, '../web/dist')),
    filesDir: path.resolve(e.TIDTAM_FILES_DIR ?? path.join(e.TIDTAM_DATA_DIR, 'files')),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    lineChannelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN,
    lineApiBaseUrl: e.LINE_API_BASE_URL,
    scheduler: e.TIDTAM_SCHEDULER === '1',
    trustProxy: e.TIDTAM_TRUST_PROXY && e.TIDTAM_TRUST_PROXY !== '0' ? e.TIDTAM_TRUST_PROXY : false,
    viewCacheSeconds: e.TIDTAM_VIEW_CACHE_SECONDS,
    dbPoolMax: e.TIDTAM_DB_POOL_MAX,
    clock: () => new Date(),
  };
}
