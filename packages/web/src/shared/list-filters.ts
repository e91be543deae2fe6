import { useState } from 'react';
import type { Option } from '../ui/fields.js';
import type { ListChoice } from '../ui/filtered-list.js';
import { useDebounced } from '../ui/use-debounced.js';

/**
 * The filters every item list offers beside its own: an action field and a text search (sent
 * once typing pauses). `variables` is what they add to the list's query; `actionFieldChoice` and
 * `search` are what `FilteredList` shows for them.
 */
export const useListFilters = () => {
  const [actionField, setActionField] = useState('');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  return {
    variables: { actionField: actionField || null, search: settledSearch || null },
    actionFieldChoice: (
      labels: Pick<ListChoice, 'label' | 'allLabel'>,
      options: readonly Option[],
    ): ListChoice => ({ ...labels, options, value: actionField, onChange: setActionField }),
    search: (label: string) => ({ label, value: search, onChange: setSearch }),
  };
};
