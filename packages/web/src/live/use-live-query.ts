import { useCallback } from 'react';
import { type AnyVariables, type UseQueryArgs, type UseQueryState, useQuery } from 'urql';
import { useAsOf } from '../as-of/as-of.js';
import { type LiveFilter, useLiveRefresh } from './use-live-refresh.js';

/**
 * A view's query that follows the live feed: re-run from the network when an event of `filter`
 * arrives (`useLiveRefresh`), never in a historical view ("Stand vom …"). Returns the result and
 * that reload, for a retry button or after a change of the view's own.
 */
export const useLiveQuery = <Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  filter: LiveFilter | null,
): [UseQueryState<Data, Variables>, () => void] => {
  const { asOf } = useAsOf();
  const [result, reexecute] = useQuery<Data, Variables>(args);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLiveRefresh(filter, reload, { enabled: !asOf });
  return [result, reload];
};
