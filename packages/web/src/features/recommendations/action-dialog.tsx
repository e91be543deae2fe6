import type { ActionFormProps } from '../../commands/item-action.js';
import { useMessages } from '../../i18n/i18n.js';
import type { ContentTarget } from '../../shared/content/content-revise-form.js';
import { Dialog } from '../../ui/dialog.js';
import { actionMessages } from './action-messages.js';
import type { RecommendationAction } from './actions.js';
import { AdoptForm } from './adopt-form.js';
import {
  PrioritiseForm,
  RejectForm,
  ReturnToDraftForm,
  SubmitForm,
  WithdrawForm,
} from './lifecycle-forms.js';
import type { Priority } from './priority.js';
import {
  AssignGuidelineForm,
  LinkSuggestionForm,
  MergeForm,
  type Related,
  UnassignGuidelineForm,
  UnlinkSuggestionForm,
} from './relation-forms.js';
import { ReviseForm } from './revise-form.js';

/** Everything an action's form may need to know about the recommendation. */
export interface RecommendationTarget extends ContentTarget {
  readonly priority: Priority | null;
  readonly linkedIds: readonly string[];
  readonly assignedIds: readonly string[];
}

/** The action whose dialog is open; removals name the suggestion or guideline concerned. */
export type OpenAction =
  | { readonly action: Exclude<RecommendationAction, 'unlinkSuggestion' | 'unassignGuideline'> }
  | { readonly action: 'unlinkSuggestion' | 'unassignGuideline'; readonly related: Related };

const ActionForm = ({
  open,
  ...props
}: ActionFormProps<RecommendationTarget> & { readonly open: OpenAction }) => {
  switch (open.action) {
    case 'revise':
      return <ReviseForm {...props} />;
    case 'submit':
      return <SubmitForm {...props} />;
    case 'returnToDraft':
      return <ReturnToDraftForm {...props} />;
    case 'prioritise':
      return <PrioritiseForm {...props} />;
    case 'adopt':
      return <AdoptForm {...props} />;
    case 'reject':
      return <RejectForm {...props} />;
    case 'withdraw':
      return <WithdrawForm {...props} />;
    case 'merge':
      return <MergeForm {...props} />;
    case 'linkSuggestion':
      return <LinkSuggestionForm {...props} />;
    case 'assignGuideline':
      return <AssignGuidelineForm {...props} />;
    case 'unlinkSuggestion':
      return <UnlinkSuggestionForm {...props} related={open.related} />;
    case 'unassignGuideline':
      return <UnassignGuidelineForm {...props} related={open.related} />;
  }
};

/** The dialog of the action chosen (one at a time); closing it keeps nothing. */
export const ActionDialog = ({
  open,
  target,
  onDone,
  onClose,
}: {
  readonly open: OpenAction | null;
  readonly target: RecommendationTarget;
  readonly onDone: (version: number) => void;
  readonly onClose: () => void;
}) => {
  const m = useMessages(actionMessages);
  const titles: Record<RecommendationAction, string> = {
    revise: m.reviseTitle,
    submit: m.submitTitle,
    returnToDraft: m.returnTitle,
    prioritise: target.priority ? m.changePriority : m.prioritiseTitle,
    adopt: m.adoptTitle,
    reject: m.rejectTitle,
    withdraw: m.withdrawTitle,
    merge: m.mergeTitle,
    linkSuggestion: m.linkTitle,
    unlinkSuggestion: m.unlinkTitle,
    assignGuideline: m.assignTitle,
    unassignGuideline: m.unassignTitle,
  };
  return (
    <Dialog
      open={open !== null}
      title={open ? m.actionOn(titles[open.action], target.title) : ''}
      onClose={onClose}
    >
      {open ? <ActionForm open={open} target={target} onDone={onDone} onCancel={onClose} /> : null}
    </Dialog>
  );
};

/** The label of an action's button. */
export const useActionLabel = (): ((
  action: RecommendationAction,
  target: { readonly priority: Priority | null },
) => string) => {
  const m = useMessages(actionMessages);
  return (action, target) =>
    action === 'prioritise' && target.priority ? m.changePriority : m[action];
};
