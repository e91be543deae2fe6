import { useState } from 'react';
import { ActionTransitionForm } from '../../commands/action-transition-form.js';
import { draftFields } from '../../commands/draft-fields.js';
import type { ActionFormProps } from '../../commands/item-action.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { actionMessages } from './action-messages.js';
import { AdoptRecommendation } from './mutations.js';

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
    <ActionTransitionForm
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
      {(state) => {
        const field = draftFields({ value: measure, onChange: setMeasure, state });
        return (
          <>
            <TextField
              {...field('owner', m.measureOwner, 'measure.owner')}
              required
              hint={m.measureOwnerHint}
            />
            <TextField
              {...field('title', m.measureTitle, 'measure.title')}
              hint={m.measureTitleHint}
            />
            <div className="row">
              <TextField
                {...field('plannedStart', m.plannedStart, 'measure.plannedStart')}
                type="date"
              />
              <TextField {...field('plannedEnd', m.plannedEnd, 'measure.plannedEnd')} type="date" />
            </div>
          </>
        );
      }}
    </ActionTransitionForm>
  );
};
