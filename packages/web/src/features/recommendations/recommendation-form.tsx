import type { ActionFormProps } from '../../commands/item-action.js';
import { TransitionForm, type TransitionFormProps } from '../../commands/transition-form.js';

export type RecommendationFormProps<Result, Extra extends object> = ActionFormProps &
  Omit<
    TransitionFormProps<Result, Extra>,
    'target' | 'onDone' | 'onCancel' | 'pinVersion' | 'browserValidation'
  > & {
    readonly versionOf: (result: Result) => number;
  };

/**
 * The recipe of every action on a recommendation but revising (the content's own form): a
 * `TransitionForm` on the version seen when opening, the browser refusing an empty required
 * field before sending, and done with the recommendation's new version.
 */
export const RecommendationForm = <Result, Extra extends object = Record<never, never>>({
  versionOf,
  onDone,
  ...props
}: RecommendationFormProps<Result, Extra>) => (
  <TransitionForm
    {...props}
    onDone={(result) => onDone(versionOf(result))}
    pinVersion
    browserValidation
  />
);
