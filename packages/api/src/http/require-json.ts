import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { refuseUnsupportedMediaType } from './content-type.js';
import { refuseMalformedGetParams } from './get-params.js';

/** GraphQL requests carry JSON: a POST body as application/json, a GET's JSON parameters. */
export const requireJson = (): MiddlewareHandler<AppEnv> => async (c, next) =>
  refuseUnsupportedMediaType(c) ?? refuseMalformedGetParams(c) ?? next();
