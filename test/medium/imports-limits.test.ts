import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSlots } from '../../src/modules/imports/import-slots.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { sharedStringsBomb, sheetBomb, workbookParts, zipOf } from '../xlsx-bombs.ts';

const BUDGET = '/api/registers/budget/import?unit=9501&fiscalYear=2568';
const HEADER = ['unit_code', 'category', 'name', 'kind', 'date', 'amount', 'against_po', 'note'];
const ROW = ['9501', 'งบดำเนินงาน', 'ส่งเสริมอาชีพ', 'ได้รับจัดสรร', '2025-01-10', '1000', '', ''];
const csv = (lines: string[][]) => lines.map((l) => l.join(',')).join('\n');
/** What a refusal must never show: the parser's own words. */
const RAW = /signature|Error|undefined|0x[0-9a-f]{4}|[A-Za-z]{3,} [a-z]{3,}/;

describe.each(engines())('import limits on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    [mueang] = await loginEach(t.app, [await makeUser(t.handle, 'district_officer', '9501')] as const);
  });
  afterAll(() => t.close());

  const upload = (url: string, filename: string, content: Buffer | string) => {
    const { payload, headers } = multipartFile(filename, content);
    return mueang.send('POST', url, payload, headers);
  };
  const events = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('budget_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** A Thai refusal with the status and code given, nothing saved. */
  async function expectRefused(
    res: Awaited<ReturnType<typeof upload>>,
    status: number,
    code: string,
    message: string,
  ) {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toContain(message);
    expect(res.json().error.message).not.toMatch(RAW);
    expect(await events()).toBe(0);
  }

  it('refuses a sheet bomb from its zip directory before inflating it (413 naming the limit)', async () => {
    const bomb = await sheetBomb(HEADER, 300);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expectRefused(await upload(BUDGET, 'bomb.xlsx', bomb), 413, 'too_large', '256 MB');
  });

  it('counts the inflated bytes as they stream when the directory lies about them', async () => {
    const bomb = await sheetBomb(HEADER, 300, true);
    await expectRefused(await upload(BUDGET, 'bomb.xlsx', bomb), 413, 'too_large', '256 MB');
  });

  it('does not cache a shared-strings bomb whole', async () => {
    const bomb = await sharedStringsBomb(HEADER, 40, true);
    await expectRefused(await upload(BUDGET, 'strings.xlsx', bomb), 413, 'too_large', '32 MB');
  });

  it('refuses a CSV past 200,000 rows, a cell past 2,000 characters, a NUL and a row past 200 columns (422)', async () => {
    const many = csv([HEADER, ...Array.from({ length: 200_000 }, () => ROW)]);
    await expectRefused(await upload(BUDGET, 'many.csv', many), 422, 'too_many_rows', 'ไฟล์มีเกิน 200,000 แถว');
    const long = csv([HEADER, [...ROW.slice(0, 7), 'ก'.repeat(2_001)]]);
    await expectRefused(
      await upload(BUDGET, 'long.csv', long),
      422,
      'cell_too_long',
      'แถวที่ 2 มีช่องที่ยาวเกิน 2,000',
    );
    const wide = csv([HEADER, [...ROW, ...Array.from({ length: 200 }, () => 'x')]]);
    await expectRefused(await upload(BUDGET, 'wide.csv', wide), 422, 'too_many_columns', 'เกิน 200 คอลัมน์');
    const nul = csv([HEADER, [...ROW.slice(0, 7), 'ก\u0000ข']]);
    await expectRefused(await upload(BUDGET, 'nul.csv', nul), 422, 'invalid_cell', 'แถวที่ 2 มีอักขระ NUL');
    const commas = `${HEADER.join(',')}\n${','.repeat(3_000_000)}`;
    await expectRefused(await upload(BUDGET, 'commas.csv', commas), 422, 'too_many_columns', 'เกิน 200 คอลัมน์');
  });

  it('refuses an upload past 100 MB with 413 instead of importing the part that fit', async () => {
    const line = `${ROW.join(',')}\n`;
    const big = Buffer.from(
      `${HEADER.join(',')}\n${line.repeat(Math.ceil((101 * 1024 * 1024) / line.length))}`,
    );
    await expectRefused(await upload(BUDGET, 'big.csv', big), 413, 'too_large', 'ไฟล์มีขนาดเกิน 100 MB');
  });

  it('refuses an xlsx cell past 2,000 characters before its text is built whole', async () => {
    const { parts, sheetHead, sheetTail } = await workbookParts(HEADER);
    const cell = `<row r="2"><c r="A2" t="inlineStr"><is><t>${'ก'.repeat(50_000)}</t></is></c></row>`;
    const file = await zipOf(
      parts.map((p) =>
        p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: Buffer.from(sheetHead + cell + sheetTail) } : p,
      ),
    );
    await expectRefused(await upload(BUDGET, 'long.xlsx', file), 422, 'cell_too_long', '2,000 ตัวอักษร');
  });

  it('answers a corrupt zip in Thai and keeps the parser’s words for the log, here and in a household job', async () => {
    const { parts } = await workbookParts(HEADER);
    const file = await zipOf(parts);
    const second = file.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    file.writeUInt32LE(0x9da83372, second);
    await expectRefused(
      await upload(BUDGET, 'corrupt.xlsx', file),
      422,
      'import_unreadable',
      'อ่านไฟล์ Excel ไม่ได้',
    );

    const started = await upload(
      '/api/registers/households/import?unit=9501&fiscalYear=2568',
      'corrupt.xlsx',
      file,
    );
    expect(started.statusCode).toBe(202);
    let job = started.json().job;
    for (let i = 0; i < 100 && !['failed', 'done'].includes(job.status); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await mueang.get(`/api/registers/imports/${job.id}`)).json().job;
    }
    expect(job.status).toBe('failed');
    expect(job.message).toContain('อ่านไฟล์ Excel ไม่ได้');
    expect(job.message).not.toMatch(RAW);
  });

  it('keeps answering /api/health with a bounded heap while four bombs are uploaded at once', async () => {
    const bomb = await sheetBomb(HEADER, 300, true);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    let importing = true;
    const health: number[] = [];
    const polling = (async () => {
      while (importing) {
        health.push((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 4 }, () => upload(BUDGET, 'bomb.xlsx', bomb)));
    importing = false;
    await polling;
    clearInterval(sampler);
    expect(answers.map((a) => a.statusCode)).toEqual([413, 413, 413, 413]);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
    expect((peak - before) / 1024 / 1024).toBeLessThan(300);
    expect(await events()).toBe(0);
  });

  it('queues imports past the two running and answers 503 with Retry-After once the queue is full', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const busy = Array.from({ length: importSlots.max + importSlots.maxWaiting }, () =>
      importSlots.run(() => held),
    );
    const refused = await upload(BUDGET, 'rows.csv', csv([HEADER, ROW]));
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.json().error.message).toContain('กรุณารอ');
    release();
    await Promise.all(busy);
    const accepted = await upload(BUDGET, 'rows.csv', csv([HEADER, ROW]));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await events()).toBe(1);
  });

  it("writes a CSV text cell that starts a formula as '= and imports it back as it was", async () => {
    const created = await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 1,
      name: '=HYPERLINK("http://x.example","คลิก")',
      completionPercent: '40',
    });
    expect(created.statusCode, created.body).toBe(201);
    const exported = await mueang.get(
      '/api/registers/projects/export.xlsx?unit=9501&fiscalYear=2568&format=csv',
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(`"'=HYPERLINK(""http://x.example"",""คลิก"")"`);
    expect(exported.body).not.toMatch(/(^|,)"?=/m);
    const imported = await upload(
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.csv',
      exported.rawPayload,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 0, updated: 1 });
  });
});
