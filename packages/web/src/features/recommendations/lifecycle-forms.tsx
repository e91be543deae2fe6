import { useState } from 'react';
import { CommandForm } from '../../commands/command-form.js';
import type { DecisionInput } from '../../commands/decision-fields.js';
import type { ActionFormProps } from '../../commands/item-action.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { useItemCommand } from '../../commands/use-item-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { SelectField } from '../../ui/fields.js';
import { actionMessages } from './action-messages.js';
import {
  PrioritiseRecommendation,
  RejectRecommendation,
  ReturnRecommendationToDraft,
  SubmitRecommendation,
  WithdrawRecommendation,
} from './mutations.js';
import { isPriority, PRIORITIES, type Priority, usePriorityLabel } from './priority.js';

export const SubmitForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={SubmitRecommendation}
      onDone={(result) => props.onDone(result.submitRecommendationForReview.version)}
      pinVersion
      browserValidation
      intro={m.submitIntro}
      submitLabel={m.submit}
      reason="optional"
    />
  );
};

/** Sending back needs a reason (decide-lifecycle.ts): the team must know what to rework. */
export const ReturnToDraftForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={ReturnRecommendationToDraft}
      onDone={(result) => props.onDone(result.returnRecommendationToDraft.version)}
      pinVersion
      browserValidation
      intro={m.returnIntro}
      submitLabel={m.returnToDraft}
      reason="required"
    />
  );
};

/** Rejection and withdrawal end the recommendation and must say why (decide-lifecycle.ts). */
export const RejectForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={RejectRecommendation}
      onDone={(result) => props.onDone(result.rejectRecommendation.version)}
      pinVersion
      browserValidation
      intro={m.rejectIntro}
      submitLabel={m.reject}
      reason="required"
      danger
    />
  );
};

export const WithdrawForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={WithdrawRecommendation}
      onDone={(result) => props.onDone(result.withdrawRecommendation.version)}
      pinVersion
      browserValidation
      intro={m.withdrawIntro}
      submitLabel={m.withdraw}
      reason="required"
      danger
    />
  );
};

export const PrioritiseForm = ({
  target,
  onDone,
  onCancel,
}: ActionFormProps<ActionFormProps['target'] & { readonly priority: Priority | null }>) => {
  const m = useMessages(actionMessages);
  const priorityLabel = usePriorityLabel();
  const [priority, setPriority] = useState<string>(target.priority ?? '');
  const [state, run, expectedVersion, reload] = useItemCommand(
    PrioritiseRecommendation,
    ['priority', 'reason'],
    target,
  );
  const submit = async (decision: DecisionInput) => {
    if (!isPriority(priority)) return;
    const result = await run({
      input: { id: target.id, expectedVersion, priority, ...decision },
    });
    if (result) onDone(result.prioritiseRecommendation.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={submit}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={target.priority ? m.changePriority : m.prioritise}
      reason="optional"
      browserValidation
    >
      <p>{m.prioritiseIntro}</p>
      <SelectField
        label={m.priority}
        required
        value={priority}
        onChange={setPriority}
        options={[
          { value: '', label: m.choosePriority },
          ...PRIORITIES.map((value) => ({ value, label: priorityLabel(value) })),
        ]}
        error={state.errorFor('priority', m.priority)}
      />
    </CommandForm>
  );
};
