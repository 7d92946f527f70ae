import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** Every CSP refusal the page meets, from the console and from securitypolicyviolation events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to load (CSP ${event.violatedDirective}) ${event.blockedURI}`),
    ),
  );
  return violations;
}

describe.each(browserEngines())('the built UI under the Content Security Policy on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('meets no CSP refusal on the login page, home, the register, report, visit, follow-up, form and minutes pages, and the API docs', async () => {
    const u = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e);
    const violations = await watchViolations(page);
    const header = (await page.goto('/login'))?.headers()['content-security-policy'];
    expect(header).toContain("script-src 'self'");
    await logIn(page, u.username, u.password);
    await expect.poll(() => page.getByTestId('home-name').textContent()).toContain(u.displayName);
    for (const path of [
      '/registers/households',
      '/registers/budget',
      '/reports',
      '/units',
      '/visits',
      '/follow-ups',
      '/follow-ups/new',
      '/form-templates',
      '/minutes',
      '/api/docs',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(await page.textContent('body')).toContain('Tidtam (ติดตาม) API');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
