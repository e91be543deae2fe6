import type { ActionFormProps } from './item-action.js';
import { TransitionForm, type TransitionFormProps } from './transition-form.js';

export type ActionTransitionFormProps<Result, Extra extends object> = ActionFormProps &
  Omit<
    TransitionFormProps<Result, Extra>,
    'target' | 'onDone' | 'onCancel' | 'pinVersion' | 'browserValidation'
  > & {
    readonly versionOf: (result: Result) => number;
  };

/**
 * The recipe of an action's form in an item's one action dialog (a recommendation's, a
 * guideline's): a `TransitionForm` on the version seen when opening, the browser refusing an
 * empty required field before sending, and done with the item's new version.
 */
export const ActionTransitionForm = <Result, Extra extends object = Record<never, never>>({
  versionOf,
  onDone,
  ...props
}: ActionTransitionFormProps<Result, Extra>) => (
  <TransitionForm
    {...props}
    onDone={(result) => onDone(versionOf(result))}
    pinVersion
    browserValidation
  />
);
