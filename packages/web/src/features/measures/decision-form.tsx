import type { ReactNode } from 'react';
import { DecisionFields, decisionInput, useDecision } from '../../commands/decision-fields.js';
import type { CommandState } from '../../commands/use-command.js';
import { CommandForm } from './command-dialog.js';

/** The input fields of a decision, for `useCommand` to show the API's errors beside them. */
export const DECISION_FIELDS = ['reason', 'evidence.0.url', 'evidence[0].url'] as const;

/**
 * A command that needs nothing but a decision: why (required where the domain says so) and on
 * what evidence. `confirm` gets the reason and evidence to spread into the input and resolves
 * to null when the command failed.
 */
export const DecisionForm = ({
  state,
  onReload,
  onCancel,
  onDone,
  confirm,
  submitLabel,
  reasonRequired,
  danger = false,
  intro,
}: {
  readonly state: CommandState;
  readonly onReload: () => void;
  readonly onCancel: () => void;
  readonly onDone: () => void;
  readonly confirm: (decision: ReturnType<typeof decisionInput>) => Promise<unknown>;
  readonly submitLabel: string;
  readonly reasonRequired: boolean;
  readonly danger?: boolean;
  readonly intro?: ReactNode;
}) => {
  const [decision, setDecision] = useDecision();
  return (
    <CommandForm
      state={state}
      onReload={onReload}
      onCancel={onCancel}
      onSubmit={async () => {
        if (await confirm(decisionInput(decision))) onDone();
      }}
      submitLabel={submitLabel}
      danger={danger}
    >
      {intro ? <p>{intro}</p> : null}
      <DecisionFields
        value={decision}
        onChange={setDecision}
        state={state}
        reasonRequired={reasonRequired}
      />
    </CommandForm>
  );
};
