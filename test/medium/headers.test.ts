import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginAs, makeUser, multipartFile, startTestApp, type TestApp } from '../helpers.ts';

const expectSecurityHeaders = (headers: Record<string, unknown>) => {
  const csp = String(headers['content-security-policy']);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
};

describe.each(engines())('security headers on %s', (engine) => {
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-web-'));
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-files-'));
  let t: TestApp;
  beforeAll(async () => {
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>ติดตาม</title>');
    t = await startTestApp(engine, { webDist, filesDir });
  });
  afterAll(async () => {
    await t.close();
    for (const dir of [webDist, filesDir]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends CSP, frame, nosniff and referrer headers on pages, API answers and errors', async () => {
    for (const url of ['/', '/reports/board', '/api/health', '/api/auth/me', '/api/no-such-thing']) {
      const res = await t.app.inject({ url });
      expect([200, 401, 404]).toContain(res.statusCode);
      expectSecurityHeaders(res.headers);
    }
  });

  it('still serves the API docs under the policy', async () => {
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expectSecurityHeaders(docs.headers);
    expect(docs.body).toContain('swagger-initializer.js');
  });

  it('serves an uploaded original as an attachment and only the photo display copy inline', async () => {
    const u = await makeUser(t.handle, 'district_officer', '9501');
    const s = await loginAs(t.app, u.username, u.password);
    const created = await s.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 2,
      name: 'โครงการทดสอบส่วนหัว',
    });
    expect(created.statusCode, created.body).toBe(201);
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    const { payload, headers } = multipartFile('รูป.png', png);
    const uploaded = await s.send(
      'POST',
      `/api/registers/projects/${created.json().project.id}/photos`,
      payload,
      headers,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json().project.photos[0];

    const original = await s.get(photo.url);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    const display = await s.get(photo.displayUrl);
    expect(display.statusCode).toBe(200);
    expect(display.headers['content-disposition']).toMatch(/^inline; /);
    expect(display.headers['x-content-type-options']).toBe('nosniff');
  });
});
