import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type FieldNode,
  GraphQLError,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Locale } from '../http/locale.js';

/** How big one GraphQL document may be. Measured against the README's and the tests' queries. */
export interface QueryLimits {
  /** Nesting of fields (fragments do not count as a level). */
  readonly depth: number;
  /** graphql-armor's estimate: objects 2, scalars 1, ×1.5 per level, × a literal `first`. */
  readonly cost: number;
  readonly aliases: number;
  /** Lexical tokens of the document: bounds the work before parsing even starts. */
  readonly tokens: number;
  /** Operation definitions in one document (only one runs; the rest are still validated). */
  readonly operations: number;
}

/**
 * Measured on the README's queries and every query of the API's tests: the deepest is 6 levels
 * (provenance, history inside `node`), the costliest the README's Sync at the feed's page cap,
 * `events(first: 500)` = 22,000 (4,400 at `first: 100`; everything else stays under 2,200), at
 * most 2 aliases, GraphiQL's introspection ≈ 180 tokens. The limits leave room above these and
 * still refuse what no client needs: unpaged lists nested cyclically (ActionField.recommendations
 * → Recommendation.actionFields → …) are bounded by depth, alias fan-out by aliases and cost.
 */
export const QUERY_LIMITS: QueryLimits = {
  depth: 10,
  cost: 25_000,
  aliases: 15,
  tokens: 2_000,
  operations: 5,
};

/**
 * Query fields whose work is far above their shape's estimate, and what each use adds to it:
 * `audit` verifies the hash chain (incrementally, single-flight, but still a walk of the log),
 * so a document holds at most two.
 */
export const FIELD_PRICES: Readonly<Record<string, number>> = { audit: 10_000 };

/**
 * Fields priced wherever they appear, per resolution: `totalCount` runs one COUNT over its list's
 * filters, a page's worth of work. Inside a page of another connection it runs once per node,
 * so it is multiplied by the `first` of each enclosing field (a variable counts as 100).
 */
export const NESTED_FIELD_PRICES: Readonly<Record<string, number>> = { totalCount: 100 };

/** Page size assumed for a `first` passed as a variable (the lists' cap). */
const VARIABLE_FIRST = 100;

/** How many times a field's selections run: its literal `first`, else once. */
const fanOutOf = (field: FieldNode): number => {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first) return 1;
  if (first.kind === Kind.INT) return Math.max(1, Number(first.value));
  return first.kind === Kind.VARIABLE ? VARIABLE_FIRST : 1;
};

/** What an operation's priced fields add to its cost (a fragment spread twice counts once). */
const surchargeOf = (context: ValidationContext, operation: OperationDefinitionNode): number => {
  if (operation.operation !== 'query') return 0;
  const seen = new Set<string>();
  const sum = (selections: readonly SelectionNode[], root: boolean, times: number): number =>
    selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const own =
          (root ? (FIELD_PRICES[name] ?? 0) : 0) + (NESTED_FIELD_PRICES[name] ?? 0) * times;
        const inner = selection.selectionSet
          ? sum(selection.selectionSet.selections, false, times * fanOutOf(selection))
          : 0;
        return total + own + inner;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT)
        return total + sum(selection.selectionSet.selections, root, times);
      if (seen.has(selection.name.value)) return total;
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      return total + (fragment ? sum(fragment.selectionSet.selections, root, times) : 0);
    }, 0);
  return sum(operation.selectionSet.selections, true, 1);
};

type Limit = keyof QueryLimits;

const CODES: Record<Limit, string> = {
  depth: 'QUERY_TOO_DEEP',
  cost: 'QUERY_TOO_COMPLEX',
  aliases: 'TOO_MANY_ALIASES',
  tokens: 'QUERY_TOO_LARGE',
  operations: 'TOO_MANY_OPERATIONS',
};

const MESSAGES: Record<Limit, Record<Locale, (limit: number) => string>> = {
  depth: {
    de: (n) => `Die Abfrage ist zu tief verschachtelt: höchstens ${n} Ebenen.`,
    en: (n) => `The query is nested too deeply: at most ${n} levels.`,
  },
  cost: {
    de: (n) =>
      `Die Abfrage ist zu aufwendig (höchstens ${n} Kostenpunkte): weniger Felder oder kleinere Seiten abfragen.`,
    en: (n) =>
      `The query is too costly (at most ${n} points): ask for fewer fields or smaller pages.`,
  },
  aliases: {
    de: (n) => `Die Abfrage enthält zu viele Aliase: höchstens ${n}.`,
    en: (n) => `The query has too many aliases: at most ${n}.`,
  },
  tokens: {
    de: (n) => `Die Abfrage ist zu lang: höchstens ${n} Token.`,
    en: (n) => `The query is too long: at most ${n} tokens.`,
  },
  operations: {
    de: (n) => `Das Dokument enthält zu viele Operationen: höchstens ${n}.`,
    en: (n) => `The document holds too many operations: at most ${n}.`,
  },
};

const limitError = (
  limit: Limit,
  limits: QueryLimits,
  locale: Locale,
  extra: { found?: number | undefined; http?: { status: number; spec: boolean } } = {},
) =>
  new GraphQLError(MESSAGES[limit][locale](limits[limit]), {
    extensions: {
      code: CODES[limit],
      details: {
        limit: limits[limit],
        ...(extra.found === undefined ? {} : { found: extra.found }),
      },
      ...(extra.http ? { http: extra.http } : {}),
    },
  });

/** graphql-armor states the measured value only inside its English message. */
const foundIn = (error: GraphQLError): number | undefined => {
  const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
  return found === undefined ? undefined : Number(found);
};

/**
 * yoga caches validation results by the rules' names: a name per locale keeps a German error
 * from being replayed to a client that asked in English.
 */
const named = (name: string, rule: ValidationRule): ValidationRule =>
  Object.defineProperty(rule, 'name', { value: name });

const rulesFor = (limits: QueryLimits, locale: Locale): ValidationRule[] => {
  // Set by the pricing rule as an operation is entered, read by the cost rule right after.
  const surcharges = new WeakMap<ValidationContext, number>();
  const surchargeIn = (context: ValidationContext | null) =>
    (context && surcharges.get(context)) ?? 0;
  // Report instead of throw: the error then is an ordinary validation error (HTTP 400).
  const reject =
    (limit: Limit) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      const found = foundIn(error);
      const priced = limit === 'cost' && found !== undefined ? found + surchargeIn(context) : found;
      context?.reportError(limitError(limit, limits, locale, { found: priced }));
    };
  const armor = (limit: Limit) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [reject(limit)],
  });
  const acceptCost = (context: ValidationContext | null, details: { n: number }): void => {
    const found = details.n + surchargeIn(context);
    if (found > limits.cost) context?.reportError(limitError('cost', limits, locale, { found }));
  };
  return [
    named(
      `FahrplanMaxDepth_${locale}`,
      maxDepthRule({ n: limits.depth, flattenFragments: true, ...armor('depth') }),
    ),
    named(`FahrplanFieldPrices_${locale}`, (context) => ({
      OperationDefinition(operation) {
        surcharges.set(context, surchargeOf(context, operation));
      },
    })),
    named(
      `FahrplanCostLimit_${locale}`,
      costLimitRule({
        maxCost: limits.cost,
        flattenFragments: true,
        ...armor('cost'),
        onAccept: [acceptCost],
      }),
    ),
    named(
      `FahrplanMaxAliases_${locale}`,
      maxAliasesRule({ n: limits.aliases, ...armor('aliases') }),
    ),
    named(`FahrplanMaxOperations_${locale}`, (context) => ({
      Document(document) {
        const operations = document.definitions.filter(
          (definition) => definition.kind === Kind.OPERATION_DEFINITION,
        ).length;
        if (operations > limits.operations) {
          context.reportError(limitError('operations', limits, locale, { found: operations }));
        }
      },
    })),
  ];
};

/** Counts tokens up to one past the limit; a syntax error is left for the parser to report. */
const countTokens = (body: string, limit: number): number => {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // The real parse reports the syntax error with its position.
  }
  return count;
};

/**
 * Refuses documents too long, too deep, too costly or too wide before they execute, each with
 * its own `extensions.code` and `details.limit`, as a request error (HTTP 400 under
 * application/graphql-response+json).
 */
export const useQueryLimits = (limits: QueryLimits = QUERY_LIMITS): Plugin => {
  const rules: Record<Locale, ValidationRule[]> = {
    de: rulesFor(limits, 'de'),
    en: rulesFor(limits, 'en'),
  };
  // Set by the HTTP layer (server.ts) before yoga parses anything.
  const localeOfContext = (context: unknown): Locale =>
    (context as { locale?: Locale }).locale ?? 'de';
  return {
    // Before yoga's parse cache, so the check needs no parse and its error is never cached.
    onParse({ context, params }) {
      const body = typeof params.source === 'string' ? params.source : params.source.body;
      const tokens = countTokens(body, limits.tokens);
      if (tokens <= limits.tokens) return;
      // Thrown before parsing, so yoga's parse-error handling does not add the HTTP status.
      throw limitError('tokens', limits, localeOfContext(context), {
        http: { status: 400, spec: true },
      });
    },
    onValidate({ context, addValidationRule }) {
      for (const rule of rules[localeOfContext(context)]) addValidationRule(rule);
    },
  };
};
