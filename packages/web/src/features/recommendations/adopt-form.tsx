import { useState } from 'react';
import type { ActionFormProps } from '../../commands/item-action.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { actionMessages } from './action-messages.js';
import { AdoptRecommendation } from './mutations.js';
import { RecommendationForm } from './recommendation-form.js';

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
export const AdoptForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  const [measure, setMeasure] = useState({
    title: '',
    owner: '',
    plannedStart: '',
    plannedEnd: '',
  });
  return (
    <RecommendationForm
      {...props}
      mutation={AdoptRecommendation}
      input={{
        measure: {
          owner: measure.owner.trim(),
          ...(measure.title.trim() ? { title: measure.title.trim() } : {}),
          // A bare date is midnight UTC to the API: the day the user picked.
          ...(measure.plannedStart ? { plannedStart: measure.plannedStart } : {}),
          ...(measure.plannedEnd ? { plannedEnd: measure.plannedEnd } : {}),
        },
      }}
      formFields={FIELDS}
      versionOf={(result) => result.adoptRecommendation.version}
      submitLabel={m.adopt}
      reason="required"
      intro={m.adoptIntro}
    >
      {(state) => (
        <>
          <TextField
            label={m.measureOwner}
            required
            hint={m.measureOwnerHint}
            value={measure.owner}
            onChange={(owner) => setMeasure({ ...measure, owner })}
            error={state.errorFor('measure.owner', m.measureOwner)}
          />
          <TextField
            label={m.measureTitle}
            hint={m.measureTitleHint}
            value={measure.title}
            onChange={(title) => setMeasure({ ...measure, title })}
            error={state.errorFor('measure.title', m.measureTitle)}
          />
          <div className="row">
            <TextField
              label={m.plannedStart}
              type="date"
              value={measure.plannedStart}
              onChange={(plannedStart) => setMeasure({ ...measure, plannedStart })}
              error={state.errorFor('measure.plannedStart', m.plannedStart)}
            />
            <TextField
              label={m.plannedEnd}
              type="date"
              value={measure.plannedEnd}
              onChange={(plannedEnd) => setMeasure({ ...measure, plannedEnd })}
              error={state.errorFor('measure.plannedEnd', m.plannedEnd)}
            />
          </div>
        </>
      )}
    </RecommendationForm>
  );
};
