import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useCommand } from '../../commands/use-command.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { SECTORS, type Sector, useSectorOptions } from '../../shared/options.js';
import { ErrorSummary } from '../../ui/feedback.js';
import { SelectField, TextArea, TextField } from '../../ui/fields.js';
import { consultationMessages } from './messages.js';
import { solveProofOfWork } from './proof-of-work.js';
import { ConsultationChallenge, SubmitToConsultation } from './queries.js';

/** The fields the API may blame that this form shows beside their control. */
const FORM_FIELDS = ['text', 'sector', 'contact.name', 'contact.email', 'consent'];

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

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
  const [text, setText] = useState('');
  const [sector, setSector] = useState<string>(SECTORS[0] ?? 'INDUSTRY');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
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
        setText('');
      }
    } finally {
      setWorking(false);
    }
  };

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
      <TextArea
        label={m.text}
        hint={m.textHint}
        value={text}
        onChange={setText}
        rows={6}
        required
        name="text"
        error={state.errorFor('text', m.text)}
      />
      <SelectField
        label={m.sector}
        value={sector}
        onChange={setSector}
        options={sectors}
        required
        name="sector"
        error={state.errorFor('sector', m.sector)}
      />
      <TextField
        label={m.name}
        hint={m.nameHint}
        value={name}
        onChange={setName}
        name="name"
        autoComplete="name"
        error={state.errorFor('contact.name', m.name)}
      />
      <TextField
        label={m.email}
        hint={m.emailHint}
        type="email"
        value={email}
        onChange={setEmail}
        required
        name="email"
        autoComplete="email"
        error={state.errorFor('contact.email', m.email)}
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
