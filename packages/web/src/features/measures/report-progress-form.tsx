import { useState } from 'react';
import { CommandForm } from '../../commands/command-form.js';
import { DECISION_FIELDS, type DecisionInput } from '../../commands/decision-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import { measureMessages } from './messages.js';
import { ReportMeasureProgress } from './mutations.js';

/** A whole percentage 0–100, or null: the API's Int would reject anything else unreadably. */
export const parsePercent = (text: string): number | null => {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
};

/** Fortschritt melden: the new percentage and, for the record, why. */
export const ReportProgressForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const format = useFormat();
  const [state, run] = useCommand(ReportMeasureProgress, ['progress', ...DECISION_FIELDS]);
  const [progress, setProgress] = useState(String(measure.progress));
  const [invalid, setInvalid] = useState(false);
  const submit = async (decision: DecisionInput) => {
    const value = parsePercent(progress);
    setInvalid(value === null);
    if (value === null) return;
    const result = await run({
      input: {
        id: measure.id,
        expectedVersion: measure.version,
        progress: value,
        ...decision,
      },
    });
    if (result) {
      close();
      done(m.doneProgress);
    }
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.reportProgress}
      reason="optional"
    >
      <p>{m.currentProgress(format.percent(measure.progress))}</p>
      <TextField
        label={m.progressLabel}
        type="number"
        min={0}
        max={100}
        required
        value={progress}
        onChange={setProgress}
        hint={m.progressHint}
        error={invalid ? m.progressInvalid : state.errorFor('progress')}
        autoFocus
      />
    </CommandForm>
  );
};
