import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Headers on every page and API answer. The CSP is what the built UI needs and no more: scripts only from
 * this origin; inline styles because Mantine writes style attributes and <style> tags at run time; images
 * also as data:/blob: URLs (photo previews before upload). Swagger UI at /api/docs runs under the same policy.
 */
export const securityHeaders: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
  // Tidtam is served over plain HTTP on internal networks as often as behind TLS; HSTS is the proxy's to set.
  strictTransportSecurity: false,
};
