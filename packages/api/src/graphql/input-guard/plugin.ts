import {
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLError,
  getOperationAST,
  Kind,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Locale } from '../../http/locale.js';
import type { GraphQLContext } from '../context.js';
import { checkArguments } from './check-arguments.js';
import { coerceVariables } from './coerce-variables.js';
import { literalScalarErrors } from './literal-errors.js';

/** The argument each variable is first passed to, to name it in errors at the variable itself. */
const argumentsOfVariables = (document: Parameters<typeof visit>[0]): Map<string, string> => {
  const names = new Map<string, string>();
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if (node.value.kind === Kind.VARIABLE && !names.has(node.value.name.value)) {
        names.set(node.value.name.value, node.name.value);
      }
    },
  });
  return names;
};

/**
 * Answers per document (yoga hands the same parsed document to every request with the same text)
 * and key, for checks that depend on nothing else: three walks of the document per request were a
 * visible share of a list query's CPU.
 */
const perDocument = <T>() => {
  const cache = new WeakMap<DocumentNode, Map<string, T>>();
  return (document: DocumentNode, key: string, compute: () => T): T => {
    let byKey = cache.get(document);
    if (!byKey) {
      byKey = new Map();
      cache.set(document, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = compute();
      byKey.set(key, value);
    }
    return value;
  };
};

const literalErrorsOf = perDocument<GraphQLError[]>();
const refusalsWithoutVariables = perDocument<GraphQLError[]>();

/** What is wrong with the arguments of the operation about to run (nothing: []). */
const refusedInput = (args: ExecutionArgs): GraphQLError[] => {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return [];
  const { locale } = args.contextValue as GraphQLContext;
  // Without variables the arguments are all literals: the answer is the document's own.
  if (!operation.variableDefinitions?.length) {
    return refusalsWithoutVariables(args.document, `${locale}|${args.operationName ?? ''}`, () =>
      checkArguments(args.schema, args.document, {}, locale),
    );
  }
  const coerced = coerceVariables(
    args.schema,
    operation,
    (args.variableValues ?? {}) as Record<string, unknown>,
    argumentsOfVariables(args.document),
    locale,
  );
  return coerced.errors.length > 0
    ? coerced.errors
    : checkArguments(args.schema, args.document, coerced.values, locale);
};

/**
 * The one decision on bad input, before any resolver runs: variables that do not coerce, and
 * strings no field can store (NUL, lone surrogates, beyond the length limits) or global ids that
 * are malformed or of the wrong kind, anywhere in the arguments, refuse the whole request with
 * BAD_USER_INPUT naming each field and why. Nothing is changed silently, nothing written.
 */
export const useInputGuard = (): Plugin<GraphQLContext> => ({
  onValidate({ params, context, setResult }) {
    // Validation runs before our context is built: the locale is the HTTP layer's (server.ts).
    const locale: Locale = context.locale;
    const errors = literalErrorsOf(params.documentAST, locale, () =>
      literalScalarErrors(params.schema, params.documentAST, locale),
    );
    if (errors.length > 0) setResult(errors);
  },
  onExecute({ args, setResultAndStopExecution }) {
    const errors = refusedInput(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const errors = refusedInput(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
});
