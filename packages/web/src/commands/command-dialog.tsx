import { type ReactNode, useCallback, useState } from 'react';
import { Dialog } from '../ui/dialog.js';

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
  /** What the button does in full, where its visible label relies on its row. */
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
