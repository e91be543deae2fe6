import type { CombinedError } from '@urql/core';

/** An error the API reported, with its `extensions.code` and, where one is to blame, the field. */
export interface ApiError {
  readonly code: string;
  readonly field: string | undefined;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The API's typed errors out of urql's combined error; a network failure becomes `NETWORK`. */
export const apiErrorsOf = (error: CombinedError): ApiError[] => {
  if (error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', field: undefined, message: error.message, details: {} }];
  }
  return error.graphQLErrors.flatMap((graphQLError): ApiError[] => {
    const { code, field, details, fieldErrors } = graphQLError.extensions;
    const first: ApiError = {
      code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
      field: typeof field === 'string' ? field : undefined,
      message: graphQLError.message,
      details: isRecord(details) ? details : {},
    };
    // Bad input in several fields comes as one error listing them all (itself first).
    if (!Array.isArray(fieldErrors) || fieldErrors.length === 0) return [first];
    return fieldErrors.filter(isRecord).map((each) => ({
      ...first,
      field: typeof each.field === 'string' ? each.field : undefined,
      message: typeof each.message === 'string' ? each.message : first.message,
      details: {},
    }));
  });
};
