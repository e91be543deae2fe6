import type { CommandState } from '../../commands/use-command.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { ActionFieldPicker, type ActionFieldRef } from '../action-fields.js';
import type { Content } from './revised-fields.js';

/** Title, text and action fields of a recommendation or guideline, with the API's errors. */
export const ContentFields = ({
  labels,
  value,
  onChange,
  state,
  current,
}: {
  readonly labels: { readonly title: string; readonly body: string; readonly actionFields: string };
  readonly value: Content;
  readonly onChange: (value: Content) => void;
  readonly state: CommandState;
  /** The action fields the item has now: offered even if retired since. */
  readonly current: readonly ActionFieldRef[];
}) => (
  <>
    <TextField
      label={labels.title}
      required
      value={value.title}
      onChange={(title) => onChange({ ...value, title })}
      error={state.errorFor('title', labels.title)}
    />
    <TextArea
      label={labels.body}
      required
      rows={8}
      value={value.body}
      onChange={(body) => onChange({ ...value, body })}
      error={state.errorFor('body', labels.body)}
    />
    <ActionFieldPicker
      legend={labels.actionFields}
      selected={value.actionFieldIds}
      onChange={(actionFieldIds) => onChange({ ...value, actionFieldIds })}
      current={current}
      error={state.errorFor('actionFieldIds', labels.actionFields)}
    />
  </>
);
