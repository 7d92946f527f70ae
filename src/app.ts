import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db, Engine } from './db/database.ts';
import { setThaiValidationMessages } from './http/thai-messages.ts';
import { registerViewCache } from './http/view-cache.ts';
import { refreshScores } from './modules/agreements/rollup.ts';
import { agreementRoutes } from './modules/agreements/routes.ts';
import { agreementUsage } from './modules/agreements/service.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { budgetRoutes } from './modules/budget/routes.ts';
import { communityFundRoutes } from './modules/community-funds/routes.ts';
import { dashboardRoutes } from './modules/dashboards/routes.ts';
import { debtReliefRoutes } from './modules/debt-relief/routes.ts';
import { followUpRoutes } from './modules/follow-ups/routes.ts';
import { formTemplateRoutes } from './modules/form-templates/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { householdRoutes } from './modules/households/routes.ts';
import { importRoutes } from './modules/imports/routes.ts';
import { onAgreementUsage } from './modules/kpis/agreement-usage.ts';
import { kpiRoutes, kpiSetRoutes, resultRoutes, roundRoutes } from './modules/kpis/routes.ts';
import { onScoresStale } from './modules/kpis/score-hooks.ts';
import { minutesRoutes } from './modules/minutes/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { unitRoutes } from './modules/org-units/routes.ts';
import { projectRoutes } from './modules/projects/routes.ts';
import { quarterlyRoutes } from './modules/quarterly/routes.ts';
import { bindingRoutes } from './modules/register-bindings/routes.ts';
import { registerYearsRoutes } from './modules/register-years/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { scoringRoutes } from './modules/scoring/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { visitsRoutes } from './modules/visits/routes.ts';
import { womensFundRoutes } from './modules/womens-fund/routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { answerFrameworkError, registerInputGuard } from './plugins/input-guard.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { measureComputations } from './register-measures.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    engine: Engine;
  }
}

setThaiValidationMessages();

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export async function buildApp(
  config: Config,
  database: { db: Db; engine: Engine },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    frameworkErrors: answerFrameworkError,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('engine', database.engine);
  // The composition root wires KPI writes to the agreements' stored scores (kpis cannot import agreements: cycle).
  onScoresStale(refreshScores);
  onAgreementUsage(agreementUsage);
  registerErrorHandling(app);
  registerInputGuard(app);

  await app.register(cookie);
  await app.register(helmet, securityHeaders);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tidtam (ติดตาม) API',
        description: 'ระบบติดตามคำรับรองการปฏิบัติราชการ กรมการพัฒนาชุมชน — JSON API',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app);
  registerViewCache(app, config);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(healthRoutes, { prefix: '/health' });
      await api.register(authRoutes(config), { prefix: '/auth' });
      await api.register(unitRoutes, { prefix: '/units' });
      await api.register(userRoutes, { prefix: '/users' });
      await api.register(auditRoutes, { prefix: '/audit' });
      await api.register(scoringRoutes, { prefix: '/scoring' });
      await api.register(roundRoutes, { prefix: '/rounds' });
      await api.register(kpiSetRoutes, { prefix: '/kpi-sets' });
      await api.register(kpiRoutes, { prefix: '/kpis' });
      await api.register(resultRoutes, { prefix: '/kpi-results' });
      await api.register(agreementRoutes, { prefix: '/agreements' });
      // The registers that feed KPIs (issue R1-4), each its own module under /api/registers.
      await api.register(householdRoutes, { prefix: '/registers/households' });
      await api.register(importRoutes, { prefix: '/registers/imports' });
      await api.register(budgetRoutes, { prefix: '/registers/budget' });
      await api.register(projectRoutes(config), { prefix: '/registers/projects' });
      await api.register(communityFundRoutes, { prefix: '/registers/community-funds' });
      await api.register(womensFundRoutes, { prefix: '/registers/womens-fund' });
      await api.register(debtReliefRoutes, { prefix: '/registers/debt-relief' });
      await api.register(bindingRoutes(measureComputations), { prefix: '/registers/bindings' });
      await api.register(registerYearsRoutes, { prefix: '/registers' });
      await api.register(reportRoutes(config), { prefix: '/reports' });
      await api.register(notificationRoutes(config), { prefix: '/notifications' });
      await api.register(homeRoutes(config), { prefix: '/home' });
      await api.register(quarterlyRoutes, { prefix: '/quarterly' });
      await api.register(dashboardRoutes, { prefix: '/dashboards' });
      await api.register(minutesRoutes(config), { prefix: '/minutes' });
      await api.register(formTemplateRoutes, { prefix: '/form-templates' });
      await api.register(followUpRoutes(config), { prefix: '/follow-ups' });
      await api.register(visitsRoutes, { prefix: '/visits' });
    },
    { prefix: '/api' },
  );

  serveWeb(app, config.webDist);
  return app;
}

/** The built web UI at /, with every non-API path falling back to index.html for the client router. */
function serveWeb(app: FastifyInstance, webDist: string): void {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'ไม่พบหน้าหรือบริการที่ร้องขอ' } });
    }
    return reply.sendFile('index.html');
  });
}
