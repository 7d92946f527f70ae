import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Adds a field of a kind to the first section; the designer selects it. */
async function addField(page: Page, kind: string, label: string) {
  await page.getByTestId('designer-add-field-0').click();
  await page.getByTestId(`designer-add-field-0-${kind}`).click();
  await page.getByTestId('designer-field-label').fill(label);
}

describe.each(browserEngines())('the form template designer in the browser on %s', (engine) => {
  let e: E2e;
  let accounts: Account[];
  const password = (username: string) => accounts.find((a) => a.username === username)?.password ?? '';

  beforeAll(async () => {
    e = await startE2e(engine);
    accounts = await loadDemo(e.handle.db);
  });
  afterAll(async () => {
    await e?.close();
  });

  it('a province admin designs a form with a number, a formula over it and signers, previews, publishes it, and then sees it read-only', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'chachoengsao.admin', password('chachoengsao.admin'));
    await page.getByTestId('nav-form-templates').click();
    // The three seed 000 forms come with every installation, department-wide and published.
    await expect.poll(() => page.getByTestId('form-template-card').count()).toBe(3);
    const listed = await page.getByTestId('form-templates-page').textContent();
    for (const title of ['กองทุนหมู่บ้านและชุมชนเมือง', 'ตำบลเข้มแข็ง', 'ตัวชี้วัด']) expect(listed).toContain(title);
    // The list names forms in Thai only: their codes are for the designer.
    expect(listed).not.toContain('fund-follow-up');
    expect(listed).toContain('เผยแพร่แล้ว');

    await page.getByTestId('form-template-new').click();
    await page.getByTestId('form-template-create').click();
    expect(await page.getByTestId('form-template-new-form').textContent()).toContain('ชื่อแบบฟอร์ม: กรุณากรอก');
    await page.getByTestId('form-template-new-title').fill('แบบติดตามกองทุนทดสอบ');
    await page.getByTestId('form-template-new-code').fill('fund-check');
    await page.getByTestId('form-template-create').click();
    await page.getByTestId('designer').waitFor();
    expect(await page.getByTestId('designer-status').textContent()).toBe('ฉบับร่าง · ฉบับที่ 1');

    await addField(page, 'number', 'จำนวนกองทุน');
    expect(await page.getByTestId('designer-field-key').inputValue()).toBe('number_1');
    await addField(page, 'computed', 'สองเท่าของจำนวนกองทุน');
    // The formula helper lists the number keys; a key that does not exist is refused by the server, on that field.
    expect(await page.getByTestId('designer-formula-keys').textContent()).toContain('number_1');
    await page.getByTestId('designer-expression').fill('number_9 * 2');
    await addField(page, 'signature', 'ผู้ติดตาม');
    await page.getByTestId('designer-signer-count').click();
    await page.getByRole('option', { name: '3' }).click();
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-problems').waitFor();
    const refusal = await page.getByTestId('designer-problems').textContent();
    expect(refusal).toContain('ช่อง "สองเท่าของจำนวนกองทุน": ใช้ช่อง number_9 ที่ไม่มีในแบบฟอร์ม');
    // The server's paths stay off the screen: the place is said in Thai.
    expect(refusal).not.toContain('sections.');
    const computedRow = page.getByTestId('designer-field').nth(2);
    expect(await computedRow.getAttribute('data-problem')).toBe('true');
    await computedRow.getByTestId('designer-field-select').click();
    expect(await page.getByTestId('designer-field-problem').textContent()).toContain('number_9');
    await page.getByTestId('designer-expression').fill('');
    await page.getByTestId('designer-insert-key').first().click();
    await page.getByRole('button', { name: '*', exact: true }).click();
    await page.getByTestId('designer-expression').press('End');
    await page.getByTestId('designer-expression').pressSequentially(' 2');
    expect(await page.getByTestId('designer-expression').inputValue()).toBe('number_1 * 2');
    await page.getByTestId('designer-save').click();
    await expect.poll(() => page.getByTestId('designer-save-state').textContent()).toBe('บันทึกแล้ว');
    expect(await page.getByTestId('designer-problems').count()).toBe(0);

    await page.getByTestId('designer-tab-preview').click();
    await page.getByTestId('form-input-number_1').fill('21');
    await expect.poll(() => page.getByTestId('form-input-calc_1').getAttribute('data-value')).toBe('42');
    // Stored without trailing zeros, shown to the field's 2 decimals.
    expect(await page.getByTestId('form-input-calc_1').textContent()).toBe('42.00');

    await page.getByTestId('designer-publish').click();
    await page.getByTestId('designer-publish-confirm').click();
    await expect.poll(() => page.getByTestId('designer-status').textContent()).toBe('เผยแพร่แล้ว · ฉบับที่ 1');
    expect(await page.getByTestId('designer-locked').isVisible()).toBe(true);
    expect(await page.getByTestId('designer-save').count()).toBe(0);
    await page.getByTestId('designer-tab-design').click();
    await page.getByTestId('designer-field-select').first().click();
    expect(await page.getByTestId('designer-field-label').isDisabled()).toBe(true);
    expect(await page.getByTestId('designer-add-field-0').count()).toBe(0);

    // A new version is a draft copy, version 2, of the same form.
    await page.getByTestId('designer-new-version').click();
    await expect.poll(() => page.getByTestId('designer-status').textContent()).toBe('ฉบับร่าง · ฉบับที่ 2');
    expect(await page.getByTestId('designer-field').count()).toBe(4);

    await page.goto('/form-templates?q=fund-check');
    await expect.poll(() => page.getByTestId('form-template-card').count()).toBe(2);

    const phone = await newPage(e, 390);
    await logIn(phone, 'chachoengsao.admin', password('chachoengsao.admin'));
    await phone.goto('/form-templates');
    await expect.poll(() => phone.getByTestId('form-template-card').count()).toBe(5);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
    await phone.getByTestId('form-template-open').first().click();
    await phone.getByTestId('designer').waitFor();
    await phone.getByTestId('designer-field-select').first().click();
    await phone.getByTestId('designer-field-properties').waitFor();
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
    await phone.getByTestId('designer-tab-preview').click();
    await phone.getByTestId('form-renderer').waitFor();
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
  });

  it('a province admin builds a choice, a table with a computed column, a photo and a level over a formula; a cycle is refused on its field; sections and fields move and go', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'chachoengsao.admin', password('chachoengsao.admin'));
    await page.goto('/form-templates');
    // A department-wide builtin opens read-only for a province admin, who may copy it as the province's own.
    await page
      .getByTestId('form-template-card')
      .filter({ hasText: 'ตำบลเข้มแข็ง' })
      .getByTestId('form-template-open')
      .click();
    await page.getByTestId('designer-locked').waitFor();
    expect(await page.getByTestId('designer-copy').isVisible()).toBe(true);
    expect(await page.getByTestId('designer-save').count()).toBe(0);
    expect(await page.getByTestId('designer-new-version').count()).toBe(0);
    await page.getByTestId('designer-tab-preview').click();
    await page.getByTestId('form-renderer').waitFor();

    await page.goto('/form-templates?new=1');
    await page.getByTestId('form-template-new-title').fill('แบบติดตามทุกชนิดช่อง');
    await page.getByTestId('form-template-new-code').fill('every-kind');
    await page.getByTestId('form-template-create').click();
    await page.getByTestId('designer').waitFor();

    await addField(page, 'choice', 'ความพึงพอใจ');
    await page.getByTestId('designer-add-option').click();
    await page.getByTestId('designer-option-label').nth(1).fill('มาก');
    expect(await page.getByTestId('designer-option-label').count()).toBe(2);

    await addField(page, 'table', 'การเพิ่มทุน');
    await page.getByTestId('designer-add-column').click();
    await page.getByTestId('designer-add-column-number').click();
    await page.getByTestId('designer-column-label').fill('จำนวนเงิน');
    await page.getByTestId('designer-add-column').click();
    await page.getByTestId('designer-add-column-computed').click();
    await page.getByTestId('designer-column-label').fill('สองเท่า');
    await page.getByTestId('designer-expression').fill('number_1 * 2');
    expect(await page.getByTestId('designer-column').count()).toBe(3);

    await addField(page, 'photo', 'รูปกิจกรรม');
    await addField(page, 'number', 'คะแนนดิบ');
    await page.getByTestId('designer-field-max').fill('10');
    await addField(page, 'computed', 'ระดับ');
    await page.getByTestId('designer-use-levels').check();
    // A formula that reads itself is refused by the server on that field, in Thai.
    await page.getByTestId('designer-expression').fill('calc_1 + number_1');
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-problems').waitFor();
    expect(await page.getByTestId('designer-problems').textContent()).toContain('สูตรวนกลับมาที่ตัวเอง');
    expect(await page.getByTestId('designer-field-problem').textContent()).toContain('สูตรวนกลับมาที่ตัวเอง');
    await page.getByTestId('designer-expression').fill('number_1 * 10');

    // The starting long-text field moves down one place; a new empty section is added and removed again.
    await page.getByTestId('designer-field').first().getByRole('button', { name: 'เลื่อนลง' }).click();
    expect(await page.getByTestId('designer-field').nth(1).textContent()).toContain('ผลการติดตาม');
    await page.getByTestId('designer-add-section').click();
    expect(await page.getByTestId('designer-section').count()).toBe(2);
    await page.getByTestId('designer-section-remove').nth(1).click();
    expect(await page.getByTestId('designer-section').count()).toBe(1);

    await page.getByTestId('designer-save').click();
    await expect.poll(() => page.getByTestId('designer-save-state').textContent()).toBe('บันทึกแล้ว');
    await page.reload();
    await page.getByTestId('designer').waitFor();
    expect(await page.getByTestId('designer-field').count()).toBe(6);
    expect(await page.getByTestId('designer-field').nth(1).textContent()).toContain('ผลการติดตาม');

    await page.getByTestId('designer-tab-preview').click();
    await page.getByTestId('form-input-number_1').fill('8');
    await expect.poll(() => page.getByTestId('form-input-calc_1').getAttribute('data-value')).toBe('3');
    await page.getByTestId('form-table-table_1-add').click();
    await page.getByTestId('form-input-table_1-0-number_1').fill('1500');
    await expect
      .poll(() => page.getByTestId('form-input-table_1-0-calc_1').getAttribute('data-value'))
      .toBe('3000');
    expect(await page.getByTestId('form-photo-photo_1').isVisible()).toBe(true);
    // Out of range: the preview checks as on finishing, in Thai.
    await page.getByTestId('form-input-number_1').fill('11');
    await page.getByTestId('designer-preview-problems').waitFor();
    expect(await page.getByTestId('designer-preview-problems').textContent()).toContain('คะแนนดิบ');
  });

  it('a district officer has no designer in the menu and is refused at /form-templates', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'chachoengsao.mueang', password('chachoengsao.mueang'));
    await page.getByTestId('nav-home').waitFor();
    expect(await page.getByTestId('nav-form-templates').count()).toBe(0);
    await page.goto('/form-templates');
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('form-template-card').count()).toBe(0);
  });
});
