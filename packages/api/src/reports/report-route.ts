import { Hono, type MiddlewareHandler } from 'hono';
import type { CheckpointService } from '../checkpoints/index.js';
import type { SqlRunner } from '../database/index.js';
import type { AppEnv } from '../http/app-env.js';
import { detectLocale, localeOf } from '../http/locale.js';
import type { RateLimit } from '../http/rate-limit.js';
import { refusalResponse, scopeOfRequest } from '../http/scope-params.js';
import { readScopeOf } from '../visibility/rules.js';
import { progressReport } from './progress-report.js';
import { reportMomentsOf } from './report-moments.js';

export interface ReportRouteDependencies {
  readonly database: SqlRunner;
  readonly checkpoints: CheckpointService;
  /** The same `authenticate` as /graphql: bearer token or session cookie (with its CSRF header). */
  readonly authenticate: MiddlewareHandler<AppEnv>;
  readonly rateLimit: RateLimit;
  readonly timeZone: string;
  readonly now: () => string;
}

/**
 * The progress report: `GET /berichte/fortschritt.pdf` with optional `process` (slug),
 * `actionField` (id), `asOf` and `since` (a date in the installation's time zone, or an ISO 8601
 * date-time with zone). Team, ministry and admins get all they may see; partners and anonymous
 * callers published content only, as in the API. Every report carries a receipt: the signed
 * checkpoint it was cut at (signing one if the head moved), as text and as a QR code.
 */
export const reportRoutes = ({
  database,
  checkpoints,
  authenticate,
  rateLimit,
  timeZone,
  now,
}: ReportRouteDependencies): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>();
  routes.get('/berichte/fortschritt.pdf', detectLocale(), authenticate, rateLimit, async (c) => {
    const locale = localeOf(c);
    const reads = readScopeOf(c.var.caller);
    const generatedAt = now();
    const moments = reportMomentsOf(
      { asOf: c.req.query('asOf'), since: c.req.query('since') },
      generatedAt,
      timeZone,
    );
    if ('status' in moments) return refusalResponse(c, moments, locale);
    const scope = await scopeOfRequest(database, c, reads);
    if ('status' in scope) return refusalResponse(c, scope, locale);
    const pdf = await progressReport(database, checkpoints, {
      scope,
      moments,
      reads,
      locale,
      origin: new URL(c.req.url).origin,
      timeZone,
      now: generatedAt,
    });
    const name = locale === 'de' ? 'fortschrittsbericht' : 'progress-report';
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}-${moments.day}.pdf"`,
      // What a report shows depends on who asks.
      'Cache-Control': 'private, no-store',
      Vary: 'Accept-Language, Authorization, Cookie',
    });
  });
  return routes;
};
