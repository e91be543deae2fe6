import type { TadaDocumentNode } from 'gql.tada';
import { useState } from 'react';
import { CommandDialog } from '../../commands/command-dialog.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { type ItemCommandInput, TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import type { ItemCommandsProps } from '../../shared/item-page-query.js';
import { OccurredOnField } from '../../shared/milestone-fields.js';
import {
  type ActionFieldOptionData,
  sameActionFields,
  useActionFieldOptions,
} from '../../shared/options.js';
import { projectIdeaMessages } from './messages.js';
import {
  PROJECT_IDEA_FIELDS,
  type ProjectIdeaDraft,
  ProjectIdeaFields,
} from './project-idea-fields.js';
import { type IdeaFormProps, isOpen, type ProjectIdeaData } from './project-idea-query.js';

const ReviseProjectIdea = graphql(`
  mutation ReviseProjectIdea($input: ReviseProjectIdeaInput!) {
    reviseProjectIdea(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const StartProjectPreparation = graphql(`
  mutation StartProjectPreparation($input: StartProjectPreparationInput!) {
    startProjectPreparation(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const LaunchProject = graphql(`
  mutation LaunchProject($input: LaunchProjectInput!) {
    launchProject(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const CompleteProject = graphql(`
  mutation CompleteProject($input: CompleteProjectInput!) {
    completeProject(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const DiscontinueProject = graphql(`
  mutation DiscontinueProject($input: DiscontinueProjectInput!) {
    discontinueProject(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const draftOf = (idea: ProjectIdeaData): ProjectIdeaDraft => ({
  title: idea.title,
  body: idea.body,
  actionFieldIds: idea.actionFields.map((field) => field.id),
  plannedStart: idea.plannedStart ?? '',
  plannedEnd: idea.plannedEnd ?? '',
});

/** Only what changed; an emptied date is left as it was (the API has no way to clear one). */
const changesOf = (before: ProjectIdeaDraft, after: ProjectIdeaDraft) => ({
  ...(after.title !== before.title ? { title: after.title.trim() } : {}),
  ...(after.body !== before.body ? { body: after.body.trim() } : {}),
  ...(sameActionFields(after.actionFieldIds, before.actionFieldIds)
    ? {}
    : { actionFields: [...after.actionFieldIds] }),
  ...(after.plannedStart && after.plannedStart !== before.plannedStart
    ? { plannedStart: after.plannedStart }
    : {}),
  ...(after.plannedEnd && after.plannedEnd !== before.plannedEnd
    ? { plannedEnd: after.plannedEnd }
    : {}),
});

const ReviseForm = ({
  idea,
  actionFields,
  onDone,
  onReload,
}: IdeaFormProps & { actionFields: readonly ActionFieldOptionData[] }) => {
  const m = useMessages(projectIdeaMessages);
  const [draft, setDraft] = useState(() => draftOf(idea));
  const actionFieldOptions = useActionFieldOptions(actionFields, draft.actionFieldIds);
  return (
    <TransitionForm
      mutation={ReviseProjectIdea}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={() => changesOf(draftOf(idea), draft)}
      formFields={PROJECT_IDEA_FIELDS}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.save}
    >
      {(state) => (
        <ProjectIdeaFields
          value={draft}
          onChange={setDraft}
          state={state}
          actionFieldOptions={actionFieldOptions}
        />
      )}
    </TransitionForm>
  );
};

/** The commands that move a project idea along, named as the viewer's permissions name them. */
type Step = 'startProjectPreparation' | 'launchProject' | 'completeProject' | 'discontinueProject';

/** All four take the same input: the version, when, why and on what evidence. */
const STEP_MUTATIONS: Record<
  Step,
  TadaDocumentNode<unknown, { input: ItemCommandInput & { occurredAt?: string } }>
> = {
  startProjectPreparation: StartProjectPreparation,
  launchProject: LaunchProject,
  completeProject: CompleteProject,
  discontinueProject: DiscontinueProject,
};

/** What each step's button says and what its dialog explains. */
const useStepTexts = () => {
  const m = useMessages(projectIdeaMessages);
  return {
    startProjectPreparation: { label: m.startPreparation, intro: m.startPreparationIntro },
    launchProject: { label: m.launch, intro: m.launchIntro },
    completeProject: { label: m.complete, intro: m.completeIntro },
    discontinueProject: { label: m.discontinue, intro: m.discontinueIntro },
  } satisfies Record<Step, { label: string; intro: string }>;
};

/** The step open in each status; discontinuing is possible from every open one. */
const nextStep = (status: string): Step | null => {
  switch (status) {
    case 'idea':
      return 'startProjectPreparation';
    case 'in_preparation':
      return 'launchProject';
    case 'running':
      return 'completeProject';
    default:
      return null;
  }
};

const StepForm = ({ idea, step, onDone, onReload }: IdeaFormProps & { step: Step }) => {
  const m = useMessages(projectIdeaMessages);
  const texts = useStepTexts()[step];
  const today = useToday();
  const [on, setOn] = useState<string>(today);
  const discontinue = step === 'discontinueProject';
  return (
    <TransitionForm
      mutation={STEP_MUTATIONS[step]}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={occurredAtInput(on, today)}
      formFields={['reason', 'occurredAt']}
      onDone={onDone}
      onCancel={onDone}
      reason={discontinue ? 'required' : 'optional'}
      danger={discontinue}
      intro={texts.intro}
      submitLabel={texts.label}
    >
      {(state) => (
        <OccurredOnField label={m.stepDate} required value={on} onChange={setOn} state={state} />
      )}
    </TransitionForm>
  );
};

/** Revise and the lifecycle (idea → in preparation → running → completed, or discontinued). */
export const ProjectIdeaActions = ({
  idea,
  actionFields,
  can,
  onReload,
}: ItemCommandsProps & { readonly idea: ProjectIdeaData }) => {
  const m = useMessages(projectIdeaMessages);
  const texts = useStepTexts();
  if (!isOpen(idea)) return null;
  const next = nextStep(idea.status);
  return (
    <>
      {can('reviseProjectIdea') ? (
        <CommandDialog label={m.revise} title={m.reviseTitle}>
          {(close) => (
            <ReviseForm
              idea={idea}
              actionFields={actionFields}
              onDone={close}
              onReload={onReload}
            />
          )}
        </CommandDialog>
      ) : null}
      {next && can(next) ? (
        <CommandDialog label={texts[next].label} variant="primary">
          {(close) => <StepForm step={next} idea={idea} onDone={close} onReload={onReload} />}
        </CommandDialog>
      ) : null}
      {can('discontinueProject') ? (
        <CommandDialog label={texts.discontinueProject.label} variant="danger">
          {(close) => (
            <StepForm step="discontinueProject" idea={idea} onDone={close} onReload={onReload} />
          )}
        </CommandDialog>
      ) : null}
    </>
  );
};
