import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { ActionFieldChoices } from '../../shared/action-field-choices.js';
import { ItemPageFields } from '../../shared/item/fragments.js';
import { MilestoneFields } from '../../shared/milestone-fragment.js';
import { ActionFieldOption } from '../../shared/options.js';

/** Everything the project idea page shows, in one query. */
export const ProjectIdeaPageQuery = graphql(
  `
    query ProjectIdeaPage($process: String, $id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
      node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
        __typename
        ... on ProjectIdea {
          ...ItemPageFields
          body
          proposedAt
          plannedStart
          plannedEnd
          actionFields {
            ...ActionFieldOption
          }
          partners {
            partnerId
            name
            sector
            role
          }
          originatesFrom {
            __typename
            id
            title
            status
          }
          milestones {
            ...MilestoneFields
          }
        }
      }
      ...ActionFieldChoices
    }
  `,
  [ActionFieldOption, ItemPageFields, ActionFieldChoices, MilestoneFields],
);

type PageNode = NonNullable<ResultOf<typeof ProjectIdeaPageQuery>['node']>;
export type ProjectIdeaData = Extract<PageNode, { __typename: 'ProjectIdea' }>;
export type Partner = ProjectIdeaData['partners'][number];
export type Origin = ProjectIdeaData['originatesFrom'][number];
export type Milestone = ProjectIdeaData['milestones'][number];

/** What a form on the idea's page gets: the idea as loaded, and what to do after. */
export interface IdeaFormProps {
  readonly idea: ProjectIdeaData;
  /** Closes the dialog (after the change, or on cancel). */
  readonly onDone: () => void;
  /** Loads the idea anew after a conflict, keeping the form's input. */
  readonly onReload: () => void;
}

/** What a section of the idea's page gets: the idea, whether it may change, and who may. */
export interface IdeaSectionProps {
  readonly idea: ProjectIdeaData;
  readonly editable: boolean;
  readonly can: (mutation: string) => boolean;
  readonly onReload: () => void;
}

/** Partners, origins and milestones change while the project is open; a closed one keeps its record. */
export const isOpen = (idea: ProjectIdeaData): boolean =>
  idea.status === 'idea' || idea.status === 'in_preparation' || idea.status === 'running';
