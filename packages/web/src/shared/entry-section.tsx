import type { ReactNode } from 'react';
import { CommandDialog } from '../commands/command-dialog.js';
import { TransitionDialog } from '../commands/transition-form.js';
import { Empty } from '../ui/feedback.js';
import { Section } from '../ui/page.js';

/**
 * A section of an item's page listing what belongs to it (participants, partners, milestones,
 * origins): where allowed a small button that opens the form adding one, and the entries or,
 * while there are none, what says so.
 */
export const EntrySection = ({
  id,
  title,
  add,
  empty,
  children,
}: {
  readonly id: string;
  readonly title: string;
  /** The button's label and the form it opens; null where the viewer may not add. */
  readonly add: { readonly label: string; readonly form: (close: () => void) => ReactNode } | null;
  /** Shown instead of the entries while there are none; null when there are some. */
  readonly empty: string | null;
  readonly children: ReactNode;
}) => (
  <Section
    id={id}
    title={title}
    actions={
      add ? (
        <CommandDialog label={add.label} small>
          {add.form}
        </CommandDialog>
      ) : null
    }
  >
    {empty === null ? children : <Empty>{empty}</Empty>}
  </Section>
);

/** The entries of an `EntrySection` as a list, one row each. */
export const EntryList = <Entry,>({
  entries,
  entryKey,
  children,
}: {
  readonly entries: readonly Entry[];
  readonly entryKey: (entry: Entry) => string;
  readonly children: (entry: Entry) => ReactNode;
}) => (
  <ul className="link-list">
    {entries.map((entry) => (
      <li key={entryKey(entry)} className="row">
        {children(entry)}
      </li>
    ))}
  </ul>
);

/**
 * The small red button on one entry that takes it off the item again (remove a participant, a
 * partner leaves, unlink an origin): always with a reason, as the domain requires.
 */
export const RemoveEntryDialog = <Result, Extra extends object>(
  props: Omit<
    Parameters<typeof TransitionDialog<Result, Extra>>[0],
    'variant' | 'small' | 'reason'
  >,
) => <TransitionDialog {...props} variant="danger" small reason="required" />;
