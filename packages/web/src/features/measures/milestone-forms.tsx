import { useState } from 'react';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { TransitionForm } from '../../commands/transition-form.js';
import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { useDayFormat } from '../../shared/measure/period.js';
import {
  DueDateField,
  OccurredOnField,
  PlanMilestoneFields,
  type RequiredDate,
  usePlanMilestone,
  useRequiredDate,
} from '../../shared/milestone-fields.js';
import { type MeasureFormProps, measureFormWiring } from './lifecycle-forms.js';
import type { MeasureMilestone } from './measure-query.js';
import { measureMessages } from './messages.js';
import { PlanMilestone, ReachMilestone, RescheduleMilestone } from './mutations.js';

/** The due date of a measure's milestone: not before the measure was adopted. */
const MeasureDueDateField = ({
  label,
  dueDate,
  measure,
  state,
  autoFocus,
}: {
  readonly label: string;
  readonly dueDate: RequiredDate;
  readonly measure: MeasureFormProps['measure'];
  readonly state: CommandState;
  readonly autoFocus?: boolean;
}) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  return (
    <DueDateField
      label={label}
      missingText={m.dateRequired}
      dueDate={dueDate}
      state={state}
      hint={m.dueDateHint(day(measure.adoptedAt))}
      autoFocus={autoFocus}
    />
  );
};

/** Meilenstein planen: what is reached, and by when. */
export const PlanMilestoneForm = (props: MeasureFormProps) => {
  const { measure } = props;
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const milestone = usePlanMilestone();
  return (
    <TransitionForm
      mutation={PlanMilestone}
      {...measureFormWiring(props, m.donePlan)}
      input={milestone.input}
      formFields={['title', 'dueDate', ...DECISION_FIELDS]}
      submitLabel={m.planMilestone}
      reason="optional"
    >
      {(state) => (
        <PlanMilestoneFields
          milestone={milestone}
          labels={{ title: m.milestoneTitle, dueDate: m.dueDate, missing: m.dateRequired }}
          state={state}
          dueDateHint={m.dueDateHint(day(measure.adoptedAt))}
          autoFocus
        />
      )}
    </TransitionForm>
  );
};

interface MilestoneFormProps extends MeasureFormProps {
  readonly milestone: MeasureMilestone;
}

/** Meilenstein verschieben: a new date, and (the domain requires it) why. */
export const RescheduleMilestoneForm = (props: MilestoneFormProps) => {
  const { measure, milestone } = props;
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const dueDate = useRequiredDate();
  return (
    <TransitionForm
      mutation={RescheduleMilestone}
      {...measureFormWiring(props, m.doneReschedule)}
      input={() =>
        dueDate.check() ? { milestoneId: milestone.milestoneId, dueDate: dueDate.value } : null
      }
      formFields={['dueDate', ...DECISION_FIELDS]}
      submitLabel={m.reschedule}
      reason="required"
    >
      {(state) => (
        <>
          <p>{m.currentDue(milestone.title, day(milestone.dueDate))}</p>
          <MeasureDueDateField
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
export const ReachMilestoneForm = (props: MilestoneFormProps) => {
  const { milestone } = props;
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const today = useToday();
  const [reachedOn, setReachedOn] = useState('');
  return (
    <TransitionForm
      mutation={ReachMilestone}
      {...measureFormWiring(props, m.doneReach)}
      input={{ milestoneId: milestone.milestoneId, ...occurredAtInput(reachedOn, today) }}
      formFields={['occurredAt', ...DECISION_FIELDS]}
      submitLabel={m.reach}
      intro={m.reachText(milestone.title, day(milestone.dueDate))}
      reason="optional"
    >
      {(state) => (
        <OccurredOnField
          label={m.reachedOnLabel}
          value={reachedOn}
          onChange={setReachedOn}
          hint={m.reachedOnHint}
          state={state}
        />
      )}
    </TransitionForm>
  );
};
