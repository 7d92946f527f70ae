import { Decimal } from 'decimal.js';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { loginAs, makeUser, type Session } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

const FUND_FORM = 'แบบติดตามการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง';
const KPI_FORM = 'แบบการติดตามผลการดำเนินงานตามตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ';

const input = (page: Page, key: string) => page.getByTestId(`form-input-${key}`);
const signer = (page: Page, key: string, index: number, part: 'name' | 'position') =>
  page.getByTestId(`form-signature-${key}-${index}-${part}`);
const saveStatus = (page: Page) => page.getByTestId('follow-up-save-status').getAttribute('data-status');
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.each(browserEngines())('follow-up forms in the browser on %s', (engine) => {
  let e: E2e;
  let admin: { username: string; password: string };
  let session: Session;

  beforeAll(async () => {
    e = await startE2e(engine);
    admin = await makeUser(e.handle, 'province_admin', '34');
    session = await loginAs(e.app, admin.username, admin.password);
    // Warin Chamrap's register: two village funds and one urban fund, two of them juristic persons.
    const funds = [
      {
        name: 'กองทุนหมู่บ้านทดสอบ 1',
        type: 'village',
        juristicPerson: true,
        capital: [{ round: 'government-allocation' }],
        savings: null,
      },
      { name: 'กองทุนหมู่บ้านทดสอบ 2', type: 'village', juristicPerson: false, capital: [], savings: null },
      { name: 'กองทุนชุมชนเมืองทดสอบ', type: 'urban', juristicPerson: true, capital: [], savings: '80000' },
    ];
    for (const fund of funds) {
      const res = await session.send('POST', '/api/registers/community-funds', { unitCode: '3415', ...fund });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Warin Chamrap's agreement (round 2/2566) with one KPI scored.
    const set = await makeKpiSet(e.handle, '34', 2566, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายเงินงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของแผน', criteria: budgetCriteria },
    ]);
    const made = await session.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '3415',
      items: [
        { kpiId: set.kpiIds.T1, weight: '60' },
        { kpiId: set.kpiIds.T2, weight: '40' },
      ],
    });
    expect(made.statusCode, made.body).toBe(201);
    const result = await session.send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '3415',
      value: '89.30',
      asOf: '2023-07-15',
    });
    expect(result.statusCode, result.body).toBe(200);
  });
  afterAll(async () => {
    await e?.close();
  });

  it('fills the fund form on a phone from the register, names the missing signer, finishes, locks, prints and amends it', async () => {
    const page = await newPage(e, 390);
    await logIn(page, admin.username, admin.password);
    await page.goto('/follow-ups');
    expect(await page.getByTestId('follow-ups-empty').textContent()).toContain('กรอกแบบติดตามใหม่');
    await page.getByTestId('follow-up-new').click();
    await page.getByTestId('follow-up-template').click();
    await page.getByRole('option', { name: FUND_FORM }).click();
    await page.getByTestId('follow-up-district').click();
    await page.getByRole('option', { name: 'วารินชำราบ' }).click();
    await page.getByTestId('follow-up-date').fill('27/7/2566');
    await page.getByTestId('follow-up-start').click();
    await page.waitForURL(/\/follow-ups\/fill\//);

    // The register's figures are there without retyping, and the page says where they came from.
    await expect.poll(() => input(page, 'fund_total').inputValue()).toBe('3');
    expect(await input(page, 'village_funds').inputValue()).toBe('2');
    expect(await input(page, 'urban_funds').inputValue()).toBe('1');
    expect(await input(page, 'juristic_funds').inputValue()).toBe('2');
    expect(await page.getByTestId('follow-up-sources').textContent()).toContain('ทะเบียนกองทุน');
    expect(await input(page, 'fund_total').getAttribute('inputmode')).toBe('decimal');
    // The server computes the juristic-person percent once the draft is saved.
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await expect.poll(() => input(page, 'juristic_percent').getAttribute('data-value')).toBe('66.67');

    // A number out of range is named under its field at once, by the phone itself.
    await input(page, 'fund_total').fill('-1');
    await expect
      .poll(() => page.getByTestId('form-field-fund_total').textContent())
      .toContain('ต้องไม่น้อยกว่า 0');
    await input(page, 'fund_total').fill('3');
    await expect
      .poll(() => page.getByTestId('form-field-fund_total').textContent())
      .not.toContain('ต้องไม่น้อยกว่า');
    await input(page, 'problems').fill('กองทุนบางแห่งยังไม่จดทะเบียนนิติบุคคล');
    await signer(page, 'informant', 0, 'position').fill('พัฒนาการอำเภอวารินชำราบ');
    await signer(page, 'followers', 0, 'name').fill('นายผู้ติดตาม ทดสอบ');
    await signer(page, 'followers', 0, 'position').fill('นักวิชาการพัฒนาชุมชนชำนาญการ');
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await page.getByTestId('follow-up-finish').click();
    // The informant has a position but no name: listed at the top and shown under the field.
    await expect.poll(() => page.getByTestId('follow-up-problems').count()).toBe(1);
    expect(await page.getByTestId('follow-up-problems').textContent()).toContain('ผู้ให้ข้อมูล: กรุณากรอกชื่อ');
    expect(await page.getByTestId('form-field-informant').textContent()).toContain('กรุณากรอกชื่อ');
    expect(await noSideScroll(page)).toBeLessThanOrEqual(390);

    await signer(page, 'informant', 0, 'name').fill('นางสาวผู้ให้ข้อมูล ทดสอบ');
    await expect.poll(() => page.getByTestId('follow-up-problems').count()).toBe(0);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await page.getByTestId('follow-up-finish').click();
    await page.getByTestId('follow-up-locked').waitFor();
    expect(await page.getByTestId('follow-up-status').first().textContent()).toBe('จบแล้ว');
    expect(await input(page, 'fund_total').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('follow-up-amend').textContent()).toBe('แก้ไข (สร้างฉบับใหม่)');
    const stored = await e.handle.db.selectFrom('follow_ups').select(['status', 'informant']).execute();
    expect(stored).toEqual([{ status: 'finished', informant: 'นางสาวผู้ให้ข้อมูล ทดสอบ' }]);

    await page.getByTestId('follow-up-print').click();
    await page.getByTestId('print-follow-up').waitFor();
    const printed = (await page.getByTestId('print-follow-up').textContent()) ?? '';
    expect(printed).toContain(FUND_FORM);
    expect(printed).toContain('อำเภอวารินชำราบ');
    expect(await page.getByTestId('print-field-fund_total').textContent()).toContain('๓ กองทุน');
    expect(await page.getByTestId('print-field-juristic_percent').textContent()).toContain('๖๖.๖๗');
    expect(await page.getByTestId('print-signer-informant').textContent()).toContain('นางสาวผู้ให้ข้อมูล ทดสอบ');
    expect(await page.getByTestId('print-signer-followers').count()).toBe(3);
    expect(await page.getByTestId('print-follow-up-date').textContent()).toBe('ติดตามเมื่อวันที่ ๒๗ กรกฎาคม ๒๕๖๖');

    // The list shows it finished, with its date in B.E.
    await page.goto('/follow-ups?status=finished');
    await expect.poll(() => page.getByTestId('follow-up-row').count()).toBe(1);
    expect(await page.getByTestId('follow-up-row').textContent()).toContain('27 กรกฎาคม 2566');

    // Amending makes version 2 as a draft under its own client id; version 1 stays finished.
    await page.getByTestId('follow-up-row').click();
    await page.getByTestId('follow-up-amend').click();
    await expect.poll(() => page.getByTestId('follow-up-status').first().textContent()).toBe('ร่าง · ฉบับที่ 2');
    expect(await page.getByTestId('follow-up-versions').textContent()).toContain('ฉบับที่ 1 · จบแล้ว');
    expect(await input(page, 'fund_total').getAttribute('readonly')).toBeNull();
  });

  it("shows the district's agreement KPIs with their weights and live scores on the KPI follow-up form", async () => {
    const page = await newPage(e, 1366);
    await logIn(page, admin.username, admin.password);
    const prefill = await session.get('/api/form-templates?status=published');
    const kpiTemplate = (prefill.json().templates as { id: number; titleTh: string }[]).find(
      (t) => t.titleTh === KPI_FORM,
    );
    const live = await session.get(
      `/api/follow-ups/prefill?template=${kpiTemplate?.id}&unit=3415&date=2023-07-27`,
    );
    const kpis = live.json().values.kpis as { weight: string; score: string | null }[];
    expect(kpis).toHaveLength(2);

    await page.goto('/follow-ups/new?unit=3415&date=2023-07-27');
    await expect.poll(() => page.getByTestId('follow-up-given-unit').textContent()).toContain('วารินชำราบ');
    await page.getByTestId('follow-up-template').click();
    await page.getByRole('option', { name: KPI_FORM }).click();
    await page.getByTestId('follow-up-start').click();
    await page.waitForURL(/\/follow-ups\/fill\//);
    const rows = page.getByTestId('form-kpi-row');
    await expect.poll(() => rows.count()).toBe(2);
    const first = (await rows.nth(0).textContent()) ?? '';
    expect(first).toContain('ร้อยละของการใช้จ่ายเงินงบประมาณ');
    expect(first).toContain('60');
    expect(first).toContain(new Decimal(kpis[0]?.score ?? '0').toFixed(4));
    const second = (await rows.nth(1).textContent()) ?? '';
    expect(second).toContain('40');
    expect(kpis[1]?.score).toBeNull();
    await expect.poll(() => saveStatus(page)).toBe('saved');
  });

  it('takes a photo on a phone, refuses a file that is not a picture in Thai, and prints the photo', async () => {
    const definition = {
      titleTh: 'แบบติดตามทดสอบรูปถ่าย',
      subject: 'district',
      sections: [
        {
          titleTh: 'ผลการติดตาม',
          fields: [
            { key: 'note', labelTh: 'บันทึก', required: true, kind: 'text' },
            { key: 'pictures', labelTh: 'ภาพกิจกรรม', required: false, kind: 'photo', maxCount: 2 },
          ],
        },
      ],
    };
    const created = await session.send('POST', '/api/form-templates', {
      code: 'photo-e2e',
      definition,
      unit: '34',
    });
    expect(created.statusCode, created.body).toBe(201);
    const published = await session.send('POST', `/api/form-templates/${created.json().id}/publish`);
    expect(published.statusCode, published.body).toBe(200);

    const page = await newPage(e, 390);
    await logIn(page, admin.username, admin.password);
    await page.goto('/follow-ups/new?unit=3415&date=2023-07-27');
    await page.getByTestId('follow-up-template').click();
    await page.getByRole('option', { name: definition.titleTh }).click();
    await page.getByTestId('follow-up-start').click();
    await page.waitForURL(/\/follow-ups\/fill\//);
    await input(page, 'note').fill('ลงพื้นที่ติดตามกองทุน');
    await expect.poll(() => saveStatus(page)).toBe('saved');

    const choose = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('form-photo-pictures-add').click();
      await (await chooser).setFiles(file);
    };
    await choose({ name: 'บันทึก.txt', mimeType: 'text/plain', buffer: Buffer.from('ไม่ใช่รูป') });
    await expect
      .poll(() => page.getByTestId('form-photo-pictures-error').textContent())
      .toBe('รูปถ่ายต้องเป็นไฟล์ JPEG, PNG หรือ WebP');
    // Named like a picture but not one: the server reads the content and says so in Thai.
    await choose({ name: 'ภาพ.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
    await expect
      .poll(() => page.getByTestId('form-photo-pictures-error').textContent())
      .toContain('ไม่ใช่ JPEG');
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } })
      .png()
      .toBuffer();
    await choose({ name: 'กิจกรรม.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.getByTestId('form-photo-pictures-tile').count()).toBe(1);
    expect(await page.getByTestId('form-photo-pictures-error').count()).toBe(0);
    await expect.poll(() => saveStatus(page)).toBe('saved');

    await page.getByTestId('follow-up-print').click();
    await page.getByTestId('print-follow-up').waitFor();
    const image = page.getByTestId('print-field-pictures').locator('img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });
});
