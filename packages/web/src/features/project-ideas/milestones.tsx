import { useState } from 'react';
import { useCommand } from '../../commands/use-command.js';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { Empty } from '../../ui/feedback.js';
import { TextField } from '../../ui/fields.js';
import { Section } from '../../ui/page.js';
import { CommandForm, DecisionForm, DialogButton } from '../meetings/dialogs.js';
import { occurredAtInput, today } from '../meetings/options.js';
import { projectIdeaMessages } from './messages.js';
import type { Milestone, ProjectIdeaData } from './project-idea-query.js';

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

interface FormProps {
  readonly idea: ProjectIdeaData;
  readonly onDone: () => void;
  readonly onReload: () => void;
}

const PlanForm = ({ idea, onDone, onReload }: FormProps) => {
  const m = useMessages(projectIdeaMessages);
  const [state, run] = useCommand(PlanProjectMilestone, ['title', 'dueDate']);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [dueDateMissing, setDueDateMissing] = useState(false);
  const submit = async () => {
    setDueDateMissing(dueDate === '');
    if (dueDate === '') return;
    const done = await run({
      input: { id: idea.id, expectedVersion: idea.version, title: title.trim(), dueDate },
    });
    if (done) onDone();
  };
  return (
    <CommandForm
      state={state}
      onReload={onReload}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={m.planMilestone}
    >
      <TextField
        label={m.milestoneTitle}
        required
        value={title}
        onChange={setTitle}
        error={state.errorFor('title')}
      />
      <TextField
        label={m.dueDate}
        type="date"
        required
        value={dueDate}
        onChange={setDueDate}
        error={dueDateMissing ? m.dueDateMissing : state.errorFor('dueDate')}
      />
    </CommandForm>
  );
};

const ReachForm = ({ idea, milestone, onDone, onReload }: FormProps & { milestone: Milestone }) => {
  const m = useMessages(projectIdeaMessages);
  const [state, run] = useCommand(ReachProjectMilestone, ['occurredAt', 'reason']);
  const [reachedOn, setReachedOn] = useState(today);
  return (
    <DecisionForm
      state={state}
      onReload={onReload}
      onDone={onDone}
      reasonRequired={false}
      submitLabel={m.reach}
      intro={milestone.title}
      confirm={(decision) =>
        run({
          input: {
            id: idea.id,
            expectedVersion: idea.version,
            milestoneId: milestone.milestoneId,
            ...occurredAtInput(reachedOn),
            ...decision,
          },
        })
      }
    >
      <TextField
        label={m.reachedOn}
        type="date"
        required
        value={reachedOn}
        onChange={setReachedOn}
        error={state.errorFor('occurredAt')}
      />
    </DecisionForm>
  );
};

/** The milestones that put the project on the roadmap to 2030, in the order planned. */
export const Milestones = ({
  idea,
  editable,
  can,
  onReload,
}: {
  readonly idea: ProjectIdeaData;
  readonly editable: boolean;
  readonly can: (mutation: string) => boolean;
  readonly onReload: () => void;
}) => {
  const m = useMessages(projectIdeaMessages);
  const format = useFormat();
  const canReach = editable && can('reachProjectMilestone');
  return (
    <Section
      id="milestones"
      title={m.milestones}
      actions={
        editable && can('planProjectMilestone') ? (
          <DialogButton label={m.planMilestone} small>
            {(close) => <PlanForm idea={idea} onDone={close} onReload={onReload} />}
          </DialogButton>
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
                <DialogButton
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
                </DialogButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
