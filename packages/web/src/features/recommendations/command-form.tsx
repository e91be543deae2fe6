import type { ReactNode } from 'react';
import { type Decision, DecisionFields } from '../../commands/decision-fields.js';
import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { ConflictNotice, ErrorSummary } from '../../ui/feedback.js';
import { uiMessages } from '../../ui/messages.js';

/**
 * The form of one action in a dialog: what it is about, its own fields, reason and evidence,
 * the API's errors (a conflict offers to load the new state, keeping the input), and buttons.
 */
export const CommandForm = ({
  state,
  onSubmit,
  onCancel,
  onReload,
  submitLabel,
  danger = false,
  decision,
  onDecisionChange,
  reasonRequired,
  intro,
  children,
}: {
  readonly state: CommandState;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly onReload: () => void;
  readonly submitLabel: string;
  readonly danger?: boolean;
  readonly decision: Decision;
  readonly onDecisionChange: (decision: Decision) => void;
  readonly reasonRequired: boolean;
  readonly intro?: ReactNode;
  readonly children?: ReactNode;
}) => {
  const m = useMessages(uiMessages);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {intro ? <div className="command-form__intro">{intro}</div> : null}
      {state.conflict ? <ConflictNotice onReload={onReload} /> : null}
      <ErrorSummary errors={state.generalErrors.filter((error) => error.code !== 'CONFLICT')} />
      {children}
      <DecisionFields
        value={decision}
        onChange={onDecisionChange}
        state={state}
        reasonRequired={reasonRequired}
      />
      <div className="form__actions">
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button button--primary'}
          disabled={state.pending}
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
