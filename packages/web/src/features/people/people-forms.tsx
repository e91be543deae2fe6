import { ROLE_LABELS, ROLES } from '@fahrplan/domain';
import { useState } from 'react';
import { CommandForm } from '../../commands/command-form.js';
import type { DraftFieldsProps } from '../../commands/draft-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { CreateForm } from '../../shared/create-form.js';
import { type Option, SelectField, TextArea, TextField } from '../../ui/fields.js';
import { peopleMessages } from './messages.js';
import { GrantRole, RegisterUser, RevokeRole } from './queries.js';

/** People's mutations take no idempotency key (see `useCommand`). */
const NO_KEY = { idempotent: false } as const;

/** Installation-wide: ministry and admins only (the API refuses team and partner without one). */
export const EVERYWHERE = '';

/** Why a role is granted (optional) or revoked (required): the access history keeps it. */
const ReasonField = ({
  value,
  onChange,
  state,
  required = false,
}: DraftFieldsProps<string> & { readonly required?: boolean }) => {
  const m = useMessages(peopleMessages);
  return (
    <TextArea
      label={m.reason}
      value={value}
      onChange={onChange}
      error={state.errorFor('reason', m.reason)}
      required={required}
      rows={2}
    />
  );
};

const NOBODY = { name: '', email: '', organisation: '', unit: '' };

/** Registers a person; the one-time set-up link is shown once, to be handed over. */
export const RegisterForm = ({ onCancel }: { readonly onCancel: () => void }) => {
  const m = useMessages(peopleMessages);
  const [done, setDone] = useState<{ name: string; link: string } | null>(null);
  if (done) {
    const link = `${window.location.origin}${done.link}`;
    return (
      <div className="notice notice--success" role="status">
        <p className="notice__title">{m.registered(done.name)}</p>
        <p>{m.setupLink}</p>
        <p>
          <code data-testid="setup-link">{link}</code>
        </p>
        <button type="button" className="button" onClick={onCancel}>
          OK
        </button>
      </div>
    );
  }
  return (
    <CreateForm
      mutation={RegisterUser}
      formFields={['name', 'email', 'organisation', 'unit']}
      idempotent={false}
      empty={NOBODY}
      input={(person) => ({
        name: person.name.trim(),
        email: person.email.trim(),
        ...(person.organisation.trim() ? { organisation: person.organisation.trim() } : {}),
        ...(person.unit.trim() ? { unit: person.unit.trim() } : {}),
      })}
      onCreated={(result) =>
        setDone({ name: result.registerUser.user.name ?? '', link: result.registerUser.setupLink })
      }
      onCancel={onCancel}
      submitLabel={m.register}
    >
      {({ field }) => (
        <>
          <TextField {...field('name', m.name)} required autoComplete="off" />
          <TextField {...field('email', m.email)} type="email" required autoComplete="off" />
          <TextField {...field('organisation', m.organisation)} />
          <TextField {...field('unit', m.unit)} />
        </>
      )}
    </CreateForm>
  );
};

/** Grants a role in one process (or, for ministry and admins, everywhere), with its reason. */
export const GrantForm = ({
  userId,
  processes,
  onDone,
}: {
  readonly userId: string;
  readonly processes: readonly Option[];
  readonly onDone: () => void;
}) => {
  const m = useMessages(peopleMessages);
  const label = useLabel();
  const [role, setRole] = useState<string>('team');
  const [processId, setProcessId] = useState(processes[0]?.value ?? EVERYWHERE);
  const [reason, setReason] = useState('');
  const [state, run] = useCommand(GrantRole, ['role', 'processId', 'reason'], NO_KEY);
  return (
    <CommandForm
      state={state}
      submitLabel={m.grant}
      onCancel={onDone}
      onSubmit={async () => {
        const result = await run({
          input: {
            userId,
            role: role as (typeof ROLES)[number],
            processId: processId === EVERYWHERE ? null : processId,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        });
        if (result) onDone();
      }}
    >
      <SelectField
        label={m.role}
        value={role}
        onChange={setRole}
        options={ROLES.map((each) => ({ value: each, label: label(ROLE_LABELS[each]) }))}
        error={state.errorFor('role', m.role)}
      />
      <SelectField
        label={m.process}
        value={processId}
        onChange={setProcessId}
        options={[...processes, { value: EVERYWHERE, label: m.everywhere }]}
        error={state.errorFor('processId', m.process)}
      />
      <ReasonField value={reason} onChange={setReason} state={state} />
    </CommandForm>
  );
};

/** Revokes one role; the reason is required (the domain says so). */
export const RevokeForm = ({
  userId,
  role,
  processId,
  onDone,
}: {
  readonly userId: string;
  readonly role: (typeof ROLES)[number];
  readonly processId: string | null;
  readonly onDone: () => void;
}) => {
  const m = useMessages(peopleMessages);
  const [reason, setReason] = useState('');
  const [state, run] = useCommand(RevokeRole, ['reason'], NO_KEY);
  return (
    <CommandForm
      state={state}
      submitLabel={m.revoke}
      danger
      onCancel={onDone}
      onSubmit={async () => {
        const result = await run({ input: { userId, role, processId, reason: reason.trim() } });
        if (result) onDone();
      }}
    >
      <ReasonField value={reason} onChange={setReason} state={state} required />
    </CommandForm>
  );
};
