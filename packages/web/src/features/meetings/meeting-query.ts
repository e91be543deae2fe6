import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { ActionFieldChoices } from '../../shared/action-field-choices.js';
import { ItemPageFields } from '../../shared/item/fragments.js';
import { ActionFieldOption } from '../../shared/options.js';
import { SuggestionRowFields } from './suggestions/fragments.js';

/** Everything the meeting page shows, in one query: the meeting, its suggestions, the choices. */
export const MeetingPageQuery = graphql(
  `
    query MeetingPage($process: String, $id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
      node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
        __typename
        ... on Meeting {
          ...ItemPageFields
          kind
          date
          place
          description
          summary
          cancellationReason
          actionFields {
            ...ActionFieldOption
          }
          participantsBySector {
            industry
            science
            society
            administration
            total
          }
          participants {
            subjectId
            name
            email
            organisation
            sector
            erased
          }
          suggestions(first: 100) {
            edges {
              node {
                ...SuggestionRowFields
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
      ...ActionFieldChoices
    }
  `,
  [ActionFieldOption, SuggestionRowFields, ItemPageFields, ActionFieldChoices],
);

type PageNode = NonNullable<ResultOf<typeof MeetingPageQuery>['node']>;
export type MeetingData = Extract<PageNode, { __typename: 'Meeting' }>;
export type Participant = MeetingData['participants'][number];

/** What a form on the meeting's page gets: the meeting as loaded, and what to do after. */
export interface MeetingFormProps {
  readonly meeting: MeetingData;
  /** Closes the dialog (after the change, or on cancel). */
  readonly onDone: () => void;
  /** Loads the meeting anew after a conflict, keeping the form's input. */
  readonly onReload: () => void;
}
