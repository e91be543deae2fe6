import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useRef, useState } from 'react';
import { type AnyVariables, useMutation } from 'urql';
import { type ApiError, apiErrorsOf } from '../graphql/errors.js';
import { createIdempotencyKeys } from './idempotency.js';

export interface CommandState {
  readonly pending: boolean;
  /** Every error of the last attempt, in the user's language (the API localises them). */
  readonly errors: readonly ApiError[];
  /**
   * The message for one input field (`input.title` or `title`), if the API blamed it; with the
   * form's label for the field, the message names it so instead of by its internal name.
   */
  readonly errorFor: (field: string, label?: string) => string | undefined;
  /** Errors no field of the form owns: shown above it. */
  readonly generalErrors: readonly ApiError[];
  /** Someone else changed the item since it was loaded: reload, keep the input, retry. */
  readonly conflict: boolean;
  readonly reset: () => void;
}

const fieldName = (field: string): string => field.replace(/^input\./, '');

/** The API quotes a field by its input name („actionFieldIds“); the form calls it by its label. */
export const namedAs = (message: string, field: string, label: string): string =>
  message.replaceAll(`„${field}“`, `„${label}“`).replaceAll(`"${field}"`, `"${label}"`);

/**
 * Runs one mutation and keeps its errors where a form can show them: next to the field the API
 * named in `extensions.field`, or above the form. Resolves to the data, or null on failure.
 */
export const useCommand = <Result, Variables extends AnyVariables>(
  document: TadaDocumentNode<Result, Variables>,
  /** The input fields the form shows an error beside; errors on any other field go above. */
  formFields: readonly string[] = [],
  /**
   * Whether the mutation takes an idempotency key (every item command does). People's mutations
   * take none: repeated, a grant or a registration is refused as a CONFLICT, never written twice.
   */
  { idempotent = true }: { readonly idempotent?: boolean } = {},
): [CommandState, (variables: Variables) => Promise<Result | null>] => {
  const [{ fetching }, execute] = useMutation<Result, Variables>(document);
  const [errors, setErrors] = useState<readonly ApiError[]>([]);
  // One key per change: a retry of the same input after a failure cannot write twice.
  const keys = useRef(createIdempotencyKeys()).current;
  const run = useCallback(
    async (variables: Variables) => {
      setErrors([]);
      const result = await execute(idempotent ? keys.add(variables) : variables);
      if (result.error) {
        setErrors(apiErrorsOf(result.error));
        return null;
      }
      keys.settled();
      return result.data ?? null;
    },
    [execute, keys, idempotent],
  );
  const reset = useCallback(() => setErrors([]), []);
  const state: CommandState = {
    pending: fetching,
    errors,
    errorFor: (field, label) => {
      const error = errors.find(
        (each) => each.field !== undefined && fieldName(each.field) === field,
      );
      return error && label ? namedAs(error.message, field, label) : error?.message;
    },
    generalErrors: errors.filter(
      (error) =>
        error.field === undefined ||
        error.code === 'CONFLICT' ||
        !formFields.includes(fieldName(error.field)),
    ),
    conflict: errors.some((error) => error.code === 'CONFLICT'),
    reset,
  };
  return [state, run];
};
