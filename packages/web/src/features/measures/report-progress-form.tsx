import { useState } from 'react';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { type MeasureFormProps, measureFormWiring } from './lifecycle-forms.js';
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
export const ReportProgressForm = (props: MeasureFormProps) => {
  const { measure } = props;
  const m = useMessages(measureMessages);
  const format = useFormat();
  const [progress, setProgress] = useState(String(measure.progress));
  const [invalid, setInvalid] = useState(false);
  return (
    <TransitionForm
      mutation={ReportMeasureProgress}
      {...measureFormWiring(props, m.doneProgress)}
      input={() => {
        const value = parsePercent(progress);
        setInvalid(value === null);
        return value === null ? null : { progress: value };
      }}
      formFields={['progress', ...DECISION_FIELDS]}
      submitLabel={m.reportProgress}
      reason="optional"
    >
      {(state) => (
        <>
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
        </>
      )}
    </TransitionForm>
  );
};
