import { type ProjectIdeaEvent, type ProjectIdeaStatus, STATUS_LABELS } from '@fahrplan/domain';
import { useState } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { statusFilterOf } from '../../i18n/domain-keys.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { ActionFieldChoices } from '../../shared/action-field-choices.js';
import { ItemListPage, useItemListQuery } from '../../shared/item-list-page.js';
import { ActionFieldOption, usePartnerRoleLabel } from '../../shared/options.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { projectIdeaMessages } from './messages.js';
import { useActionFieldNames, usePlannedPeriod } from './project-idea-details.js';
import { ProposeProjectIdeaButton } from './propose-project-idea.js';

const ProjectIdeasListQuery = graphql(
  `
    query ProjectIdeasList($process: String, $asOf: DateTime, $asOfBasis: TimeBasis, $statuses: [ProjectIdeaStatus!], $actionField: ID, $search: String) {
      projectIdeas(
        process: $process
        first: 100
        asOf: $asOf, asOfBasis: $asOfBasis
        statuses: $statuses
        actionField: $actionField
        search: $search
      ) {
        edges {
          node {
            id
            title
            status
            plannedStart
            plannedEnd
            actionFields {
              ...ActionFieldOption
            }
            partners {
              partnerId
              name
              role
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      ...ActionFieldChoices
    }
  `,
  [ActionFieldOption, ActionFieldChoices],
);

type IdeaRow = ResultOf<typeof ProjectIdeasListQuery>['projectIdeas']['edges'][number]['node'];

const LIST_EVENTS: readonly ProjectIdeaEvent['type'][] = [
  'ProjectIdeaProposed',
  'ProjectIdeaRevised',
  'ProjectPreparationStarted',
  'ProjectLaunched',
  'ProjectCompleted',
  'ProjectDiscontinued',
  'PartnerJoined',
  'PartnerLeft',
];

const IdeaItem = ({ idea }: { idea: IdeaRow }) => {
  const m = useMessages(projectIdeaMessages);
  const href = useHrefWithAsOf();
  const actionFieldNames = useActionFieldNames();
  const roleLabel = usePartnerRoleLabel();
  const plannedPeriod = usePlannedPeriod();
  return (
    <li className="card stack">
      <h2 className="idea-item__title">
        <Link href={href(itemPath('ProjectIdea', idea.id))}>{idea.title}</Link>
      </h2>
      <p className="row meta">
        <StatusBadge kind="ProjectIdea" status={idea.status} />
        <span>{plannedPeriod(idea.plannedStart, idea.plannedEnd)}</span>
      </p>
      <dl className="details details--compact">
        <dt>{m.partners}</dt>
        <dd>
          {idea.partners.length > 0
            ? idea.partners
                .map((partner) =>
                  partner.role ? `${partner.name} (${roleLabel(partner.role)})` : partner.name,
                )
                .join(', ')
            : m.noPartners}
        </dd>
        <dt>{m.actionFields}</dt>
        <dd>{actionFieldNames(idea.actionFields)}</dd>
      </dl>
    </li>
  );
};

/** `/project-ideas`: what could become a project, from idea to completion. */
export const ProjectIdeasListPage = () => {
  const m = useMessages(projectIdeaMessages);
  const label = useLabel();
  const [status, setStatus] = useState('');
  const list = useItemListQuery(
    ProjectIdeasListQuery,
    (common) => ({
      ...common,
      statuses: statusFilterOf<ProjectIdeaStatus>('ProjectIdea', status),
    }),
    LIST_EVENTS,
  );
  const statusOptions = Object.entries(STATUS_LABELS.ProjectIdea).map(([value, message]) => ({
    value,
    label: label(message),
  }));
  const { data } = list.result;
  const ideas = data?.projectIdeas.edges.map((edge) => edge.node) ?? [];
  return (
    <ItemListPage
      texts={m}
      list={list}
      create={{
        command: 'proposeProjectIdea',
        button: (actionFields) => <ProposeProjectIdeaButton actionFields={actionFields} />,
      }}
      choice={{
        label: m.status,
        allLabel: m.allStatuses,
        options: statusOptions,
        value: status,
        onChange: setStatus,
      }}
      count={ideas.length}
      empty={m.noIdeas}
      more={data?.projectIdeas.pageInfo.hasNextPage ? m.moreIdeas : null}
    >
      <ul className="idea-list grid long-list">
        {ideas.map((idea) => (
          <IdeaItem key={idea.id} idea={idea} />
        ))}
      </ul>
    </ItemListPage>
  );
};
