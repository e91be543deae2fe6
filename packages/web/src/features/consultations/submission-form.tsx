import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { draftFields } from '../../commands/draft-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { isSector, SECTORS, useSectorOptions } from '../../shared/options.js';
import { ErrorSummary } from '../../ui/feedback.js';
import { SelectField, TextArea, TextField } from '../../ui/fields.js';
import { consultationMessages } from './messages.js';
import { solveProofOfWork } from './proof-of-work.js';
import { ConsultationChallenge, SubmitToConsultation } from './queries.js';

/** The fields the API may blame that this form shows beside their control. */
const FORM_FIELDS = ['text', 'sector', 'contact.name', 'contact.email', 'consent'];

/** What the person types and picks (the sector is checked on sending). */
interface Submission {
  readonly text: string;
  readonly sector: string;
  readonly name: string;
  readonly email: string;
}

const EMPTY: Submission = { text: '', sector: SECTORS[0] ?? 'INDUSTRY', name: '', email: '' };

/**
 * Anyone's suggestion to one consultation: text, sector, optional name, e-mail, the consent to
 * the privacy notice, and a hidden field people leave empty. Sending first solves a fresh proof
 * of work (a refused submission spends its proof, so each attempt gets its own).
 */
export const SubmissionForm = ({
  consultation,
}: {
  readonly consultation: { readonly id: string; readonly privacyNotice: string };
}) => {
  const m = useMessages(consultationMessages);
  const format = useFormat();
  const sectors = useSectorOptions();
  const noticeId = useId();
  const consentId = useId();
  const [draft, setDraft] = useState<Submission>(EMPTY);
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [working, setWorking] = useState(false);
  const [powFailed, setPowFailed] = useState(false);
  const [sent, setSent] = useState<{ email: string; confirmBy: string } | null>(null);
  const [, challenge] = useMutation(ConsultationChallenge);
  const [state, run] = useCommand(SubmitToConsultation, FORM_FIELDS, { idempotent: false });

  if (sent) {
    return (
      <div className="notice notice--success consultation__sent" role="status">
        <p className="notice__title">{m.sentTitle}</p>
        <p>{m.sent(sent.email, format.dateTime(sent.confirmBy))}</p>
        <button type="button" className="button" onClick={() => setSent(null)}>
          {m.another}
        </button>
      </div>
    );
  }

  const submit = async () => {
    if (working) return;
    setWorking(true);
    setPowFailed(false);
    try {
      const issued = await challenge({});
      const proof = issued.data ? await solveProofOfWork(issued.data.consultationChallenge) : null;
      if (!proof) {
        setPowFailed(true);
        return;
      }
      const { text, sector, name, email } = draft;
      const result = await run({
        input: {
          id: consultation.id,
          text,
          sector: isSector(sector) ? sector : 'INDUSTRY',
          email,
          consent,
          proof,
          ...(name.trim() ? { name } : {}),
          ...(website ? { website } : {}),
        },
      });
      if (result) {
        setSent({ email, confirmBy: result.submitToConsultation.confirmBy });
        setDraft((current) => ({ ...current, text: '' }));
      }
    } finally {
      setWorking(false);
    }
  };

  const field = draftFields({ value: draft, onChange: setDraft, state });
  const consentError = state.errorFor('consent');
  return (
    <form
      className="form consultation__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={state.generalErrors} />
      {powFailed ? (
        <div className="notice notice--error" role="alert">
          <p>{m.powFailed}</p>
        </div>
      ) : null}
      <TextArea {...field('text', m.text)} hint={m.textHint} rows={6} required name="text" />
      <SelectField {...field('sector', m.sector)} options={sectors} required name="sector" />
      <TextField
        {...field('name', m.name, 'contact.name')}
        hint={m.nameHint}
        name="name"
        autoComplete="name"
      />
      <TextField
        {...field('email', m.email, 'contact.email')}
        hint={m.emailHint}
        type="email"
        required
        name="email"
        autoComplete="email"
      />
      <section className="consultation__privacy" aria-labelledby={`${noticeId}-title`}>
        <h3 id={`${noticeId}-title`}>{m.privacyTitle}</h3>
        <p id={noticeId}>{consultation.privacyNotice}</p>
      </section>
      <div className={consentError ? 'field field--invalid' : 'field'}>
        <div className="consultation__consent">
          <input
            id={consentId}
            type="checkbox"
            name="consent"
            checked={consent}
            required
            aria-invalid={consentError ? true : undefined}
            aria-describedby={[noticeId, consentError ? `${consentId}-error` : '']
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => setConsent(event.target.checked)}
          />
          <label htmlFor={consentId}>{m.consent}</label>
        </div>
        {consentError ? (
          <p className="field__error" id={`${consentId}-error`}>
            {consentError}
          </p>
        ) : null}
      </div>
      {/* Bots fill every field; people never see this one (nor do screen readers). */}
      <div className="consultation__honeypot" aria-hidden="true">
        <label>
          {m.honeypot}
          <input
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
          />
        </label>
      </div>
      {working ? (
        <p className="loading-inline" role="status">
          {m.working}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={working}>
          {m.submit}
        </button>
      </div>
    </form>
  );
};
