import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { CreateDialog } from '../../shared/create-form.js';
import { type ActionFieldOptionData, useActionFieldOptions } from '../../shared/options.js';
import { projectIdeaMessages } from './messages.js';
import {
  PROJECT_IDEA_FIELDS,
  type ProjectIdeaDraft,
  ProjectIdeaFields,
} from './project-idea-fields.js';

const ProposeProjectIdea = graphql(`
  mutation ProposeProjectIdea($input: ProposeProjectIdeaInput!) {
    proposeProjectIdea(input: $input) {
      projectIdea {
        id
      }
    }
  }
`);

const EMPTY: ProjectIdeaDraft = {
  title: '',
  body: '',
  actionFieldIds: [],
  plannedStart: '',
  plannedEnd: '',
};

export const ProposeProjectIdeaButton = ({
  actionFields,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
}) => {
  const m = useMessages(projectIdeaMessages);
  const [, navigate] = useLocation();
  const actionFieldOptions = useActionFieldOptions(actionFields);
  return (
    <CreateDialog
      label={m.proposeIdea}
      submitLabel={m.propose}
      mutation={ProposeProjectIdea}
      formFields={PROJECT_IDEA_FIELDS}
      empty={EMPTY}
      input={(draft) => ({
        title: draft.title.trim(),
        body: draft.body.trim(),
        actionFields: [...draft.actionFieldIds],
        ...(draft.plannedStart ? { plannedStart: draft.plannedStart } : {}),
        ...(draft.plannedEnd ? { plannedEnd: draft.plannedEnd } : {}),
      })}
      // On its page, partners, origins and milestones are added next.
      onCreated={(data) =>
        navigate(itemPath('ProjectIdea', data.proposeProjectIdea.projectIdea.id))
      }
    >
      {(fields) => <ProjectIdeaFields {...fields} actionFieldOptions={actionFieldOptions} />}
    </CreateDialog>
  );
};
