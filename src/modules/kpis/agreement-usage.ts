import type { Db } from '../../db/database.ts';
import type { AgreementStatus } from '../../db/schema.ts';

/** What the agreements that list KPIs say about them: a card in a signed agreement is frozen, one in use stays. */
export type AgreementUsage = {
  /** The agreements (any status) that list the KPI. */
  agreementsListing: (db: Db, kpiId: number) => Promise<{ id: number; status: AgreementStatus }[]>;
  /** The KPIs of a set that an agreement past draft lists. */
  kpisInSignedAgreements: (db: Db, kpiSetId: number) => Promise<number[]>;
};

let usage: AgreementUsage | null = null;

/**
 * The agreements module reads this module (sets, KPIs, results), so this module cannot import it back: the
 * composition root (src/app.ts, src/startup.ts) hands in the agreements' answers here, as it does for score hooks.
 */
export function onAgreementUsage(u: AgreementUsage): void {
  usage = u;
}

export function agreementUsage(): AgreementUsage {
  if (!usage) throw new Error('agreement usage not wired: call onAgreementUsage at start-up');
  return usage;
}
