import { describe, expect, it } from 'vitest';
import { injectAs } from '../access-matrix.ts';
import { fingerprint, settledJob, tableText, worldOf } from '../access-world.ts';
import { type BadCase, badInputCases } from '../bad-input-cases.ts';
import { engines } from '../helpers.ts';

const THAI = /[\u0E00-\u0E7F]/;
/** Internal error text that must never reach a user. */
const RAW =
  /Cannot read|invalid signature|is not a function|TypeError|SyntaxError|RangeError|Unexpected (token|end)|ENOENT|violates|constraint|invalid byte sequence|Internal Server Error|at [\w.]+ \(|\bundefined\b|ควรเป็น ?[a-z]|ได้รับ ?[a-z]/;

const REFUSALS = [400, 404, 409, 413, 415, 422];

/** The API key of a refused field and each Latin segment of its path of 3+ letters: 'kpis.0.weight' → kpis, weight. */
function latinKeys(field: string | undefined): string[] {
  if (field === undefined || !/[a-z]/i.test(field)) return [];
  const segments = field.split(/[.[\]/]/).filter((part) => /[a-z]/i.test(part) && part.length >= 3);
  return [...new Set([field, ...segments])];
}

describe.each(engines())('bad input on %s', (engine) => {
  const world = worldOf(engine);

  it('has at least 200 cases', () => {
    expect(badInputCases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(badInputCases.map((c) => [c.name, c] as const))('%s', async (_, c: BadCase) => {
    const w = world();
    const call = await c.call(w);
    const before = await fingerprint(w, c.tables);
    const res = await injectAs(w, 'department_admin', call);
    const shown = `${res.statusCode} ${res.body.slice(0, 400)}`;
    if (c.accepted) {
      expect(res.statusCode, shown).toBeLessThan(300);
      if (c.stored) {
        const text = await tableText(w, c.tables);
        expect(text).toContain(c.stored.present);
        expect(text).not.toContain(c.stored.absent);
      }
      return;
    }
    expect(res.statusCode, shown).toBeLessThan(500);
    // The household import answers 202 and refuses a bad file in its job.
    if (c.job && res.statusCode === 202) {
      const job = await settledJob(w, res.json().job.id);
      expect(job.status, JSON.stringify(job)).toBe('failed');
      const said = [job.message, ...job.errors.map((e: { message: string }) => e.message)].join(' ');
      expect(said).toMatch(THAI);
      expect(said).not.toMatch(RAW);
    } else {
      expect(REFUSALS, shown).toContain(res.statusCode);
      const { message, field } = res.json().error as { message: string; field?: string };
      expect(message, shown).toMatch(THAI);
      // The refusal names the field for programs (`field`), never by its API key in the words a user reads:
      // neither the key itself nor any Latin part of its path ('criteria.thresholds.2' → criteria, thresholds).
      for (const key of latinKeys(field)) expect(message, shown).not.toContain(key);
      // A field a user fills in names its allowed values as the screens do, never as API values ('ต้องเป็นหนึ่งใน:
      // higher, lower'); a query parameter's values are the URL's own words (format=xlsx, reduced=true).
      if (call.method !== 'GET') expect(message, shown).not.toMatch(/ต้องเป็น ?[a-z]|หนึ่งใน:.*[a-z]{2,}/);
      // A refused list item is named, counted from 1, and once: 'ที่รายการที่ 3' or the list's own words
      // 'ค่าเกณฑ์ระดับที่ 3', never both ('ข้อมูลไม่ถูกต้อง ที่รายการที่ 3: … ค่าเกณฑ์ระดับที่ 3').
      const row = field?.split('.').find((part) => /^\d+$/.test(part));
      if (row !== undefined) expect(message, shown).toMatch(new RegExp(`ที่ ${Number(row) + 1}(?!\\d)`));
      expect(message, shown).not.toMatch(/^ข้อมูลไม่ถูกต้อง ที่รายการที่ (\d+): .*ที่ \1(?!\d)/);
      expect(res.body).not.toMatch(RAW);
    }
    expect(await fingerprint(w, c.tables)).toBe(before);
  });
});
