import type { ActionFormProps } from './item-action.js';
import { TransitionForm, type TransitionFormProps } from './transition-form.js';

/**
 * An action on a recommendation or guideline that needs little more than a decision. These
 * forms expect the version seen on opening and let the browser check required fields first.
 */
export const ActionTransitionForm = <Result, Extra extends object = Record<never, never>>({
  target,
  onDone,
  onCancel,
  versionOf,
  ...props
}: ActionFormProps &
  Omit<
    TransitionFormProps<Result, Extra>,
    'item' | 'onReload' | 'onDone' | 'onCancel' | 'pinVersion' | 'browserValidation'
  > & {
    /** The item's new version, from the mutation's result. */
    readonly versionOf: (result: Result) => number;
  }) => (
  <TransitionForm
    {...props}
    item={target}
    onReload={target.reload}
    onCancel={onCancel}
    onDone={(result) => onDone(versionOf(result))}
    pinVersion
    browserValidation
  />
);
