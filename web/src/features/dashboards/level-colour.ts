/**
 * The heat table's colour per level: red for level 0–1 through green for level 5, with a text colour readable on
 * it; gray for no result. The same colours on screen and on paper.
 */
const colours: Record<number, { background: string; color: string }> = {
  0: { background: '#c92a2a', color: '#fff' },
  1: { background: '#f03e3e', color: '#fff' },
  2: { background: '#fd7e14', color: '#000' },
  3: { background: '#fcc419', color: '#000' },
  4: { background: '#94d82d', color: '#000' },
  5: { background: '#2f9e44', color: '#fff' },
};

const none = { background: '#f1f3f5', color: '#495057' };

export function levelColour(level: number | null): { background: string; color: string } {
  return level === null ? none : (colours[level] ?? none);
}

export const LEGEND_LEVELS = [1, 2, 3, 4, 5] as const;

/** What a KPI column is headed with: its key as the card writes it (T1, I5b). */
export const kpiLabel = (kpi: { key: string }) => kpi.key;
