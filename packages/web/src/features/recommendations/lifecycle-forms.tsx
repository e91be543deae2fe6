import { useState } from 'react';
import type { ActionFormProps } from '../../commands/item-action.js';
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
import { RecommendationForm } from './recommendation-form.js';

export const SubmitForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  return (
    <RecommendationForm
      {...props}
      mutation={SubmitRecommendation}
      versionOf={(result) => result.submitRecommendationForReview.version}
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
    <RecommendationForm
      {...props}
      mutation={ReturnRecommendationToDraft}
      versionOf={(result) => result.returnRecommendationToDraft.version}
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
    <RecommendationForm
      {...props}
      mutation={RejectRecommendation}
      versionOf={(result) => result.rejectRecommendation.version}
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
    <RecommendationForm
      {...props}
      mutation={WithdrawRecommendation}
      versionOf={(result) => result.withdrawRecommendation.version}
      intro={m.withdrawIntro}
      submitLabel={m.withdraw}
      reason="required"
      danger
    />
  );
};

export const PrioritiseForm = (
  props: ActionFormProps<ActionFormProps['target'] & { readonly priority: Priority | null }>,
) => {
  const m = useMessages(actionMessages);
  const priorityLabel = usePriorityLabel();
  const [priority, setPriority] = useState<string>(props.target.priority ?? '');
  return (
    <RecommendationForm
      {...props}
      mutation={PrioritiseRecommendation}
      input={() => (isPriority(priority) ? { priority } : null)}
      formFields={['priority', 'reason']}
      versionOf={(result) => result.prioritiseRecommendation.version}
      intro={m.prioritiseIntro}
      submitLabel={props.target.priority ? m.changePriority : m.prioritise}
      reason="optional"
    >
      {(state) => (
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
      )}
    </RecommendationForm>
  );
};
