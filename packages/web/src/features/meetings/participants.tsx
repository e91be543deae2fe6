import { useState } from 'react';
import { draftFields } from '../../commands/draft-fields.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { EntrySection, RemoveEntryDialog } from '../../shared/entry-section.js';
import { isSector, type Sector, useSectorLabel, useSectorOptions } from '../../shared/options.js';
import { SelectField, TextField } from '../../ui/fields.js';
import type { MeetingData, MeetingFormProps, Participant } from './meeting-query.js';
import { meetingMessages } from './messages.js';

const RegisterParticipant = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      meeting {
        id
        version
      }
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation RemoveParticipant($input: RemoveParticipantInput!) {
    removeParticipant(input: $input) {
      meeting {
        id
        version
      }
    }
  }
`);

const RegisterForm = ({ meeting, onDone, onReload }: MeetingFormProps) => {
  const m = useMessages(meetingMessages);
  const sectorOptions = useSectorOptions();
  const [person, setPerson] = useState({ name: '', email: '', organisation: '' });
  const [sector, setSector] = useState<Sector | ''>('');
  const [sectorMissing, setSectorMissing] = useState(false);
  return (
    <TransitionForm
      mutation={RegisterParticipant}
      target={{ id: meeting.id, version: meeting.version, reload: onReload }}
      input={() => {
        setSectorMissing(!isSector(sector));
        if (!isSector(sector)) return null;
        const email = person.email.trim();
        const organisation = person.organisation.trim();
        return {
          name: person.name.trim(),
          sector,
          ...(email ? { email } : {}),
          ...(organisation ? { organisation } : {}),
        };
      }}
      formFields={['name', 'email', 'organisation', 'sector']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.register}
    >
      {(state) => {
        const field = draftFields({ value: person, onChange: setPerson, state });
        return (
          <>
            <p className="meta">{m.personalDataHint}</p>
            <TextField {...field('name', m.name)} required autoComplete="off" />
            <TextField {...field('organisation', m.organisation)} autoComplete="off" />
            <TextField {...field('email', m.email)} type="email" autoComplete="off" />
            <SelectField
              label={m.sector}
              required
              value={sector}
              options={[{ value: '', label: m.chooseSector }, ...sectorOptions]}
              onChange={(value) => setSector(isSector(value) ? value : '')}
              error={sectorMissing ? m.sectorMissing : state.errorFor('sector')}
            />
          </>
        );
      }}
    </TransitionForm>
  );
};

const usePersonLabel = () => {
  const m = useMessages(meetingMessages);
  return (participant: Participant): string =>
    participant.erased ? m.erased : (participant.name ?? m.notPublic);
};

const PersonName = ({ participant }: { participant: Participant }) => {
  const m = useMessages(meetingMessages);
  if (participant.erased) return <em>{m.erased}</em>;
  return <>{participant.name ?? m.notPublic}</>;
};

/** Who registered; names, organisations and e-mails only for those who may see personal data. */
export const Participants = ({
  meeting,
  canRegister,
  canRemove,
  onReload,
}: {
  readonly meeting: MeetingData;
  readonly canRegister: boolean;
  readonly canRemove: boolean;
  readonly onReload: () => void;
}) => {
  const m = useMessages(meetingMessages);
  const sectorLabel = useSectorLabel();
  const personLabel = usePersonLabel();
  const { participants } = meeting;
  return (
    <EntrySection
      id="participants"
      title={m.participantsTitle(participants.length)}
      add={
        canRegister
          ? {
              label: m.registerParticipant,
              form: (close) => (
                <RegisterForm meeting={meeting} onDone={close} onReload={onReload} />
              ),
            }
          : null
      }
      empty={participants.length === 0 ? m.noParticipants : null}
    >
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{m.participantsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.organisation}</th>
              <th scope="col">{m.email}</th>
              <th scope="col">{m.sector}</th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">{m.participantActions}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.subjectId}>
                <td>
                  <PersonName participant={participant} />
                </td>
                <td>{participant.organisation ?? m.none}</td>
                <td>{participant.email ?? m.none}</td>
                <td>{sectorLabel(participant.sector)}</td>
                {canRemove ? (
                  <td>
                    <RemoveEntryDialog
                      label={m.remove}
                      accessibleLabel={m.removeNamed(personLabel(participant))}
                      title={m.removeTitle(personLabel(participant))}
                      mutation={RemoveParticipant}
                      target={{ id: meeting.id, version: meeting.version, reload: onReload }}
                      input={{ subjectId: participant.subjectId }}
                      intro={m.removeIntro}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </EntrySection>
  );
};
