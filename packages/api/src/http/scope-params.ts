import {
  checkSlug,
  DEFAULT_PROCESS_ID,
  type LocalizedMessage,
  processIdOfSlug,
} from '@fahrplan/domain';
import type { Context } from 'hono';
import type { SqlRunner } from '../database/index.js';
import { loadItems } from '../queries/items.js';
import type { ReadScope } from '../visibility/rules.js';
import { graphqlErrorResponse } from './graphql-error.js';
import type { Locale } from './locale.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX = 120;

/** Why a query parameter of a plain HTTP route (a feed, a report) cannot be answered. */
export interface Refusal {
  readonly status: 400 | 404;
  readonly code: string;
  /** The parameter to blame, as `extensions.field`. */
  readonly field: string;
  readonly message: LocalizedMessage;
}

export const malformed = (field: string, message: LocalizedMessage): Refusal => ({
  status: 400,
  code: 'BAD_USER_INPUT',
  field,
  message,
});

export const notFound = (field: string, message: LocalizedMessage): Refusal => ({
  status: 404,
  code: 'NOT_FOUND',
  field,
  message,
});

/** A refusal as a GraphQL-shaped error response in the caller's language. */
export const refusalResponse = (c: Context, refusal: Refusal, locale: Locale): Response =>
  graphqlErrorResponse(c, refusal.status, refusal.code, refusal.message[locale], {
    field: refusal.field,
  });

export interface Scope {
  readonly filter: { processId?: string; actionFieldId?: string };
  /** The action field's title, else the process's: what the output is named after. */
  readonly title?: string;
  /** The named process's title, when it has one. */
  readonly processTitle?: string;
}

/** The item a parameter names, if the caller may see it. */
const visibleItem = async (
  runner: SqlRunner,
  kind: 'Process' | 'ActionField',
  id: string,
  reads: ReadScope,
) => (await loadItems(runner, [{ kind, id }], undefined, reads))[0];

/**
 * What the `process` (slug) and `actionField` (id) parameters ask for, or why they cannot be
 * answered: a malformed value is a 400, one the caller cannot see (or that does not exist) a 404.
 */
export const scopeOf = async (
  runner: SqlRunner,
  slug: string | undefined,
  actionFieldId: string | undefined,
  reads: ReadScope,
): Promise<Scope | Refusal> => {
  const filter: Scope['filter'] = {};
  let processTitle: string | undefined;
  let fieldTitle: string | undefined;
  if (slug !== undefined) {
    const problem = checkSlug(slug);
    if (problem) return malformed('process', problem.messages);
    const processId = processIdOfSlug(slug);
    const process = await visibleItem(runner, 'Process', processId, reads);
    // The default process exists whether or not an event described it.
    if (!process && processId !== DEFAULT_PROCESS_ID) {
      return notFound('process', {
        de: `Einen Strategieprozess „${slug}“ gibt es nicht.`,
        en: `There is no strategy process "${slug}".`,
      });
    }
    filter.processId = processId;
    processTitle = process?.title;
  }
  if (actionFieldId !== undefined) {
    const shown = actionFieldId.slice(0, ID_MAX);
    if (!ID.test(actionFieldId) || actionFieldId.length > ID_MAX) {
      return malformed('actionField', {
        de: `„${shown}“ ist keine ID eines Handlungsfelds (z. B. „hf-digitalisierung“).`,
        en: `"${shown}" is not the id of an action field (e.g. "hf-digitalisierung").`,
      });
    }
    const field = await visibleItem(runner, 'ActionField', actionFieldId, reads);
    if (!field) {
      return notFound('actionField', {
        de: `Ein Handlungsfeld „${shown}“ gibt es nicht.`,
        en: `There is no action field "${shown}".`,
      });
    }
    filter.actionFieldId = actionFieldId;
    fieldTitle = field.title;
  }
  const title = fieldTitle ?? processTitle;
  return {
    filter,
    ...(title ? { title } : {}),
    ...(processTitle ? { processTitle } : {}),
  };
};

/** `scopeOf` with the request's `?process=` and `?actionField=`, as every plain HTTP route reads them. */
export const scopeOfRequest = (runner: SqlRunner, c: Context, reads: ReadScope) =>
  scopeOf(runner, c.req.query('process'), c.req.query('actionField'), reads);
