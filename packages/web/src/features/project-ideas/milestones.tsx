import { useState } from 'react';
import { CommandDialog } from '../../commands/command-dialog.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { EntryList, EntrySection } from '../../shared/entry-section.js';
import {
  OccurredOnField,
  PlanMilestoneFields,
  usePlanMilestone,
} from '../../shared/milestone-fields.js';
import { projectIdeaMessages } from './messages.js';
import type { IdeaFormProps, IdeaSectionProps, Milestone } from './project-idea-query.js';

const PlanProjectMilestone = graphql(`
  mutation PlanProjectMilestone($input: PlanProjectMilestoneInput!) {
    planProjectMilestone(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const ReachProjectMilestone = graphql(`
  mutation ReachProjectMilestone($input: ReachProjectMilestoneInput!) {
    reachProjectMilestone(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const PlanForm = ({ idea, onDone, onReload }: IdeaFormProps) => {
  const m = useMessages(projectIdeaMessages);
  const milestone = usePlanMilestone();
  return (
    <TransitionForm
      mutation={PlanProjectMilestone}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={milestone.input}
      formFields={['title', 'dueDate']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.planMilestone}
    >
      {(state) => (
        <PlanMilestoneFields
          milestone={milestone}
          labels={{ title: m.milestoneTitle, dueDate: m.dueDate, missing: m.dueDateMissing }}
          state={state}
        />
      )}
    </TransitionForm>
  );
};

const ReachForm = ({
  idea,
  milestone,
  onDone,
  onReload,
}: IdeaFormProps & { milestone: Milestone }) => {
  const m = useMessages(projectIdeaMessages);
  const today = useToday();
  const [reachedOn, setReachedOn] = useState<string>(today);
  return (
    <TransitionForm
      mutation={ReachProjectMilestone}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={{ milestoneId: milestone.milestoneId, ...occurredAtInput(reachedOn, today) }}
      formFields={['occurredAt', 'reason']}
      onDone={onDone}
      onCancel={onDone}
      reason="optional"
      submitLabel={m.reach}
      intro={milestone.title}
    >
      {(state) => (
        <OccurredOnField
          label={m.reachedOn}
          required
          value={reachedOn}
          onChange={setReachedOn}
          state={state}
        />
      )}
    </TransitionForm>
  );
};

/** The milestones that put the project on the roadmap to 2030, in the order planned. */
export const Milestones = ({ idea, editable, can, onReload }: IdeaSectionProps) => {
  const m = useMessages(projectIdeaMessages);
  const format = useFormat();
  const canReach = editable && can('reachProjectMilestone');
  return (
    <EntrySection
      id="milestones"
      title={m.milestones}
      add={
        editable && can('planProjectMilestone')
          ? {
              label: m.planMilestone,
              form: (close) => <PlanForm idea={idea} onDone={close} onReload={onReload} />,
            }
          : null
      }
      empty={idea.milestones.length === 0 ? m.noMilestones : null}
    >
      <EntryList entries={idea.milestones} entryKey={(milestone) => milestone.milestoneId}>
        {(milestone) => (
          <>
            <strong>{milestone.title}</strong>
            <span className="meta">
              {milestone.reachedAt
                ? m.reachedAt(format.date(milestone.reachedAt))
                : m.dueOn(format.date(milestone.dueDate))}
            </span>
            {milestone.status === 'OPEN' && canReach ? (
              <CommandDialog
                label={m.reach}
                accessibleLabel={m.reachNamed(milestone.title)}
                title={m.reachTitle}
                small
              >
                {(close) => (
                  <ReachForm idea={idea} milestone={milestone} onDone={close} onReload={onReload} />
                )}
              </CommandDialog>
            ) : null}
          </>
        )}
      </EntryList>
    </EntrySection>
  );
};
