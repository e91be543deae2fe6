import type { TadaDocumentNode } from 'gql.tada';
import type { ComponentProps, ReactNode } from 'react';
import { CommandDialog } from './command-dialog.js';
import { CommandForm } from './command-form.js';
import type { DecisionInput } from './decision-fields.js';
import type { ItemTarget } from './item-action.js';
import type { CommandState } from './use-command.js';
import { useItemCommand } from './use-item-command.js';

/** What every command on an existing item takes. */
export type ItemCommandInput = {
  readonly id: string;
  readonly expectedVersion: number;
} & DecisionInput;

export interface TransitionFormProps<Result, Extra extends object> {
  readonly mutation: TadaDocumentNode<Result, { input: ItemCommandInput & NoInfer<Extra> }>;
  /** The item as the page shows it now, and how to load it again after a conflict. */
  readonly target: ItemTarget;
  /**
   * What the command takes besides the item and the decision (a milestone, a date); as a
   * function, read from the form's fields on submitting, and null where a check before
   * sending failed (the form shows why).
   */
  readonly input?: Extra | (() => Extra | null);
  /** The inputs whose errors the form shows beside their field (see `useCommand`). */
  readonly formFields?: readonly string[];
  /**
   * Expects the version seen on opening, not the one shown now: a change by someone else
   * meanwhile, even if the page already shows it live, is a conflict (see `useItemCommand`).
   */
  readonly pinVersion?: boolean;
  readonly onDone: (result: Result) => void;
  readonly onCancel: () => void;
  /** What the change means, above the fields. */
  readonly intro?: string;
  readonly submitLabel: string;
  /** Asks why and on what evidence (see `CommandForm`); omitted: not asked. */
  readonly reason?: 'required' | 'optional';
  /** See `CommandForm`. */
  readonly evidence?: 'required' | 'optional';
  readonly danger?: boolean;
  /** See `CommandForm`. */
  readonly browserValidation?: boolean;
  readonly children?: (state: CommandState) => ReactNode;
}

/**
 * A command on an existing item: its own fields as children (given the command's state, for
 * their errors), then where asked the decision: why (required where the domain says so) and on
 * what evidence. The input besides the item and the decision comes from `input`.
 *
 * The one recipe for an action on an item: a form taking `ActionFormProps` (or, in a
 * `TransitionDialog`, the item and what to do after) that is a `TransitionForm`, or a
 * `CommandForm` on `useItemCommand` where it shares its state with more; it opens in a
 * `CommandDialog`/`TransitionDialog` beside its button, or in the page's one `Dialog` where
 * the page offers the actions of many items (the review queue) or per-row actions.
 */
export const TransitionForm = <Result, Extra extends object = Record<never, never>>({
  mutation,
  target,
  input,
  formFields = ['reason'],
  pinVersion = false,
  onDone,
  onCancel,
  intro,
  submitLabel,
  reason,
  evidence,
  danger = false,
  browserValidation = false,
  children,
}: TransitionFormProps<Result, Extra>) => {
  const [state, run, pinnedVersion, reloadPinned] = useItemCommand(mutation, formFields, target);
  const submit = async (decision: DecisionInput) => {
    const extra = typeof input === 'function' ? input() : input;
    if (extra === null) return;
    const result = await run({
      input: {
        // Omitted only where there is nothing else to send (`Extra` is then its empty default).
        ...(extra ?? ({} as Extra)),
        id: target.id,
        expectedVersion: pinVersion ? pinnedVersion : target.version,
        ...decision,
      },
    });
    if (result) onDone(result);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={submit}
      onCancel={onCancel}
      onReload={pinVersion ? reloadPinned : target.reload}
      submitLabel={submitLabel}
      danger={danger}
      reason={reason}
      {...(evidence ? { evidence } : {})}
      browserValidation={browserValidation}
    >
      {intro ? <p>{intro}</p> : null}
      {children?.(state)}
    </CommandForm>
  );
};

/**
 * A button that opens a transition's form in a dialog; the form confirms with the button's
 * label. `onDone` follows once the dialog has closed.
 */
export const TransitionDialog = <Result, Extra extends object = Record<never, never>>({
  label,
  title,
  accessibleLabel,
  variant,
  small,
  onDone,
  ...props
}: Omit<ComponentProps<typeof CommandDialog>, 'children'> &
  Omit<TransitionFormProps<Result, Extra>, 'submitLabel' | 'danger' | 'onDone' | 'onCancel'> & {
    readonly onDone?: (result: Result) => void;
  }) => (
  <CommandDialog
    label={label}
    title={title}
    accessibleLabel={accessibleLabel}
    variant={variant}
    small={small}
  >
    {(close) => (
      <TransitionForm
        {...props}
        submitLabel={label}
        danger={variant === 'danger'}
        onCancel={close}
        onDone={(result) => {
          close();
          onDone?.(result);
        }}
      />
    )}
  </CommandDialog>
);
