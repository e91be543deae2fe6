import { useState } from 'react';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { EntryList, EntrySection, RemoveEntryDialog } from '../../shared/entry-section.js';
import {
  isPartnerRole,
  isSector,
  type PartnerRole,
  type Sector,
  usePartnerRoleLabel,
  usePartnerRoleOptions,
  useSectorLabel,
  useSectorOptions,
} from '../../shared/options.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { projectIdeaMessages } from './messages.js';
import type { IdeaFormProps, IdeaSectionProps } from './project-idea-query.js';

const JoinPartner = graphql(`
  mutation JoinPartner($input: JoinPartnerInput!) {
    joinPartner(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const LeavePartner = graphql(`
  mutation LeavePartner($input: LeavePartnerInput!) {
    leavePartner(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const JoinForm = ({ idea, onDone, onReload }: IdeaFormProps) => {
  const m = useMessages(projectIdeaMessages);
  const sectorOptions = useSectorOptions();
  const roleOptions = usePartnerRoleOptions();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [role, setRole] = useState<PartnerRole | ''>('');
  const [sectorMissing, setSectorMissing] = useState(false);
  return (
    <TransitionForm
      mutation={JoinPartner}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={() => {
        setSectorMissing(!isSector(sector));
        if (!isSector(sector)) return null;
        return { name: name.trim(), sector, ...(role ? { role } : {}) };
      }}
      formFields={['partner.name', 'partner.sector', 'partner.role']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.join}
    >
      {(state) => (
        <>
          <TextField
            label={m.organisation}
            required
            value={name}
            onChange={setName}
            hint={m.organisationHint}
            error={state.errorFor('partner.name', m.organisation)}
          />
          <SelectField
            label={m.sector}
            required
            value={sector}
            options={[{ value: '', label: m.choose }, ...sectorOptions]}
            onChange={(value) => setSector(isSector(value) ? value : '')}
            error={sectorMissing ? m.sectorMissing : state.errorFor('partner.sector')}
          />
          <SelectField
            label={m.role}
            value={role}
            options={[{ value: '', label: m.noRole }, ...roleOptions]}
            onChange={(value) => setRole(isPartnerRole(value) ? value : '')}
            error={state.errorFor('partner.role', m.role)}
          />
        </>
      )}
    </TransitionForm>
  );
};

/** The partner organisations on board (organisations are no personal data). */
export const Partners = ({ idea, editable, can, onReload }: IdeaSectionProps) => {
  const m = useMessages(projectIdeaMessages);
  const sectorLabel = useSectorLabel();
  const roleLabel = usePartnerRoleLabel();
  const canLeave = editable && can('leavePartner');
  const target = { id: idea.id, version: idea.version, reload: onReload };
  return (
    <EntrySection
      id="partners"
      title={m.partnersTitle(idea.partners.length)}
      add={
        editable && can('joinPartner')
          ? {
              label: m.joinPartner,
              form: (close) => <JoinForm idea={idea} onDone={close} onReload={onReload} />,
            }
          : null
      }
      empty={idea.partners.length === 0 ? m.noPartners : null}
    >
      <EntryList entries={idea.partners} entryKey={(partner) => partner.partnerId}>
        {(partner) => (
          <>
            <strong>{partner.name}</strong>
            <span className="meta">
              {[sectorLabel(partner.sector), partner.role ? roleLabel(partner.role) : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {canLeave ? (
              <RemoveEntryDialog
                label={m.leave}
                accessibleLabel={m.leaveNamed(partner.name)}
                title={m.leaveTitle(partner.name)}
                mutation={LeavePartner}
                target={target}
                input={{ partnerId: partner.partnerId }}
                intro={m.leaveIntro}
              />
            ) : null}
          </>
        )}
      </EntryList>
    </EntrySection>
  );
};
