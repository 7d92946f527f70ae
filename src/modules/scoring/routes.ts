import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plainString } from '../../http/schemas.ts';
import { calculate } from './service.ts';

const decimalInput = z.union([plainString().max(60), z.number()]);

const evaluateBody = z.object({
  criteria: z
    .unknown()
    .describe(
      'เกณฑ์การให้คะแนน: {"type":"threshold","direction":"higher","inclusive":true,"thresholds":[80,85,90,95,100]}',
    ),
  value: decimalInput.optional(),
  targets: z.record(plainString(), decimalInput).optional(),
  verified: z.array(plainString().max(100)).max(200).optional(),
  measures: z.record(plainString(), decimalInput).optional(),
  interpolate: z.boolean().optional(),
});

const evaluateResponse = z.object({
  level: z.number().int().min(0).max(5),
  score: z.string(),
  next: z
    .union([
      z.object({ level: z.number(), value: z.string() }),
      z.object({
        level: z.number(),
        steps: z.array(z.object({ id: z.string(), label: z.string() })).readonly(),
      }),
      z.object({
        level: z.number(),
        conditions: z.array(z.object({ measure: z.string(), value: z.string(), met: z.boolean() })),
      }),
    ])
    .nullable(),
});

export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/evaluate',
    {
      config: { public: true },
      schema: {
        tags: ['scoring'],
        summary: 'เครื่องคิดคะแนนตัวชี้วัด (public KPI calculator)',
        description:
          'ให้ระดับ (0–5) คะแนน 4 ตำแหน่ง และค่าที่ต้องได้ในระดับถัดไป ตามเกณฑ์ 5 ระดับ. No login needed; the contract is stable.',
        body: evaluateBody,
        response: { 200: evaluateResponse },
      },
    },
    async (request) => calculate(request.body),
  );
};
