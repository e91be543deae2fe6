import { graphql, type ResultOf } from '../../../graphql/graphql.js';
import { ItemPageFields } from '../../../shared/item/fragments.js';

export const ActionFieldsQuery = graphql(`
  query ActionFields($process: String, $asOf: DateTime, $asOfBasis: TimeBasis) {
    actionFields(process: $process, asOf: $asOf, asOfBasis: $asOfBasis, first: 100) {
      edges {
        node {
          id
          key
          title
          description
          status
        }
      }
    }
  }
`);

/** An action field's page in one request: its content, history and provenance. */
export const ActionFieldQuery = graphql(
  `
  query ActionField($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
    node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
      __typename
      id
      ... on ActionField {
        ...ItemPageFields
        key
        description
      }
    }
  }
`,
  [ItemPageFields],
);

type ActionFieldNode = NonNullable<ResultOf<typeof ActionFieldQuery>['node']>;
export type ActionFieldDetail = Extract<ActionFieldNode, { __typename: 'ActionField' }>;

export const DefineActionField = graphql(`
  mutation DefineActionField($input: DefineActionFieldInput!) {
    defineActionField(input: $input) {
      version
      actionField {
        id
      }
    }
  }
`);

export const ReviseActionField = graphql(`
  mutation ReviseActionField($input: ReviseActionFieldInput!) {
    reviseActionField(input: $input) {
      version
      actionField {
        id
      }
    }
  }
`);

export const RetireActionField = graphql(`
  mutation RetireActionField($input: RetireActionFieldInput!) {
    retireActionField(input: $input) {
      version
      actionField {
        id
      }
    }
  }
`);
