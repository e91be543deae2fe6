import { useState } from 'react';
import { DecisionFields, decisionInput, useDecision } from '../../commands/decision-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { CommandForm } from './command-dialog.js';
import { DECISION_FIELDS } from './decision-form.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import type { MeasureMilestone } from './measure-query.js';
import { measureMessages } from './messages.js';
import { PlanMilestone, ReachMilestone, RescheduleMilestone } from './mutations.js';
import { useDayFormat } from './period.js';

/** Today as a calendar day in the user's time zone (the latest day a date input may pick). */
const today = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Meilenstein planen: what is reached, and by when. */
export const PlanMilestoneForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const [state, run] = useCommand(PlanMilestone, ['title', 'dueDate', ...DECISION_FIELDS]);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [missingDate, setMissingDate] = useState(false);
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    setMissingDate(dueDate === '');
    if (dueDate === '') return;
    const input = {
      id: measure.id,
      expectedVersion: measure.version,
      title: title.trim(),
      dueDate,
      ...decisionInput(decision),
    };
    if (await run({ input })) {
      close();
      done(m.donePlan);
    }
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.planMilestone}
    >
      <TextField
        label={m.milestoneTitle}
        required
        value={title}
        onChange={setTitle}
        error={state.errorFor('title')}
        autoFocus
      />
      <TextField
        label={m.dueDate}
        type="date"
        required
        value={dueDate}
        onChange={setDueDate}
        hint={m.dueDateHint(day(measure.adoptedAt))}
        error={missingDate ? m.dateRequired : state.errorFor('dueDate')}
      />
      <DecisionFields
        value={decision}
        onChange={setDecision}
        state={state}
        reasonRequired={false}
      />
    </CommandForm>
  );
};

interface MilestoneFormProps extends MeasureFormProps {
  readonly milestone: MeasureMilestone;
}

/** Meilenstein verschieben: a new date, and (the domain requires it) why. */
export const RescheduleMilestoneForm = ({
  measure,
  milestone,
  reload,
  close,
  done,
}: MilestoneFormProps) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const [state, run] = useCommand(RescheduleMilestone, ['dueDate', ...DECISION_FIELDS]);
  const [dueDate, setDueDate] = useState('');
  const [missingDate, setMissingDate] = useState(false);
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    setMissingDate(dueDate === '');
    if (dueDate === '') return;
    const input = {
      id: measure.id,
      expectedVersion: measure.version,
      milestoneId: milestone.milestoneId,
      dueDate,
      ...decisionInput(decision),
    };
    if (await run({ input })) {
      close();
      done(m.doneReschedule);
    }
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.reschedule}
    >
      <p>{m.currentDue(milestone.title, day(milestone.dueDate))}</p>
      <TextField
        label={m.newDueDate}
        type="date"
        required
        value={dueDate}
        onChange={setDueDate}
        hint={m.dueDateHint(day(measure.adoptedAt))}
        error={missingDate ? m.dateRequired : state.errorFor('dueDate')}
        autoFocus
      />
      <DecisionFields value={decision} onChange={setDecision} state={state} reasonRequired />
    </CommandForm>
  );
};

/** Meilenstein erreicht: today, or the day it really happened. */
export const ReachMilestoneForm = ({
  measure,
  milestone,
  reload,
  close,
  done,
}: MilestoneFormProps) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const [state, run] = useCommand(ReachMilestone, ['occurredAt', ...DECISION_FIELDS]);
  const [reachedOn, setReachedOn] = useState('');
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    // Today means now: a bare date would be midnight UTC, possibly still "in the future".
    const occurredAt = reachedOn && reachedOn !== today() ? reachedOn : undefined;
    const input = {
      id: measure.id,
      expectedVersion: measure.version,
      milestoneId: milestone.milestoneId,
      ...(occurredAt ? { occurredAt } : {}),
      ...decisionInput(decision),
    };
    if (await run({ input })) {
      close();
      done(m.doneReach);
    }
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.reach}
    >
      <p>{m.reachText(milestone.title, day(milestone.dueDate))}</p>
      <TextField
        label={m.reachedOnLabel}
        type="date"
        value={reachedOn}
        onChange={setReachedOn}
        hint={m.reachedOnHint}
        error={state.errorFor('occurredAt')}
      />
      <DecisionFields
        value={decision}
        onChange={setDecision}
        state={state}
        reasonRequired={false}
      />
    </CommandForm>
  );
};
