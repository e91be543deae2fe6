import { ACTION_FIELD_LABELS, type ActionFieldKey } from '@fahrplan/domain';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../app/process.js';
import { graphql } from '../graphql/graphql.js';
import { useLabel } from '../i18n/i18n.js';
import { QueryError } from '../ui/feedback.js';
import { CheckboxGroup, type Option } from '../ui/fields.js';

export interface ActionFieldRef {
  readonly id: string;
  readonly key: string;
  readonly title: string;
}

const isKnownKey = (key: string): key is ActionFieldKey => Object.hasOwn(ACTION_FIELD_LABELS, key);

/**
 * An action field's name in the user's language: the seeded fields have an English name, used
 * while the title is still the seeded German one; any other title is data and stays as it is.
 */
export const useActionFieldName = (): ((field: {
  readonly key: string;
  readonly title: string;
}) => string) => {
  const label = useLabel();
  return useCallback(
    (field) => {
      const known = isKnownKey(field.key) ? ACTION_FIELD_LABELS[field.key] : undefined;
      return known && known.de === field.title ? label(known) : field.title;
    },
    [label],
  );
};

/** Checkbox options from action fields, plus those an item still has (perhaps retired since). */
export const useActionFieldChoices = (): ((
  fields: readonly ActionFieldRef[],
  current?: readonly ActionFieldRef[],
) => Option[]) => {
  const name = useActionFieldName();
  return useCallback(
    (fields, current = []) => {
      const byId = new Map([...fields, ...current].map((field) => [field.id, field]));
      return [...byId.values()].map((field) => ({ value: field.id, label: name(field) }));
    },
    [name],
  );
};

/** The names of an item's action fields, as one line. */
export const ActionFieldNames = ({ fields }: { fields: readonly ActionFieldRef[] }) => {
  const name = useActionFieldName();
  return <>{fields.map(name).join(' · ')}</>;
};

const ActionFieldOptionsQuery = graphql(`
  query ActionFieldOptions($process: String) {
    actionFields(process: $process, status: ["active"], first: 100) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
  }
`);

/** The action field checkboxes of a form in a dialog, which loads the choices itself. */
export const ActionFieldPicker = ({
  legend,
  selected,
  onChange,
  current,
  error,
}: {
  readonly legend: string;
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly current: readonly ActionFieldRef[];
  readonly error: string | undefined;
}) => {
  const [{ data, error: queryError }] = useQuery({
    query: ActionFieldOptionsQuery,
    variables: { process: useProcessSlug() },
  });
  const options = useActionFieldChoices();
  if (queryError) return <QueryError error={queryError} />;
  const fields = data?.actionFields.edges.map((edge) => edge.node) ?? [];
  return (
    <CheckboxGroup
      legend={legend}
      options={options(fields, current)}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
};
