import { graphql } from '../../graphql/graphql.js';

/** One entry of an item's history: who, when, why, on what evidence, and what changed. */
export const HistoryEntryFields = graphql(`
  fragment HistoryEntryFields on HistoryEntry @_unmask {
    type
    version
    actor
    actorName
    role
    reason
    occurredAt
    recordedAt
    position
    evidence
    changes {
      field
      before
      after
      items {
        id
        title
      }
    }
    people {
      subjectId
      name
      organisation
      erased
    }
  }
`);

/** Where an item came from and what became of it, as a graph of items and typed links. */
export const ProvenanceFields = graphql(`
  fragment ProvenanceFields on ProvenanceGraph @_unmask {
    nodes {
      id
      kind
      status
      title
      process {
        slug
        title
      }
    }
    edges {
      source
      target
      relation
      eventType
      actor
      actorName
      reason
      occurredAt
      recordedAt
      crossesProcesses
    }
  }
`);

/** One page of an item's history, oldest first. */
export const HistoryPageFields = graphql(
  `
  fragment HistoryPageFields on HistoryEntryConnection @_unmask {
    edges {
      node {
        ...HistoryEntryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`,
  [HistoryEntryFields],
);

/** What every item's page shows around the kind's own sections (see `ItemPage`). */
export const ItemPageFields = graphql(
  `
  fragment ItemPageFields on Item @_unmask {
    id
    title
    status
    version
    createdAt
    updatedAt
    # A short first page keeps the item's page under the API's cost limit; the rest follows.
    historyEntries(first: 20) {
      ...HistoryPageFields
    }
    provenance(depth: 5) {
      ...ProvenanceFields
    }
  }
`,
  [HistoryPageFields, ProvenanceFields],
);
