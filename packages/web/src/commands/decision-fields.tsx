import { useState } from 'react';
import { useMessages } from '../i18n/i18n.js';
import { TextArea, TextField } from '../ui/fields.js';
import { uiMessages } from '../ui/messages.js';
import { type DraftFieldsProps, draftFields } from './draft-fields.js';

export interface Decision {
  readonly reason: string;
  readonly url: string;
  readonly document: string;
  readonly note: string;
}

export const EMPTY_DECISION: Decision = { reason: '', url: '', document: '', note: '' };

/** The input fields of a decision, for `useCommand` to show the API's errors beside them. */
export const DECISION_FIELDS = ['reason', 'evidence', 'evidence.0.url', 'evidence[0].url'] as const;

/** The `reason` and `evidence` inputs every command takes, from the form's values. */
export const decisionInput = (decision: Decision) => {
  const evidence = {
    ...(decision.url.trim() ? { url: decision.url.trim() } : {}),
    ...(decision.document.trim() ? { document: decision.document.trim() } : {}),
    ...(decision.note.trim() ? { note: decision.note.trim() } : {}),
  };
  return {
    ...(decision.reason.trim() ? { reason: decision.reason.trim() } : {}),
    ...(Object.keys(evidence).length > 0 ? { evidence: [evidence] } : {}),
  };
};

export type DecisionInput = ReturnType<typeof decisionInput>;

export const useDecision = () => useState<Decision>(EMPTY_DECISION);

/** Why (Begründung) and on what evidence (Beleg): what the ministry reads in the history later. */
export const DecisionFields = ({
  value,
  onChange,
  state,
  reasonRequired,
  evidenceRequired = false,
}: DraftFieldsProps<Decision> & {
  readonly reasonRequired: boolean;
  /** Evidence before done (a completion request): the fields stand open, their error beside. */
  readonly evidenceRequired?: boolean;
}) => {
  const m = useMessages(uiMessages);
  const field = draftFields({ value, onChange, state });
  return (
    <>
      <TextArea {...field('reason', m.reason)} required={reasonRequired} rows={3} />
      <details className="evidence" open={evidenceRequired}>
        <summary>{evidenceRequired ? m.evidenceRequired : m.evidence}</summary>
        {state.errorFor('evidence') ? (
          <p className="field__error">{state.errorFor('evidence')}</p>
        ) : null}
        <TextField
          {...field('url', m.evidenceUrl)}
          type="url"
          error={state.errorFor('evidence.0.url') ?? state.errorFor('evidence[0].url')}
        />
        <TextField
          label={m.evidenceDocument}
          value={value.document}
          onChange={(document) => onChange({ ...value, document })}
        />
        <TextField
          label={m.evidenceNote}
          value={value.note}
          onChange={(note) => onChange({ ...value, note })}
        />
      </details>
    </>
  );
};
