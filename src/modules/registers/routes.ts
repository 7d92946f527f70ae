import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { unitQuery } from '../../http/fields.ts';
import { measureComputations } from '../../register-measures.ts';
import { budgetRoutes } from '../budget/routes.ts';
import { communityFundRoutes } from '../community-funds/routes.ts';
import { debtReliefRoutes } from '../debt-relief/routes.ts';
import { householdRoutes } from '../households/routes.ts';
import { importRoutes } from '../imports/routes.ts';
import { projectRoutes } from '../projects/routes.ts';
import { bindingRoutes } from '../register-bindings/routes.ts';
import { womensFundRoutes } from '../womens-fund/routes.ts';
import { registerYears } from './years.ts';

/** The registers that feed KPIs (issue R1-4), under /api/registers. */
export const registerRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(householdRoutes, { prefix: '/households' });
    await app.register(importRoutes, { prefix: '/imports' });
    await app.register(budgetRoutes, { prefix: '/budget' });
    await app.register(projectRoutes(config), { prefix: '/projects' });
    await app.register(communityFundRoutes, { prefix: '/community-funds' });
    await app.register(womensFundRoutes, { prefix: '/womens-fund' });
    await app.register(debtReliefRoutes, { prefix: '/debt-relief' });
    await app.register(bindingRoutes(measureComputations), { prefix: '/bindings' });
    app.get(
      '/years',
      {
        schema: {
          tags: ['registers'],
          summary: 'ปีงบประมาณที่มีข้อมูลในแต่ละทะเบียนของหน่วยงาน (ใหม่สุดก่อน) ให้ตัวเลือกปีแสดงเฉพาะปีที่มีข้อมูล',
          querystring: unitQuery,
        },
      },
      async (request) => registerYears(app.db, request.requireUser(), request.query.unit),
    );
  };
