import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../helpers.ts';
import { citizenId, houseCode } from '../register-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/**
 * Issue R2-6 item 5 on screen: two officers open the same household in two browsers and both change its status.
 * The first is saved; the second is told in Thai who saved it and when, and "โหลดข้อมูลล่าสุด" shows the stored
 * status, from which a save goes through.
 */
describe.each(browserEngines())('no lost update on the household page on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('shows the second officer the Thai conflict message and reloads the first one’s save', async () => {
    const [first, second] = await Promise.all([
      makeUser(e.handle, 'district_officer', '9501'),
      makeUser(e.handle, 'district_officer', '9501'),
    ]);
    const api = await loginAs(e.app, first.username, first.password);
    const created = await api.send('POST', '/api/registers/households', {
      unitCode: '950101',
      houseCode: houseCode(7001),
      status: 'developable',
      members: 4,
      headCitizenId: citizenId(7001),
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/registers/households/${created.json().household.id}?unit=9501&fiscalYear=2568`;

    const [pageA, pageB] = await Promise.all([newPage(e), newPage(e)]);
    await logIn(pageA, first.username, first.password);
    await logIn(pageB, second.username, second.password);
    await Promise.all([pageA.goto(url), pageB.goto(url)]);
    await Promise.all([
      pageA.getByTestId('household-status-form').waitFor(),
      pageB.getByTestId('household-status-form').waitFor(),
    ]);

    await pageA.getByTestId('household-status-self-reliant').check();
    await pageA.getByTestId('household-status-save').click();
    await expect.poll(() => pageA.getByTestId('household-detail-status').textContent()).toBe('พึ่งตนเองได้');

    await pageB.getByTestId('household-status-other').check();
    await pageB.getByTestId('household-status-save').click();
    const message = pageB.getByTestId('stale-message');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toContain(`ข้อมูลครัวเรือนรหัสบ้าน ${houseCode(7001)}`);
    expect(text).toContain(`ถูกแก้ไขโดย ผู้ทดสอบ ${first.username} เมื่อ `);
    expect(text).toContain('กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง');
    expect(await pageB.getByTestId('stale-reload').textContent()).toBe('โหลดข้อมูลล่าสุด');
    // The refused save changed nothing on the server.
    expect(
      (await api.get(url.replace('/registers/', '/api/registers/').split('?')[0] as string)).json(),
    ).toMatchObject({
      household: { status: 'self-reliant' },
    });

    await pageB.getByTestId('stale-reload').click();
    await expect.poll(() => pageB.getByTestId('household-detail-status').textContent()).toBe('พึ่งตนเองได้');
    expect(await pageB.getByTestId('stale-alert').count()).toBe(0);
    await pageB.getByTestId('household-status-other').check();
    await pageB.getByTestId('household-status-save').click();
    await expect
      .poll(() => pageB.getByTestId('household-detail-status').textContent())
      .toBe('อื่น ๆ (เสียชีวิต/ย้าย)');
  });
});
