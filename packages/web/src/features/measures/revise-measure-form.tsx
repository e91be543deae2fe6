import { useState } from 'react';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { draftFields } from '../../commands/draft-fields.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { useMessages } from '../../i18n/i18n.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { type MeasureFormProps, measureFormWiring } from './lifecycle-forms.js';
import { measureMessages } from './messages.js';
import { ReviseMeasure } from './mutations.js';

const FIELDS = ['title', 'owner', 'description', 'plannedStart', 'plannedEnd'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const draftOf = (measure: MeasureFormProps['measure']): Draft => ({
  title: measure.title,
  owner: measure.owner,
  description: measure.description ?? '',
  plannedStart: measure.plannedStart ?? '',
  plannedEnd: measure.plannedEnd ?? '',
});

const DATES: readonly string[] = ['plannedStart', 'plannedEnd'];

/**
 * Only what the user changed goes to the API, so the history shows exactly that. An emptied
 * date means "keep it" (the API cannot unplan a date); an emptied text goes, for the API to
 * say it is required.
 */
export const changedFields = (before: Draft, after: Draft): Partial<Draft> =>
  Object.fromEntries(
    FIELDS.filter(
      (field) =>
        after[field].trim() !== before[field] &&
        !(DATES.includes(field) && after[field].trim() === ''),
    ).map((field) => [field, after[field].trim()]),
  );

/** Überarbeiten: title, responsible unit, description and planned period of an open measure. */
export const ReviseMeasureForm = (props: MeasureFormProps) => {
  const { measure } = props;
  const m = useMessages(measureMessages);
  const [draft, setDraft] = useState<Draft>(() => draftOf(measure));
  return (
    <TransitionForm
      mutation={ReviseMeasure}
      {...measureFormWiring(props, m.doneRevise)}
      input={() => changedFields(draftOf(measure), draft)}
      formFields={[...FIELDS, ...DECISION_FIELDS]}
      submitLabel={m.revise}
      reason="optional"
    >
      {(state) => {
        const field = draftFields({ value: draft, onChange: setDraft, state });
        return (
          <>
            <TextField {...field('title', m.titleLabel)} required />
            <TextField {...field('owner', m.ownerLabel)} required hint={m.ownerHint} />
            <TextArea {...field('description', m.descriptionLabel)} rows={6} />
            <div className="measure-dates">
              <TextField {...field('plannedStart', m.plannedStart)} type="date" />
              <TextField {...field('plannedEnd', m.plannedEnd)} type="date" />
            </div>
          </>
        );
      }}
    </TransitionForm>
  );
};
