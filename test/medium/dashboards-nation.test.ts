import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/scoring/decimal.ts';
import { backfillScores } from '../../src/modules/agreements/rollup.ts';
import { budgetCriteria, makeKpiSet, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type AgreementPage = {
  agreement: { id: number; status: string };
  total: { score: string } | null;
  reported: number;
  expected: number;
  items: {
    kpiId: number;
    selected: boolean;
    evaluation: { level: number; score: string } | null;
    contribution: string | null;
  }[];
};

type ProvinceRow = {
  rank: number | null;
  code: string;
  regionCode: string;
  agreementId: number | null;
  score: string | null;
  districtMean: string | null;
  districts: number;
  levels: { kpiId: number; level: number | null }[];
};

type Nation = {
  rounds: { fiscalYear: number; round: number }[];
  round: { fiscalYear: number; round: number } | null;
  regions: {
    rank: number | null;
    code: string;
    provinceMean: string | null;
    districtMean: string | null;
    provinces: number;
    provincesTotal: number;
    districts: number;
  }[];
  kpis: { kpiId: number }[];
  provinces: ProvinceRow[];
  withoutAgreement: { code: string }[];
};

describe.each(engines())('nation and region dashboards from the scores kept on write, on %s', (engine) => {
  let t: TestApp;
  let cdd: Session;
  let cddViewer: Session;
  let yala: Session;
  let yalaDistrict: Session;
  let narathiwat: Session;
  let dg: { id: number; kpiIds: Record<string, number> };
  let yalaSet: { id: number; kpiIds: Record<string, number> };
  const agreementOf: Record<string, number> = {};

  /** The rollup rows of an agreement equal the agreement page's total, counts and every item's level and score. */
  async function expectRollupEqualsPage(who: Session, id: number) {
    const page: AgreementPage = (await who.get(`/api/agreements/${id}`)).json();
    const stored = await t.handle.db
      .selectFrom('agreement_scores')
      .selectAll()
      .where('agreement_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.score).toBe(page.total?.score ?? null);
    expect([stored.reported, stored.expected, stored.status]).toEqual([
      page.reported,
      page.expected,
      page.agreement.status,
    ]);
    const levels = await t.handle.db
      .selectFrom('agreement_item_levels')
      .selectAll()
      .where('agreement_id', '=', id)
      .orderBy('kpi_id')
      .execute();
    const fromPage = [...page.items]
      .sort((a, b) => a.kpiId - b.kpiId)
      .map((i) => ({
        kpi_id: i.kpiId,
        selected: i.selected,
        level: i.evaluation?.level ?? null,
        score: i.evaluation?.score ?? null,
        weighted_score: i.contribution,
      }));
    expect(
      levels.map(({ kpi_id, selected, level, score, weighted_score }) => ({
        kpi_id,
        selected,
        level,
        score,
        weighted_score,
      })),
    ).toEqual(fromPage);
    return page;
  }

  const result = async (who: Session, kpiId: number, unitCode: string, value: string) => {
    const put = await who.send('PUT', '/api/kpi-results', { kpiId, unitCode, value, asOf: '2026-03-31' });
    expect(put.statusCode, put.body).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'viewer', 'CDD'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '96'),
    ]);
    [cdd, cddViewer, yala, yalaDistrict, narathiwat] = await loginEach(t.app, users);
    dg = await makeKpiSet(t.handle, 'CDD', 2569, 1, [
      { key: 'D1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'D2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของแผน', criteria: planCriteria },
    ]);
    yalaSet = await makeKpiSet(t.handle, '95', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    // Yala, Narathiwat (CODI South) and Chachoengsao (CODI Bangkok–East) have DG agreements; Songkhla (90) none.
    for (const code of ['95', '96', '24']) {
      const made = await cdd.send('POST', '/api/agreements', {
        kpiSetId: dg.id,
        pair: 'dg_province',
        agentCode: code,
        items: [
          { kpiId: dg.kpiIds.D1, weight: '60' },
          { kpiId: dg.kpiIds.D2, weight: '40' },
        ],
      });
      expect(made.statusCode, made.body).toBe(201);
      agreementOf[code] = made.json().agreement.id;
    }
    for (const code of ['9501', '9502']) {
      const made = await yala.send('POST', '/api/agreements', {
        kpiSetId: yalaSet.id,
        pair: 'province_district',
        agentCode: code,
        items: [{ kpiId: yalaSet.kpiIds.T1, weight: '100' }],
      });
      expect(made.statusCode, made.body).toBe(201);
      agreementOf[code] = made.json().agreement.id;
    }
  });
  afterAll(() => t.close());

  it('a new agreement has its stored score at once, without results', async () => {
    const page = await expectRollupEqualsPage(cdd, agreementOf['95'] as number);
    expect(page.reported).toBe(0);
  });

  it('saving a result re-scores the agreements that use the KPI for that unit, and only those', async () => {
    const before = await t.handle.db
      .selectFrom('agreement_scores')
      .select(['agreement_id', 'refreshed_at'])
      .where('agreement_id', '=', agreementOf['96'] as number)
      .executeTakeFirstOrThrow();
    await result(cdd, dg.kpiIds.D1 as number, '95', '92.5');
    await result(cdd, dg.kpiIds.D2 as number, '95', '81');
    await result(cdd, dg.kpiIds.D1 as number, '96', '100');
    await result(cdd, dg.kpiIds.D1 as number, '24', '86');
    await result(cdd, dg.kpiIds.D2 as number, '24', '96');
    await result(yala, yalaSet.kpiIds.T1 as number, '9501', '89.30');
    await result(yalaDistrict, yalaSet.kpiIds.T1 as number, '9501', '95.5');
    await result(yala, yalaSet.kpiIds.T1 as number, '9502', '81');
    for (const code of ['95', '96', '24']) await expectRollupEqualsPage(cdd, agreementOf[code] as number);
    for (const code of ['9501', '9502']) await expectRollupEqualsPage(yala, agreementOf[code] as number);
    const narathiwatPage = await expectRollupEqualsPage(cdd, agreementOf['96'] as number);
    expect(narathiwatPage.reported).toBe(1);
    expect(before.agreement_id).toBe(agreementOf['96']);
  });

  it("editing an agreement, a KPI's criteria, signing and amending each keep the stored score equal to the page", async () => {
    const edited = await cdd.send('PUT', `/api/agreements/${agreementOf['96']}`, {
      items: [
        { kpiId: dg.kpiIds.D1, weight: '30' },
        { kpiId: dg.kpiIds.D2, weight: '70' },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await expectRollupEqualsPage(cdd, agreementOf['96'] as number);

    // Yala's districts' KPI is still in drafts: its criteria may change, and both districts are re-scored.
    const kpi = (await yala.get(`/api/kpi-sets/${yalaSet.id}`)).json().kpis[0];
    const { id, kpiSetId: _set, formulaWords: _words, ...card } = kpi;
    const changed = await yala.send('PUT', `/api/kpis/${id}`, {
      ...card,
      criteria: { ...budgetCriteria, thresholds: ['70', '75', '80', '85', '90'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const mueang = await expectRollupEqualsPage(yala, agreementOf['9501'] as number);
    expect(mueang.items[0]?.evaluation?.level).toBe(5);
    await expectRollupEqualsPage(yala, agreementOf['9502'] as number);

    expect(
      (await cdd.send('POST', `/api/agreements/${agreementOf['95']}/sign`, { side: 'principal' })).statusCode,
    ).toBe(200);
    await expectRollupEqualsPage(cdd, agreementOf['95'] as number);
    const signed = await yala.send('POST', `/api/agreements/${agreementOf['95']}/sign`, {
      side: 'agent',
    });
    expect(signed.json().agreement.status).toBe('signed');
    await expectRollupEqualsPage(cdd, agreementOf['95'] as number);

    // An amendment is a draft: the signed version stays the one in force (and the one stored).
    const amended = await cdd.send('POST', `/api/agreements/${agreementOf['95']}/amend`, {
      reason: 'ปรับน้ำหนักตามหนังสือกรม ที่ มท 0401/ว 123',
    });
    expect(amended.statusCode, amended.body).toBe(201);
    const stored = await t.handle.db
      .selectFrom('agreement_scores')
      .select(['agreement_id', 'status'])
      .where('kpi_set_id', '=', dg.id)
      .where(
        'agent_unit_id',
        '=',
        (
          await t.handle.db
            .selectFrom('units')
            .select('id')
            .where('code', '=', '95')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();
    expect(stored).toEqual([{ agreement_id: agreementOf['95'], status: 'signed' }]);
  });

  it('the start-up backfill rebuilds lost rows with the same code', async () => {
    const before = await t.handle.db
      .selectFrom('agreement_scores')
      .selectAll()
      .orderBy('agreement_id')
      .execute();
    await t.handle.db.deleteFrom('agreement_scores').execute();
    expect(await backfillScores(t.handle.db)).toBe(before.length);
    const after = await t.handle.db
      .selectFrom('agreement_scores')
      .selectAll()
      .orderBy('agreement_id')
      .execute();
    expect(after.map(({ refreshed_at: _r, ...row }) => row)).toEqual(
      before.map(({ refreshed_at: _r, ...row }) => row),
    );
  });

  it('the nation view: region means computed from the agreement pages, provinces ranked, the others apart', async () => {
    const scoreOf = async (code: string, who: Session = cdd) =>
      ((await who.get(`/api/agreements/${agreementOf[code]}`)).json() as AgreementPage).total
        ?.score as string;
    const [s95, s96, s24, s9501, s9502] = await Promise.all([
      scoreOf('95'),
      scoreOf('96'),
      scoreOf('24'),
      scoreOf('9501', yala),
      scoreOf('9502', yala),
    ]);
    const res = await cddViewer.get('/api/dashboards/nation?grouping=codi');
    expect(res.statusCode, res.body).toBe(200);
    const nation: Nation = res.json();
    expect(nation.round).toEqual({ fiscalYear: 2569, round: 1 });
    const south = nation.regions.find((r) => r.code === 'CODI-S');
    expect(south).toMatchObject({
      provinceMean: new Dec(s95).plus(s96).div(2).toFixed(4),
      districtMean: new Dec(s9501).plus(s9502).div(2).toFixed(4),
      provinces: 2,
      districts: 2,
    });
    expect(south?.provincesTotal).toBe(14);
    const east = nation.regions.find((r) => r.code === 'CODI-BE');
    expect(east).toMatchObject({ provinceMean: new Dec(s24).toFixed(4), districtMean: null, provinces: 1 });
    const north = nation.regions.find((r) => r.code === 'CODI-N');
    expect(north).toMatchObject({ provinceMean: null, provinces: 0, rank: null });
    const ranked = [
      ['95', s95],
      ['96', s96],
      ['24', s24],
    ].sort((a, b) => new Dec(b[1] as string).comparedTo(a[1] as string));
    expect(nation.provinces.map((p) => p.code)).toEqual(ranked.map(([code]) => code));
    expect(nation.provinces.map((p) => p.rank)).toEqual([1, 2, 3]);
    expect(nation.withoutAgreement.map((p) => p.code)).toContain('90');
    expect(nation.withoutAgreement).toHaveLength(77 - 3);
    const yalaRow = nation.provinces.find((p) => p.code === '95');
    expect(yalaRow?.districts).toBe(2);
    const page: AgreementPage = (await cdd.get(`/api/agreements/${agreementOf['95']}`)).json();
    expect(yalaRow?.levels).toEqual(
      page.items.map((i) => ({
        kpiId: i.kpiId,
        level: i.evaluation?.level ?? null,
        score: i.evaluation?.score ?? null,
        nextTh: expect.anything(),
      })),
    );
    expect(nation.kpis.map((k) => k.kpiId)).toEqual([dg.kpiIds.D1, dg.kpiIds.D2]);

    const geo: Nation = (await cdd.get('/api/dashboards/nation?grouping=geo&fiscalYear=2569&round=1')).json();
    expect(geo.regions.map((r) => r.code).sort()).toEqual([
      'GEO-C',
      'GEO-E',
      'GEO-N',
      'GEO-NE',
      'GEO-S',
      'GEO-W',
    ]);
    expect(geo.regions.find((r) => r.code === 'GEO-E')?.provinceMean).toBe(new Dec(s24).toFixed(4));
  });

  it('the region view lists its provinces; the districts dashboard opens on a province by fiscal year and round', async () => {
    const res = await cdd.get('/api/dashboards/region?code=CODI-S&fiscalYear=2569&round=1');
    expect(res.statusCode, res.body).toBe(200);
    const region = res.json();
    expect(region.region).toMatchObject({ code: 'CODI-S', grouping: 'codi' });
    expect(region.provinces.map((p: ProvinceRow) => p.code).sort()).toEqual(['95', '96']);
    expect(region.withoutAgreement).toHaveLength(12);
    expect(region.summary.provinces).toBe(2);
    const districts = await cdd.get('/api/dashboards/districts?unit=95&fiscalYear=2569&round=1');
    expect(districts.statusCode, districts.body).toBe(200);
    expect(districts.json().round.kpiSetId).toBe(yalaSet.id);
    expect((await cdd.get('/api/dashboards/region?code=CODI-X')).statusCode).toBe(404);
    expect((await cdd.get('/api/dashboards/nation?fiscalYear=2570&round=1')).statusCode).toBe(404);
    expect((await cdd.get('/api/dashboards/nation?fiscalYear=2569')).statusCode).toBe(400);
  });

  it('a province or district user gets 403 on the nation and region views and exports', async () => {
    for (const who of [yala, yalaDistrict, narathiwat])
      for (const url of [
        '/api/dashboards/nation',
        '/api/dashboards/region?code=CODI-S',
        '/api/dashboards/nation/export?fiscalYear=2569&round=1&table=provinces',
        '/api/dashboards/region/export?code=CODI-S&fiscalYear=2569&round=1&table=levels',
      ])
        expect((await who.get(url)).statusCode, url).toBe(403);
  });

  it('exports each table as xlsx and CSV with Thai headers only', async () => {
    for (const table of ['regions', 'provinces', 'levels']) {
      const res = await cdd.get(
        `/api/dashboards/nation/export?fiscalYear=2569&round=1&grouping=codi&table=${table}&format=xlsx`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      const header = (sheet.getRow(1).values as unknown[]).filter(Boolean) as string[];
      expect(
        header.every((h) => /[\u0E00-\u0E7F]/.test(h)),
        header.join(),
      ).toBe(true);
      const second = (sheet.getRow(2).values as unknown[]).filter((v) => v !== undefined && v !== null);
      expect(second.some((v) => typeof v === 'string' && /^[a-z_]+$/.test(v))).toBe(false);
    }
    const csv = await cdd.get(
      '/api/dashboards/region/export?code=CODI-S&fiscalYear=2569&round=1&table=provinces&format=csv',
    );
    expect(csv.statusCode, csv.body).toBe(200);
    const [head, first] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(head).toBe('อันดับ,รหัสจังหวัด,จังหวัด,ภาค,คะแนนคำรับรองจังหวัด,คะแนนเฉลี่ยอำเภอ,อำเภอที่มีคำรับรอง,อำเภอทั้งหมด');
    expect(first).toMatch(/^1,/);
  });
});
