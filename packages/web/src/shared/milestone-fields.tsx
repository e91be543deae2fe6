import { type ComponentProps, useState } from 'react';
import type { CommandState } from '../commands/use-command.js';
import { TextField } from '../ui/fields.js';

/** A date the command requires: a blank one is caught here, before the API would refuse it. */
export const useRequiredDate = () => {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const check = (): boolean => {
    setMissing(value === '');
    return value !== '';
  };
  return { value, setValue, missing, check };
};

export type RequiredDate = ReturnType<typeof useRequiredDate>;

type DateFieldProps = Omit<
  ComponentProps<typeof TextField>,
  'type' | 'value' | 'onChange' | 'error'
>;

/** A milestone's due date (`dueDate` in the API), with what to say while it is blank. */
export const DueDateField = ({
  missingText,
  dueDate,
  state,
  ...props
}: DateFieldProps & {
  readonly missingText: string;
  readonly dueDate: RequiredDate;
  readonly state: CommandState;
}) => (
  <TextField
    {...props}
    type="date"
    required
    value={dueDate.value}
    onChange={dueDate.setValue}
    error={dueDate.missing ? missingText : state.errorFor('dueDate')}
  />
);

/**
 * Planning a milestone (of a measure, of a project idea): what is reached, and by when. The
 * input is null while the due date is blank (the field then says so).
 */
export const usePlanMilestone = () => {
  const [title, setTitle] = useState('');
  const dueDate = useRequiredDate();
  return {
    title,
    setTitle,
    dueDate,
    input: () => (dueDate.check() ? { title: title.trim(), dueDate: dueDate.value } : null),
  };
};

export const PlanMilestoneFields = ({
  milestone,
  labels,
  state,
  dueDateHint,
  autoFocus,
}: {
  readonly milestone: ReturnType<typeof usePlanMilestone>;
  readonly labels: { readonly title: string; readonly dueDate: string; readonly missing: string };
  readonly state: CommandState;
  readonly dueDateHint?: string;
  readonly autoFocus?: boolean;
}) => (
  <>
    <TextField
      label={labels.title}
      required
      value={milestone.title}
      onChange={milestone.setTitle}
      error={state.errorFor('title', labels.title)}
      autoFocus={autoFocus}
    />
    <DueDateField
      label={labels.dueDate}
      missingText={labels.missing}
      dueDate={milestone.dueDate}
      state={state}
      hint={dueDateHint}
    />
  </>
);

/** The day something happened (`occurredAt` in the API): a milestone reached, a step taken. */
export const OccurredOnField = ({
  state,
  ...props
}: Omit<ComponentProps<typeof TextField>, 'type' | 'error'> & { readonly state: CommandState }) => (
  <TextField {...props} type="date" error={state.errorFor('occurredAt', props.label)} />
);
