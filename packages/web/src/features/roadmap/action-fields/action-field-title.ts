import { ACTION_FIELD_LABELS } from '@fahrplan/domain';
import { useLabel } from '../../../i18n/i18n.js';

/**
 * An action field's title in the user's language: the seeded fields have an English name, used
 * while the title is still the seeded German one; any other title is data and stays as it is.
 */
export const useActionFieldTitle = (): ((field: { key: string; title: string }) => string) => {
  const label = useLabel();
  return (field) => {
    const known = Object.hasOwn(ACTION_FIELD_LABELS, field.key)
      ? ACTION_FIELD_LABELS[field.key as keyof typeof ACTION_FIELD_LABELS]
      : undefined;
    return known && known.de === field.title ? label(known) : field.title;
  };
};
