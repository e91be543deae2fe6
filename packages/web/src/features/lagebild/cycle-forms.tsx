import { useState } from 'react';
import { CommandForm } from '../../commands/command-form.js';
import { DECISION_FIELDS, type DecisionInput } from '../../commands/decision-fields.js';
import { TransitionDialog } from '../../commands/transition-form.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { cycleMessages } from './cycle-messages.js';
import { CloseReportingCycle, OpenReportingCycle } from './mutations.js';

/** Berichtszyklus eröffnen: its name and the day reports are due. */
export const OpenCycleForm = ({
  close,
  done,
}: {
  readonly close: () => void;
  readonly done: (message: string) => void;
}) => {
  const m = useMessages(cycleMessages);
  const [state, run] = useCommand(OpenReportingCycle, ['title', 'deadline', ...DECISION_FIELDS]);
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const submit = async (decision: DecisionInput) => {
    const result = await run({ input: { title: title.trim(), deadline, ...decision } });
    if (result) {
      close();
      done(m.doneOpen);
    }
  };
  return (
    <CommandForm
      state={state}
      onSubmit={submit}
      onCancel={close}
      submitLabel={m.open}
      reason="optional"
    >
      <p>{m.openText}</p>
      <TextField
        label={m.cycleTitle}
        required
        value={title}
        onChange={setTitle}
        hint={m.cycleTitleHint}
        error={state.errorFor('title', m.cycleTitle)}
        autoFocus
      />
      <TextField
        label={m.deadline}
        type="date"
        required
        value={deadline}
        onChange={setDeadline}
        error={state.errorFor('deadline', m.deadline)}
      />
    </CommandForm>
  );
};

/** Berichtszyklus schließen: reports still missing stay visible as missing. */
export const CloseCycleDialog = ({
  cycle,
  reload,
  done,
}: {
  readonly cycle: { readonly id: string; readonly version: number; readonly title: string };
  readonly reload: () => void;
  readonly done: (message: string) => void;
}) => {
  const m = useMessages(cycleMessages);
  return (
    <TransitionDialog
      label={m.close}
      mutation={CloseReportingCycle}
      target={{ id: cycle.id, version: cycle.version, reload }}
      formFields={DECISION_FIELDS}
      intro={m.closeText(cycle.title)}
      reason="optional"
      onDone={() => done(m.doneClose)}
    />
  );
};
