import { type ReactNode, useCallback, useState } from 'react';
import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { Dialog } from '../../ui/dialog.js';
import { ConflictNotice, ErrorSummary } from '../../ui/feedback.js';
import { uiMessages } from '../../ui/messages.js';

/**
 * A button that opens a dialog for one command. The dialog's content mounts on opening, so
 * every opening starts with a fresh form; closing returns focus to the button.
 */
export const CommandDialog = ({
  label,
  title,
  accessibleLabel,
  variant = 'default',
  small = false,
  children,
}: {
  readonly label: string;
  /** The dialog's heading, if it should say more than the button. */
  readonly title?: string;
  /** What the button does in full, where its visible label relies on its table row. */
  readonly accessibleLabel?: string;
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

/**
 * A command's form: errors no field owns on top (a conflict as the offer to reload the item,
 * keeping what was typed), the fields, then confirm and cancel.
 */
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
  readonly onReload: () => void;
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
      {state.conflict ? <ConflictNotice onReload={onReload} /> : null}
      <ErrorSummary errors={state.generalErrors.filter((error) => error.code !== 'CONFLICT')} />
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
