import type { TadaDocumentNode } from 'gql.tada';
import { useCallback } from 'react';
import type { CombinedError } from 'urql';
import { useProcessSlug } from '../app/process.js';
import { useIdParam } from '../app/use-id-param.js';
import { useAsOf } from '../as-of/as-of.js';
import { useLiveQuery } from '../live/use-live-query.js';
import { useViewer } from '../session/session.js';
import { Loading, QueryError } from '../ui/feedback.js';
import { Page } from '../ui/page.js';
import type { ActionFieldOptionData } from './options.js';

/** What an item page's query takes: the item from the address, its process, the time shown. */
export interface ItemPageVariables {
  readonly id: string;
  readonly process: string | null;
  readonly asOf: string | null;
  readonly asOfBasis: ReturnType<typeof useAsOf>['asOfBasis'];
}

/**
 * An item page's one query, following the live feed for that item, and what the viewer may do
 * there: a command only where permitted, and never in a historical view ("Stand vom …").
 */
export const useItemPageQuery = <Data,>(query: TadaDocumentNode<Data, ItemPageVariables>) => {
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const viewer = useViewer();
  const [result, reload] = useLiveQuery(
    {
      query,
      variables: { id, process, asOf, asOfBasis },
    },
    { item: id },
  );
  const can = useCallback(
    (mutation: string) => asOf === null && viewer.can(mutation),
    [asOf, viewer],
  );
  return { result, reload, can };
};

/** The page while its query loads, or after it failed (with a retry). */
export const QueryPending = ({
  error,
  retry,
}: {
  readonly error: CombinedError | undefined;
  readonly retry: () => void;
}) => (error ? <QueryError error={error} retry={retry} /> : <Loading />);

/** An address whose id names no item of the page's kind (or none at the time shown). */
export const NotFoundPage = ({
  title,
  text,
}: {
  readonly title: string;
  readonly text: string;
}) => (
  <Page title={title}>
    <p>{text}</p>
  </Page>
);

/** What an item page's commands get besides the item: the action fields to offer, and who may. */
export interface ItemCommandsProps {
  /** The action fields a revision may choose from. */
  readonly actionFields: readonly ActionFieldOptionData[];
  /** Whether the viewer may run a mutation here (see `useItemPageQuery`). */
  readonly can: (mutation: string) => boolean;
  /** Loads the item anew (after a conflict, or a change of the page's own). */
  readonly onReload: () => void;
}
