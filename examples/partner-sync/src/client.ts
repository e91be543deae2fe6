import type { TypedDocumentString } from './gql/graphql.js';

export interface Endpoint {
  /** The API's address, e.g. `https://fahrplan.example`. */
  readonly url: string;
  /** The partner's bearer token. */
  readonly token?: string;
}

/** One typed request: the document's result and variables types come from the generated client. */
export const request = async <Result, Variables>(
  endpoint: Endpoint,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> => {
  const response = await fetch(`${endpoint.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) {
    throw new Error(
      `GraphQL request failed (${response.status}): ${body.errors?.map((e) => e.message).join('; ')}`,
    );
  }
  return body.data;
};
