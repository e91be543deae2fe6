import type { CombinedError } from '@urql/core';
import { useMessages } from '../../i18n/i18n.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { actionMessages } from './action-messages.js';

/** What to choose among: a search (where given) narrows the options the select offers. */
export interface Candidates {
  readonly search?: {
    readonly label: string;
    readonly value: string;
    readonly onChange: (value: string) => void;
  };
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly fetching: boolean;
  readonly error: CombinedError | undefined;
}

/** Choosing one item among many: a search (where given) narrows the list the select offers. */
export const SearchPicker = ({
  search,
  label,
  value,
  onChange,
  options,
  fetching,
  error,
  fieldError,
}: Candidates & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly fieldError: string | undefined;
}) => {
  const m = useMessages(actionMessages);
  return (
    <>
      {search ? (
        <TextField
          label={search.label}
          type="search"
          value={search.value}
          onChange={search.onChange}
          hint={m.searchHint}
        />
      ) : null}
      {error ? <QueryError error={error} /> : null}
      {fetching && options.length === 0 ? <Loading /> : null}
      <SelectField
        label={label}
        required
        value={value}
        onChange={onChange}
        options={[{ value: '', label: options.length === 0 ? m.noChoice : m.choose }, ...options]}
        error={fieldError}
      />
    </>
  );
};
