import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-21-0900-foundation.ts';
import * as kpisAgreements from './2026-11-21-1200-kpis-agreements.ts';
import * as reports from './2026-11-21-1500-reports.ts';
import * as registers from './2026-11-21-1600-registers.ts';

/** Every migration, in the order it runs. Names are ISO-date prefixed; never edit one after it has landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-21-0900-foundation': foundation,
  '2026-11-21-1200-kpis-agreements': kpisAgreements,
  '2026-11-21-1500-reports': reports,
  '2026-11-21-1600-registers': registers,
};
