import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { apiErrorsOf } from '../../graphql/errors.js';
import { readFragment } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { ErrorSummary, Loading, QueryError } from '../../ui/feedback.js';
import { SelectField } from '../../ui/fields.js';
import { Page, Section } from '../../ui/page.js';
import {
  NotificationSettingsQuery,
  SetNotificationSettings,
  SettingsFields,
  UnfollowFromSettings,
  UnsubscribeNotifications,
} from './follows-api.js';
import { followsMessages } from './messages.js';

type Mode = 'IMMEDIATELY' | 'DAILY' | 'WEEKLY';
type Language = 'DE' | 'EN';

/**
 * A follower's settings: members from their session, anyone else through the tokened link in
 * their mails (`/benachrichtigungen#<token>`; the fragment stays in the browser).
 */
export const NotificationSettingsPage = () => {
  const m = useMessages(followsMessages);
  const token = useMemo(() => window.location.hash.slice(1) || null, []);
  const [{ data, fetching, error }, reload] = useQuery({
    query: NotificationSettingsQuery,
    variables: { token },
    requestPolicy: 'network-only',
  });
  const [saving, save] = useMutation(SetNotificationSettings);
  const [ending, unfollow] = useMutation(UnfollowFromSettings);
  const [leaving, unsubscribe] = useMutation(UnsubscribeNotifications);
  const [saved, setSaved] = useState(false);
  const errors = [saving.error, ending.error, leaving.error].flatMap((e) =>
    e ? apiErrorsOf(e) : [],
  );
  if (leaving.data) {
    return (
      <Page title={m.settingsTitle}>
        <p role="status" className="notice">
          {m.unsubscribed}
        </p>
      </Page>
    );
  }
  if (fetching && !data) return <Loading />;
  if (error) {
    const refused = apiErrorsOf(error).some((e) => e.field === 'token');
    return (
      <Page title={m.settingsTitle}>
        {refused ? <p className="notice">{m.noAccess}</p> : <QueryError error={error} />}
      </Page>
    );
  }
  const current = saving.data?.setNotificationSettings?.settings ?? data?.notificationSettings;
  const settings = current ? readFragment(SettingsFields, current) : undefined;
  if (!settings) {
    return (
      <Page title={m.settingsTitle}>
        <p className="empty">{m.nothing}</p>
      </Page>
    );
  }
  const change = async (input: { mode?: Mode; language?: Language }) => {
    const result = await save({ input: { ...input, token } });
    setSaved(!result.error);
  };
  return (
    <Page title={m.settingsTitle} subtitle={m.settingsIntro}>
      <ErrorSummary errors={errors} />
      {settings.email ? (
        <p>
          {m.address}: <strong>{settings.email}</strong>
        </p>
      ) : null}
      <SelectField
        label={m.mode}
        value={settings.mode}
        options={(Object.keys(m.modes) as Mode[]).map((value) => ({
          value,
          label: m.modes[value],
        }))}
        onChange={(value) => void change({ mode: value as Mode })}
      />
      <SelectField
        label={m.language}
        value={settings.language}
        options={(Object.keys(m.languages) as Language[]).map((value) => ({
          value,
          label: m.languages[value],
        }))}
        onChange={(value) => void change({ language: value as Language })}
      />
      {saved ? (
        <p role="status" className="notice">
          {m.saved}
        </p>
      ) : null}
      <Section title={m.following} id="follows">
        {settings.follows.length === 0 ? <p className="empty">{m.nothing}</p> : null}
        <ul className="follows">
          {settings.follows.map((follow) => (
            <li key={follow.id}>
              {follow.item ? (
                <Link href={`~${itemPath(kindName(follow.kind), follow.item.id)}`}>
                  {follow.item.title}
                </Link>
              ) : (
                follow.kind
              )}{' '}
              {follow.confirmed ? null : <span className="meta">{m.pending}</span>}{' '}
              <button
                type="button"
                className="button button--small"
                disabled={ending.fetching}
                onClick={() =>
                  void unfollow({ input: { followId: follow.id, token } }).then(() =>
                    reload({ requestPolicy: 'network-only' }),
                  )
                }
              >
                {m.unfollow}
              </button>
            </li>
          ))}
        </ul>
      </Section>
      {token ? (
        <button
          type="button"
          className="button"
          disabled={leaving.fetching}
          onClick={() => void unsubscribe({ input: { token } })}
        >
          {m.unsubscribeAll}
        </button>
      ) : null}
    </Page>
  );
};

/** `PROJECT_IDEA` → `ProjectIdea`: the GraphQL kind's type name, as item paths take it. */
const kindName = (kind: string): string =>
  kind
    .toLowerCase()
    .split('_')
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join('');
