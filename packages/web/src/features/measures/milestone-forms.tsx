import { useState } from 'react';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { TransitionForm } from '../../commands/transition-form.js';
import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { useDayFormat } from '../../shared/measure/period.js';
import { TextField } from '../../ui/fields.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import type { MeasureMilestone } from './measure-query.js';
import { measureMessages } from './messages.js';
import { PlanMilestone, ReachMilestone, RescheduleMilestone } from './mutations.js';

/** A due date is required: a blank one is caught here, before the API would refuse it. */
const useDueDate = () => {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const check = (): boolean => {
    setMissing(value === '');
    return value !== '';
  };
  return { value, setValue, missing, check };
};

const DueDateField = ({
  label,
  dueDate,
  measure,
  state,
  autoFocus,
}: {
  readonly label: string;
  readonly dueDate: ReturnType<typeof useDueDate>;
  readonly measure: MeasureFormProps['measure'];
  readonly state: CommandState;
  readonly autoFocus?: boolean;
}) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  return (
    <TextField
      label={label}
      type="date"
      required
      value={dueDate.value}
      onChange={dueDate.setValue}
      hint={m.dueDateHint(day(measure.adoptedAt))}
      error={dueDate.missing ? m.dateRequired : state.errorFor('dueDate')}
      autoFocus={autoFocus}
    />
  );
};

/** Meilenstein planen: what is reached, and by when. */
export const PlanMilestoneForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const [title, setTitle] = useState('');
  const dueDate = useDueDate();
  return (
    <TransitionForm
      mutation={PlanMilestone}
      target={{ id: measure.id, version: measure.version, reload }}
      input={() => (dueDate.check() ? { title: title.trim(), dueDate: dueDate.value } : null)}
      formFields={['title', 'dueDate', ...DECISION_FIELDS]}
      onDone={() => {
        close();
        done(m.donePlan);
      }}
      onCancel={close}
      submitLabel={m.planMilestone}
      reason="optional"
    >
      {(state) => (
        <>
          <TextField
            label={m.milestoneTitle}
            required
            value={title}
            onChange={setTitle}
            error={state.errorFor('title', m.milestoneTitle)}
            autoFocus
          />
          <DueDateField label={m.dueDate} dueDate={dueDate} measure={measure} state={state} />
        </>
      )}
    </TransitionForm>
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
  const dueDate = useDueDate();
  return (
    <TransitionForm
      mutation={RescheduleMilestone}
      target={{ id: measure.id, version: measure.version, reload }}
      input={() =>
        dueDate.check() ? { milestoneId: milestone.milestoneId, dueDate: dueDate.value } : null
      }
      formFields={['dueDate', ...DECISION_FIELDS]}
      onDone={() => {
        close();
        done(m.doneReschedule);
      }}
      onCancel={close}
      submitLabel={m.reschedule}
      reason="required"
    >
      {(state) => (
        <>
          <p>{m.currentDue(milestone.title, day(milestone.dueDate))}</p>
          <DueDateField
            label={m.newDueDate}
            dueDate={dueDate}
            measure={measure}
            state={state}
            autoFocus
          />
        </>
      )}
    </TransitionForm>
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
  const today = useToday();
  const [reachedOn, setReachedOn] = useState('');
  return (
    <TransitionForm
      mutation={ReachMilestone}
      target={{ id: measure.id, version: measure.version, reload: reload }}
      input={{ milestoneId: milestone.milestoneId, ...occurredAtInput(reachedOn, today) }}
      formFields={['occurredAt', ...DECISION_FIELDS]}
      onCancel={close}
      onDone={() => {
        close();
        done(m.doneReach);
      }}
      submitLabel={m.reach}
      intro={m.reachText(milestone.title, day(milestone.dueDate))}
      reason="optional"
    >
      {(state) => (
        <TextField
          label={m.reachedOnLabel}
          type="date"
          value={reachedOn}
          onChange={setReachedOn}
          hint={m.reachedOnHint}
          error={state.errorFor('occurredAt', m.reachedOnLabel)}
        />
      )}
    </TransitionForm>
  );
};
