import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useMessages } from '../i18n/i18n.js';
import { uiMessages } from './messages.js';

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it, and focus returns
 * to the button that opened it.
 */
export const Dialog = ({
  open,
  title,
  onClose,
  children,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) => {
  const m = useMessages(uiMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <>
          <div className="dialog__head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {m.close}
            </button>
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
};
