import { useCallback } from 'react';
import { useProcessSlug } from '../../app/process.js';
import { useIdParam } from '../../app/use-id-param.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveQuery } from '../../live/use-live-query.js';
import { useViewer } from '../../session/session.js';
import { ItemPage } from '../../shared/item/item-page.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { projectIdeaMessages } from './messages.js';
import { Milestones } from './milestones.js';
import { Origins } from './origins.js';
import { Partners } from './partners.js';
import { ProjectIdeaActions } from './project-idea-actions.js';
import { ProjectIdeaDetails } from './project-idea-details.js';
import { isOpen, ProjectIdeaPageQuery } from './project-idea-query.js';

/** `/project-ideas/:id`: a project idea with partners, origins, milestones and lifecycle. */
export const ProjectIdeaPage = () => {
  const m = useMessages(projectIdeaMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const viewer = useViewer();
  const [result, reload] = useLiveQuery(
    {
      query: ProjectIdeaPageQuery,
      variables: { id, process, asOf, asOfBasis },
    },
    { item: id },
  );
  const can = useCallback(
    (mutation: string) => asOf === null && viewer.can(mutation),
    [asOf, viewer],
  );
  if (!result.data) {
    return result.error ? <QueryError error={result.error} retry={reload} /> : <Loading />;
  }
  const { node } = result.data;
  if (node?.__typename !== 'ProjectIdea') {
    return (
      <Page title={m.notFoundTitle}>
        <p>{m.notFoundText}</p>
      </Page>
    );
  }
  const actionFields = result.data.actionFields.edges.map((edge) => edge.node);
  const editable = isOpen(node);
  return (
    <ItemPage
      kind="ProjectIdea"
      item={node}
      actions={
        <ProjectIdeaActions idea={node} actionFields={actionFields} can={can} onReload={reload} />
      }
    >
      <ProjectIdeaDetails idea={node} />
      <Partners idea={node} editable={editable} can={can} onReload={reload} />
      <Origins idea={node} editable={editable} can={can} onReload={reload} />
      <Milestones idea={node} editable={editable} can={can} onReload={reload} />
    </ItemPage>
  );
};
