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

/**
 * The lifecycle steps that ask nothing but the decision: what each means (its intro), whether
 * it needs a reason (decide-lifecycle.ts: sending back, so the team knows what to rework;
 * rejection and withdrawal, which end the recommendation) and whether its button warns.
 */
const DECISIONS = {
  submit: { intro: 'submitIntro', reason: 'optional', danger: false },
  returnToDraft: { intro: 'returnIntro', reason: 'required', danger: false },
  reject: { intro: 'rejectIntro', reason: 'required', danger: true },
  withdraw: { intro: 'withdrawIntro', reason: 'required', danger: true },
} as const;

/**
 * A decision's form: its command, confirmed with the button named like the action; `payload`
 * is the command's field, whose result carries the recommendation's new version.
 */
const decisionForm =
  <Payload extends string, Result extends Record<Payload, { readonly version: number }>>(
    action: keyof typeof DECISIONS,
    mutation: TadaDocumentNode<Result, { input: ItemCommandInput }>,
    payload: Payload,
  ) =>
  (props: ActionFormProps) => {
    const m = useMessages(actionMessages);
    const { intro, reason, danger } = DECISIONS[action];
    return (
      <ActionTransitionForm
        {...props}
        mutation={mutation}
        versionOf={(result) => result[payload].version}
        intro={m[intro]}
        submitLabel={m[action]}
        reason={reason}
        danger={danger}
      />
    );
  };

export const SubmitForm = decisionForm(
  'submit',
  SubmitRecommendation,
  'submitRecommendationForReview',
);
export const ReturnToDraftForm = decisionForm(
  'returnToDraft',
  ReturnRecommendationToDraft,
  'returnRecommendationToDraft',
);
export const RejectForm = decisionForm('reject', RejectRecommendation, 'rejectRecommendation');
export const WithdrawForm = decisionForm(
  'withdraw',
  WithdrawRecommendation,
  'withdrawRecommendation',
);

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
