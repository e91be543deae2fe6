import type { TadaDocumentNode } from 'gql.tada';
import { type ReactNode, useMemo } from 'react';
import { useProcessSlug } from '../app/process.js';
import { useAsOf } from '../as-of/as-of.js';
import { useFormat } from '../i18n/i18n.js';
import { useLiveQuery } from '../live/use-live-query.js';
import type { EventType } from '../live/use-live-refresh.js';
import { useViewer } from '../session/session.js';
import { FilteredList, type ListChoice } from '../ui/filtered-list.js';
import { Page } from '../ui/page.js';
import { actionFieldChoicesOf } from './action-field-choices.js';
import { useListFilters } from './list-filters.js';
import { type ActionFieldOptionData, useActionFieldOptions } from './options.js';

/** What every item list's query takes besides its own filter. */
export type ItemListVariables = ReturnType<typeof useListFilters>['variables'] & {
  readonly asOf: string | null;
  readonly asOfBasis: ReturnType<typeof useAsOf>['asOfBasis'];
  readonly process: string | null;
};

/**
 * An item list's query ("/meetings", "/project-ideas"), live for the events that change what it
 * shows, with the filters every list offers (`useListFilters`); `variables` adds the list's own.
 * The query also loads the action fields, to filter by and to offer to a new item.
 */
export const useItemListQuery = <
  Data extends Parameters<typeof actionFieldChoicesOf>[0],
  Variables extends ItemListVariables,
>(
  query: TadaDocumentNode<Data, Variables>,
  variables: (common: ItemListVariables) => Variables,
  eventTypes: readonly EventType[],
) => {
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const filters = useListFilters();
  const [result, reload] = useLiveQuery(
    { query, variables: variables({ asOf, asOfBasis, process, ...filters.variables }) },
    { eventTypes: [...eventTypes] },
  );
  const actionFields = useMemo(
    () => (result.data ? actionFieldChoicesOf(result.data) : []),
    [result.data],
  );
  const fieldOptions = useActionFieldOptions(actionFields);
  return { result, reload, filters, actionFields, fieldOptions, current: asOf === null };
};

/** The texts every item list page has (its messages name them alike). */
export interface ItemListTexts {
  readonly listTitle: string;
  readonly listIntro: string;
  readonly filters: string;
  readonly actionField: string;
  readonly allActionFields: string;
  readonly search: string;
  readonly count: (count: string) => string;
}

/**
 * An item list page: title, where the viewer may (and not in a historical view) the button that
 * creates one, the list's own choice, the action field, the search, then the items found.
 */
export const ItemListPage = ({
  texts,
  list,
  create,
  choice,
  count,
  empty,
  more,
  children,
}: {
  readonly texts: ItemListTexts;
  readonly list: ReturnType<typeof useItemListQuery>;
  /** The command creating an item, and its button given the action fields to offer. */
  readonly create: {
    readonly command: string;
    readonly button: (actionFields: readonly ActionFieldOptionData[]) => ReactNode;
  };
  readonly choice: ListChoice;
  /** How many items the list shows. */
  readonly count: number;
  /** The note shown instead of the items, where none match. */
  readonly empty: string;
  /** The warning that only the first page is shown, where the API has more. */
  readonly more: string | null;
  readonly children: ReactNode;
}) => {
  const format = useFormat();
  const viewer = useViewer();
  return (
    <Page
      title={texts.listTitle}
      subtitle={texts.listIntro}
      actions={list.current && viewer.can(create.command) ? create.button(list.actionFields) : null}
    >
      <FilteredList
        filtersLabel={texts.filters}
        choices={[
          choice,
          list.filters.actionFieldChoice(
            { label: texts.actionField, allLabel: texts.allActionFields },
            list.fieldOptions,
          ),
        ]}
        search={list.filters.search(texts.search)}
        error={list.result.error}
        retry={list.reload}
        loaded={list.result.data !== undefined}
        count={texts.count(format.number(count))}
        empty={count === 0 ? empty : null}
        more={more}
      >
        {children}
      </FilteredList>
    </Page>
  );
};
