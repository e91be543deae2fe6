import { useMessages } from '../../i18n/i18n.js';
import { actionFieldChoicesOf } from '../../shared/action-field-choices.js';
import { ItemPage } from '../../shared/item/item-page.js';
import { NotFoundPage, QueryPending, useItemPageQuery } from '../../shared/item-page-query.js';
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
  const { result, reload, can } = useItemPageQuery(ProjectIdeaPageQuery);
  if (!result.data) return <QueryPending error={result.error} retry={reload} />;
  const { node } = result.data;
  if (node?.__typename !== 'ProjectIdea') {
    return <NotFoundPage title={m.notFoundTitle} text={m.notFoundText} />;
  }
  const actionFields = actionFieldChoicesOf(result.data);
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
