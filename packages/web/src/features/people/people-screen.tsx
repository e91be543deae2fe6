import { ROLE_LABELS } from '@fahrplan/domain';
import { useQuery } from 'urql';
import { CommandDialog } from '../../commands/command-dialog.js';
import { isRole } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { useViewer } from '../../session/session.js';
import { QueryError } from '../../ui/feedback.js';
import type { Option } from '../../ui/fields.js';
import { Page, Section } from '../../ui/page.js';
import { peopleMessages } from './messages.js';
import { GrantForm, RegisterForm, RevokeForm } from './people-forms.js';
import { PeopleQuery } from './queries.js';

/** A process's id as grants name it: the global id is base64 of "Process:<id>". */
const processIdOf = (globalId: string): string => atob(globalId).replace(/^Process:/, '');

/** The admin's screen of people: their roles per process, granted and revoked with a reason. */
export const PeopleScreen = () => {
  const m = useMessages(peopleMessages);
  const label = useLabel();
  const format = useFormat();
  const viewer = useViewer();
  const admin = viewer.permissions.includes('grantRole');
  const [{ data, fetching, error }, reload] = useQuery({ query: PeopleQuery, pause: !admin });
  if (!admin) {
    return (
      <Page title={m.title}>
        <p>{m.adminsOnly}</p>
      </Page>
    );
  }
  const processes: Option[] = (data?.processes.edges ?? []).map(({ node }) => ({
    value: processIdOf(node.id),
    label: node.title,
  }));
  const where = (processId: string | null) =>
    processId === null
      ? m.everywhere
      : (processes.find((each) => each.value === processId)?.label ?? processId);
  const roleName = (role: string | null) => (isRole(role) ? label(ROLE_LABELS[role]) : '');
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <Page
      title={m.title}
      subtitle={m.intro}
      actions={
        <CommandDialog label={m.register} variant="primary">
          {(close) => (
            <RegisterForm
              onCancel={() => {
                close();
                refresh();
              }}
            />
          )}
        </CommandDialog>
      }
    >
      {error ? <QueryError error={error} retry={refresh} /> : null}
      {fetching && !data ? <p className="loading">{m.loading}</p> : null}
      {(data?.users ?? []).map((user) => {
        const name = user.name ?? m.erased;
        return (
          <Section key={user.id} title={name} id={`person-${user.id}`}>
            <p>{[user.email, user.organisation, user.unit].filter(Boolean).join(' · ')}</p>
            <h3>{m.roles}</h3>
            {user.grants.length === 0 ? <p>{m.noRoles}</p> : null}
            <ul data-testid="grants">
              {user.grants.map((grant) => (
                <li key={`${grant.role}|${grant.processId ?? ''}`}>
                  {roleName(grant.role)} – {where(grant.processId)}{' '}
                  <CommandDialog
                    label={m.revoke}
                    title={m.revokeFrom(roleName(grant.role), where(grant.processId))}
                    accessibleLabel={m.revokeFrom(roleName(grant.role), where(grant.processId))}
                    variant="danger"
                    small
                  >
                    {(close) => (
                      <RevokeForm
                        userId={user.id}
                        role={grant.role}
                        processId={grant.processId}
                        onDone={() => {
                          close();
                          refresh();
                        }}
                      />
                    )}
                  </CommandDialog>
                </li>
              ))}
            </ul>
            <CommandDialog
              label={m.grant}
              title={m.grantTo(name)}
              accessibleLabel={m.grantTo(name)}
              small
            >
              {(close) => (
                <GrantForm
                  userId={user.id}
                  processes={processes}
                  onDone={() => {
                    close();
                    refresh();
                  }}
                />
              )}
            </CommandDialog>
            <details>
              <summary>{m.history}</summary>
              <ol data-testid="access-history">
                {user.accessHistory.map((change) => (
                  <li key={change.recordedAt + change.type}>
                    {format.dateTime(change.recordedAt)}: {m.change[change.type] ?? change.type}
                    {change.role ? ` – ${roleName(change.role)}, ${where(change.processId)}` : ''}
                    {change.actorName ? ` (${m.by(change.actorName)})` : ''}
                    {change.reason ? `: „${change.reason}“` : ''}
                  </li>
                ))}
              </ol>
            </details>
          </Section>
        );
      })}
    </Page>
  );
};
