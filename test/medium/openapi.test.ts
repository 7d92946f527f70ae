import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers.ts';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

const methods = ['get', 'put', 'post', 'patch', 'delete'];

/** 'GET /api/units/{code}' for every operation whose 2xx answers declare no schema. */
function withoutAnswer(document: Document): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .filter(([, operation]) => {
        const answers = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        return !answers.some(([, answer]) =>
          Object.values(answer.content ?? {}).some((media) => media.schema !== undefined),
        );
      })
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

// The document is built from the routes alone, the same on either engine.
describe('the API contract (/api/openapi.json)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('gives every operation a 2xx answer with a schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const document = res.json() as Document;
    expect(Object.keys(document.paths).length).toBeGreaterThan(50);
    expect(withoutAnswer(document), 'operations without a 2xx response schema').toEqual([]);
  });
});
