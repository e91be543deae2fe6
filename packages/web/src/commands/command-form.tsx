import type { ReactNode } from 'react';
import { useMessages } from '../i18n/i18n.js';
import { ConflictNotice, ErrorSummary } from '../ui/feedback.js';
import { uiMessages } from '../ui/messages.js';
import {
  DecisionFields,
  type DecisionInput,
  decisionInput,
  useDecision,
} from './decision-fields.js';
import type { CommandState } from './use-command.js';

/**
 * A command's form: errors no field owns on top (a conflict as the offer to reload the item,
 * keeping what was typed), the command's fields, reason and evidence where asked, then confirm
 * and cancel.
 */
export const CommandForm = ({
  state,
  onSubmit,
  onCancel,
  onReload,
  submitLabel,
  danger = false,
  reason,
  evidence = 'optional',
  browserValidation = false,
  children,
}: {
  readonly state: CommandState;
  /** Gets the reason and evidence to spread into the input (empty where none is asked). */
  readonly onSubmit: (decision: DecisionInput) => void | Promise<void>;
  readonly onCancel: () => void;
  /** Loads the item anew after a conflict; a new item has nothing to reload. */
  readonly onReload?: () => void;
  readonly submitLabel: string;
  readonly danger?: boolean;
  /** Asks why and on what evidence, after the command's own fields; omitted: not asked. */
  readonly reason?: 'required' | 'optional';
  /** Whether the evidence asked with the reason is required (evidence before done). */
  readonly evidence?: 'required' | 'optional';
  /**
   * The browser refuses empty required fields before anything is sent, and the button is
   * disabled while sending (recommendations, guidelines). Otherwise the API's messages stand
   * beside the fields and the button stays focusable.
   */
  readonly browserValidation?: boolean;
  readonly children?: ReactNode;
}) => {
  const m = useMessages(uiMessages);
  const [decision, setDecision] = useDecision();
  const offerReload = state.conflict && onReload !== undefined;
  return (
    <form
      className="form"
      noValidate={!browserValidation}
      onSubmit={(event) => {
        event.preventDefault();
        if (!state.pending) void onSubmit(decisionInput(decision));
      }}
    >
      {offerReload ? <ConflictNotice onReload={onReload} /> : null}
      <ErrorSummary
        errors={
          offerReload
            ? state.generalErrors.filter((error) => error.code !== 'CONFLICT')
            : state.generalErrors
        }
      />
      {children}
      {reason ? (
        <DecisionFields
          value={decision}
          onChange={setDecision}
          state={state}
          reasonRequired={reason === 'required'}
          evidenceRequired={evidence === 'required'}
        />
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button button--primary'}
          aria-disabled={state.pending}
          disabled={browserValidation && state.pending}
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
