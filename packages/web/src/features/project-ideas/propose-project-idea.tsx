import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { CommandDialog } from '../../commands/command-dialog.js';
import { CommandForm } from '../../commands/command-form.js';
import { useCommand } from '../../commands/use-command.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
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

const ProposeForm = ({
  actionFields,
  onDone,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
  readonly onDone: () => void;
}) => {
  const m = useMessages(projectIdeaMessages);
  const [, navigate] = useLocation();
  const [state, run] = useCommand(ProposeProjectIdea, PROJECT_IDEA_FIELDS);
  const [draft, setDraft] = useState(EMPTY);
  const actionFieldOptions = useActionFieldOptions(actionFields);
  const submit = async () => {
    const data = await run({
      input: {
        title: draft.title.trim(),
        body: draft.body.trim(),
        actionFields: [...draft.actionFieldIds],
        ...(draft.plannedStart ? { plannedStart: draft.plannedStart } : {}),
        ...(draft.plannedEnd ? { plannedEnd: draft.plannedEnd } : {}),
      },
    });
    if (!data) return;
    onDone();
    // On its page, partners, origins and milestones are added next.
    navigate(itemPath('ProjectIdea', data.proposeProjectIdea.projectIdea.id));
  };
  return (
    <CommandForm state={state} onSubmit={submit} onCancel={onDone} submitLabel={m.propose}>
      <ProjectIdeaFields
        value={draft}
        onChange={setDraft}
        state={state}
        actionFieldOptions={actionFieldOptions}
      />
    </CommandForm>
  );
};

export const ProposeProjectIdeaButton = ({
  actionFields,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
}) => {
  const m = useMessages(projectIdeaMessages);
  return (
    <CommandDialog label={m.proposeIdea} variant="primary">
      {(close) => <ProposeForm actionFields={actionFields} onDone={close} />}
    </CommandDialog>
  );
};
