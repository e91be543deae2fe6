import type { TadaDocumentNode } from 'gql.tada';
import { useState } from 'react';
import { ActionTransitionForm } from '../../commands/action-transition-form.js';
import type { ActionFormProps } from '../../commands/item-action.js';
import type { ItemCommandInput } from '../../commands/transition-form.js';
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

type ActionMessages = (typeof actionMessages)['de'];

/** Keys of the action messages that are plain text (an intro, a button's label). */
type TextKey = {
  [Key in keyof ActionMessages]: ActionMessages[Key] extends string ? Key : never;
}[keyof ActionMessages];

/**
 * A lifecycle step that asks nothing but the decision: which command, what it means, how its
 * button reads, whether it needs a reason and whether it ends the
 * recommendation (then the button warns).
 */
const decisionForm =
  <Result,>({
    mutation,
    versionOf,
    intro,
    submitLabel,
    reason,
    danger = false,
  }: {
    readonly mutation: TadaDocumentNode<Result, { input: ItemCommandInput }>;
    readonly versionOf: (result: Result) => number;
    readonly intro: TextKey;
    readonly submitLabel: TextKey;
    readonly reason: 'required' | 'optional';
    readonly danger?: boolean;
  }) =>
  (props: ActionFormProps) => {
    const m = useMessages(actionMessages);
    return (
      <ActionTransitionForm
        {...props}
        mutation={mutation}
        versionOf={versionOf}
        intro={m[intro]}
        submitLabel={m[submitLabel]}
        reason={reason}
        danger={danger}
      />
    );
  };

export const SubmitForm = decisionForm({
  mutation: SubmitRecommendation,
  versionOf: (result) => result.submitRecommendationForReview.version,
  intro: 'submitIntro',
  submitLabel: 'submit',
  reason: 'optional',
});

/** Sending back needs a reason (decide-lifecycle.ts): the team must know what to rework. */
export const ReturnToDraftForm = decisionForm({
  mutation: ReturnRecommendationToDraft,
  versionOf: (result) => result.returnRecommendationToDraft.version,
  intro: 'returnIntro',
  submitLabel: 'returnToDraft',
  reason: 'required',
});

/** Rejection and withdrawal end the recommendation and must say why (decide-lifecycle.ts). */
export const RejectForm = decisionForm({
  mutation: RejectRecommendation,
  versionOf: (result) => result.rejectRecommendation.version,
  intro: 'rejectIntro',
  submitLabel: 'reject',
  reason: 'required',
  danger: true,
});

export const WithdrawForm = decisionForm({
  mutation: WithdrawRecommendation,
  versionOf: (result) => result.withdrawRecommendation.version,
  intro: 'withdrawIntro',
  submitLabel: 'withdraw',
  reason: 'required',
  danger: true,
});

export const PrioritiseForm = (
  props: ActionFormProps<ActionFormProps['target'] & { readonly priority: Priority | null }>,
) => {
  const m = useMessages(actionMessages);
  const priorityLabel = usePriorityLabel();
  const [priority, setPriority] = useState<string>(props.target.priority ?? '');
  return (
    <ActionTransitionForm
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
    </ActionTransitionForm>
  );
};
