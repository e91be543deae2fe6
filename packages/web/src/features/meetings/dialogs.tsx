import { type ReactNode, useCallback, useState } from 'react';
import {
  type Decision,
  DecisionFields,
  decisionInput,
  useDecision,
} from '../../commands/decision-fields.js';
import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { Dialog } from '../../ui/dialog.js';
import { ConflictNotice, ErrorSummary } from '../../ui/feedback.js';
import { uiMessages } from '../../ui/messages.js';

/*
 * The dialogs of meetings, suggestions and project ideas: a button opens a form for one
 * command; the form shows the API's errors and, on a conflict, offers to reload the item while
 * keeping what was typed.
 */

/** A button that opens a dialog; its content mounts on opening, so every opening starts fresh. */
export const DialogButton = ({
  label,
  accessibleLabel,
  title,
  variant = 'default',
  small = false,
  children,
}: {
  readonly label: string;
  /** What a screen reader says, where several buttons read alike (one per row). */
  readonly accessibleLabel?: string;
  /** The dialog's heading, if it should say more than the button. */
  readonly title?: string;
  readonly variant?: 'default' | 'primary' | 'danger';
  readonly small?: boolean;
  readonly children: (close: () => void) => ReactNode;
}) => {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const className = [
    'button',
    variant === 'default' ? '' : `button--${variant}`,
    small ? 'button--small' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={accessibleLabel}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <Dialog open={open} title={title ?? label} onClose={close}>
        {children(close)}
      </Dialog>
    </>
  );
};

/** Errors of the last attempt no field owns; a conflict as the offer to reload instead. */
export const CommandErrors = ({
  state,
  onReload,
}: {
  readonly state: CommandState;
  readonly onReload?: () => void;
}) => (
  <>
    {state.conflict && onReload ? <ConflictNotice onReload={onReload} /> : null}
    <ErrorSummary
      errors={
        state.conflict && onReload
          ? state.generalErrors.filter((error) => error.code !== 'CONFLICT')
          : state.generalErrors
      }
    />
  </>
);

/** A dialog's form: errors on top, the fields, then confirm and cancel. */
export const CommandForm = ({
  state,
  onReload,
  onSubmit,
  onCancel,
  submitLabel,
  danger = false,
  children,
}: {
  readonly state: CommandState;
  readonly onReload?: () => void;
  readonly onSubmit: () => void | Promise<void>;
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly danger?: boolean;
  readonly children: ReactNode;
}) => {
  const m = useMessages(uiMessages);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!state.pending) void onSubmit();
      }}
    >
      <CommandErrors state={state} {...(onReload ? { onReload } : {})} />
      {children}
      <div className="form__actions">
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button button--primary'}
          aria-disabled={state.pending}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
};

/**
 * A command that needs nothing but a decision: why (required where the domain says so) and on
 * what evidence. `confirm` gets the reason and evidence to spread into the input.
 */
export const DecisionForm = ({
  state,
  onReload,
  onDone,
  confirm,
  submitLabel,
  reasonRequired,
  danger = false,
  intro,
  children,
}: {
  readonly state: CommandState;
  readonly onReload: () => void;
  readonly onDone: () => void;
  readonly confirm: (decision: ReturnType<typeof decisionInput>) => Promise<unknown>;
  readonly submitLabel: string;
  readonly reasonRequired: boolean;
  readonly danger?: boolean;
  readonly intro?: string;
  /** Further fields of the command (a date, a choice), above the decision. */
  readonly children?: ReactNode;
}) => {
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    if (await confirm(decisionInput(decision))) onDone();
  };
  return (
    <CommandForm
      state={state}
      onReload={onReload}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={submitLabel}
      danger={danger}
    >
      {intro ? <p>{intro}</p> : null}
      {children}
      <DecisionFields
        value={decision}
        onChange={(next: Decision) => setDecision(next)}
        state={state}
        reasonRequired={reasonRequired}
      />
    </CommandForm>
  );
};
