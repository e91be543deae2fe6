import { type DraftFieldsProps, draftFields } from '../../commands/draft-fields.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { ActionFieldPicker, type ActionFieldRef } from '../action-fields.js';
import type { Content } from './revised-fields.js';

/** Title, text and action fields of a recommendation or guideline, with the API's errors. */
export const ContentFields = ({
  labels,
  current,
  ...draft
}: DraftFieldsProps<Content> & {
  readonly labels: { readonly title: string; readonly body: string; readonly actionFields: string };
  /** The action fields the item has now: offered even if retired since. */
  readonly current: readonly ActionFieldRef[];
}) => {
  const field = draftFields(draft);
  const { value, onChange, state } = draft;
  return (
    <>
      <TextField {...field('title', labels.title)} required />
      <TextArea {...field('body', labels.body)} required rows={8} />
      <ActionFieldPicker
        legend={labels.actionFields}
        selected={value.actionFieldIds}
        onChange={(actionFieldIds) => onChange({ ...value, actionFieldIds })}
        current={current}
        error={state.errorFor('actionFieldIds', labels.actionFields)}
      />
    </>
  );
};
