import { useState } from 'react';
import { CommandDialog } from '../../commands/command-dialog.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { Empty } from '../../ui/feedback.js';
import { TextField } from '../../ui/fields.js';
import { Section } from '../../ui/page.js';
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
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [dueDateMissing, setDueDateMissing] = useState(false);
  return (
    <TransitionForm
      mutation={PlanProjectMilestone}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={() => {
        setDueDateMissing(dueDate === '');
        return dueDate === '' ? null : { title: title.trim(), dueDate };
      }}
      formFields={['title', 'dueDate']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.planMilestone}
    >
      {(state) => (
        <>
          <TextField
            label={m.milestoneTitle}
            required
            value={title}
            onChange={setTitle}
            error={state.errorFor('title', m.milestoneTitle)}
          />
          <TextField
            label={m.dueDate}
            type="date"
            required
            value={dueDate}
            onChange={setDueDate}
            error={dueDateMissing ? m.dueDateMissing : state.errorFor('dueDate')}
          />
        </>
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
        <TextField
          label={m.reachedOn}
          type="date"
          required
          value={reachedOn}
          onChange={setReachedOn}
          error={state.errorFor('occurredAt', m.reachedOn)}
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
    <Section
      id="milestones"
      title={m.milestones}
      actions={
        editable && can('planProjectMilestone') ? (
          <CommandDialog label={m.planMilestone} small>
            {(close) => <PlanForm idea={idea} onDone={close} onReload={onReload} />}
          </CommandDialog>
        ) : null
      }
    >
      {idea.milestones.length === 0 ? (
        <Empty>{m.noMilestones}</Empty>
      ) : (
        <ul className="link-list">
          {idea.milestones.map((milestone) => (
            <li key={milestone.milestoneId} className="row">
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
                    <ReachForm
                      idea={idea}
                      milestone={milestone}
                      onDone={close}
                      onReload={onReload}
                    />
                  )}
                </CommandDialog>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
