/** Tables of the registers that feed KPIs (issue R1-4), added with their migration. */
export type RegisterTables = Record<never, never>;
