import {
  type DefinitionNode,
  type DocumentNode,
  GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { maskError, type Plugin, type YogaMaskedErrorOpts } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import type { Metrics } from './metrics.js';
import { createNameLimiter, type RequestInfoStore } from './request-info.js';
import { endSpan, NO_TRACING, type Tracing } from './tracing.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable.js';

/**
 * An unreachable database is no bug to hide behind INTERNAL_SERVER_ERROR: the client learns it may
 * retry (503, Retry-After, SERVICE_UNAVAILABLE). Everything else is masked as before.
 */
export const maskUnavailable: NonNullable<YogaMaskedErrorOpts['maskError']> = (
  error,
  message,
  isDev,
) =>
  isDatabaseUnavailable(error)
    ? new GraphQLError('The database is unavailable right now; retry shortly.', {
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
        },
      })
    : maskError(error, message, isDev);

const codesOf = (errors: readonly GraphQLError[] | undefined): string | undefined => {
  const first = errors?.[0];
  if (!first) return undefined;
  const code = first.extensions?.code;
  if (typeof code === 'string') return code;
  // Seen before masking: the same classification the mask makes.
  return isDatabaseUnavailable(first) ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
};

/** Counts and times each executed operation; mutations also by command (their root fields). */
export const useOperationMetrics = (
  metrics: Metrics,
  infos: RequestInfoStore,
  tracing: Tracing = NO_TRACING,
): Plugin<{ caller?: Caller; request: Request }> => {
  const limitName = createNameLimiter();
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = (args.document as DocumentNode).definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === 'OperationDefinition' &&
          (!args.operationName || definition.name?.value === args.operationName),
      );
      const operationType = operation?.operation ?? 'unknown';
      const operationName = limitName(operation?.name?.value ?? args.operationName ?? undefined);
      const info = infos.of(args.contextValue.request);
      info.operationName = operationName;
      info.operationType = operationType;
      info.role = args.contextValue.caller?.role;
      const span = tracing.startOperation(info.span, operationName, operationType);
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) && !('data' in result)) {
            endSpan(span, {}); // a subscription's stream: traced up to its start
            return;
          }
          const errorCode = codesOf(result.errors);
          info.errorCode = errorCode;
          endSpan(span, { 'fahrplan.error_code': errorCode ?? 'none' }, errorCode);
          metrics.graphqlOperations.inc({
            operation_name: operationName,
            operation_type: operationType,
            error_code: errorCode ?? 'none',
          });
          metrics.graphqlDuration.observe(
            { operation_name: operationName, operation_type: operationType },
            (performance.now() - started) / 1000,
          );
          if (operationType !== 'mutation' || !operation) return;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== 'Field') continue;
            metrics.commands.inc({ command: selection.name.value, outcome: errorCode ?? 'ok' });
          }
        },
      };
    },
  };
};
