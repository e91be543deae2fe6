import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useEffect, useState } from 'react';
import type { AnyVariables } from 'urql';
import { type CommandState, useCommand } from './use-command.js';

/** The item a form changes, as the page shows it now, and how to load it again. */
export interface Versioned {
  readonly version: number;
  /** Re-runs the page's query from the network (the form keeps its input). */
  readonly reload: () => void;
}

/**
 * A command on one item, based on the version the user saw when opening the form: if someone
 * changes the item meanwhile (even if the page already shows it live), saving is a CONFLICT,
 * so nobody overwrites what they have not seen. "Load the new state" moves the base to the
 * version now shown; the input stays, and the next save goes through.
 */
export const useItemCommand = <Result, Variables extends AnyVariables>(
  document: TadaDocumentNode<Result, Variables>,
  formFields: readonly string[],
  item: Versioned,
): [CommandState, (variables: Variables) => Promise<Result | null>, number, () => void] => {
  const [state, run] = useCommand(document, formFields);
  const [expectedVersion, setExpectedVersion] = useState(item.version);
  const [reloading, setReloading] = useState(false);
  const { reset } = state;
  useEffect(() => {
    if (reloading && item.version !== expectedVersion) {
      setExpectedVersion(item.version);
      setReloading(false);
      reset();
    }
  }, [reloading, item.version, expectedVersion, reset]);
  const { reload } = item;
  const reloadItem = useCallback(() => {
    setReloading(true);
    reload();
  }, [reload]);
  return [state, run, expectedVersion, reloadItem];
};
