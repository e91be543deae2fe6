import { useState } from 'react';
import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { actionMessages } from './action-messages.js';
import { CommandForm } from './command-form.js';
import type { ActionFormProps } from './form-types.js';
import { AdoptRecommendation } from './mutations.js';
import { useItemCommand } from './use-item-command.js';

const FIELDS = [
  'measure.title',
  'measure.owner',
  'measure.plannedStart',
  'measure.plannedEnd',
  'reason',
] as const;

/**
 * The ministry's decision: the measure that starts (MeasureDetailsInput). The domain would take
 * it without a reason, but a decision the ministry files is always given one here.
 */
export const AdoptForm = ({ target, onDone, onCancel }: ActionFormProps) => {
  const m = useMessages(actionMessages);
  const [measure, setMeasure] = useState({
    title: '',
    owner: '',
    plannedStart: '',
    plannedEnd: '',
  });
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(AdoptRecommendation, FIELDS, target);
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        measure: {
          owner: measure.owner.trim(),
          ...(measure.title.trim() ? { title: measure.title.trim() } : {}),
          // A bare date is midnight UTC to the API: the day the user picked.
          ...(measure.plannedStart ? { plannedStart: measure.plannedStart } : {}),
          ...(measure.plannedEnd ? { plannedEnd: measure.plannedEnd } : {}),
        },
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.adoptRecommendation.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.adopt}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired
      intro={<p>{m.adoptIntro}</p>}
    >
      <TextField
        label={m.measureOwner}
        required
        hint={m.measureOwnerHint}
        value={measure.owner}
        onChange={(owner) => setMeasure({ ...measure, owner })}
        error={state.errorFor('measure.owner')}
      />
      <TextField
        label={m.measureTitle}
        hint={m.measureTitleHint}
        value={measure.title}
        onChange={(title) => setMeasure({ ...measure, title })}
        error={state.errorFor('measure.title')}
      />
      <div className="row">
        <TextField
          label={m.plannedStart}
          type="date"
          value={measure.plannedStart}
          onChange={(plannedStart) => setMeasure({ ...measure, plannedStart })}
          error={state.errorFor('measure.plannedStart')}
        />
        <TextField
          label={m.plannedEnd}
          type="date"
          value={measure.plannedEnd}
          onChange={(plannedEnd) => setMeasure({ ...measure, plannedEnd })}
          error={state.errorFor('measure.plannedEnd')}
        />
      </div>
    </CommandForm>
  );
};
