import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { useMessages } from '../../i18n/i18n.js';
import { Page } from '../../ui/page.js';
import { ConfirmFollow } from './follows-api.js';
import { followsMessages } from './messages.js';

/** The mailed link `…/bestaetigen#<follow>.<token>`: the fragment never reaches a server log. */
export const ConfirmFollowPage = () => {
  const m = useMessages(followsMessages);
  const [state, confirm] = useMutation(ConfirmFollow);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    setStarted(true);
    const [followId = '', token = ''] = window.location.hash.slice(1).split('.');
    void confirm({ input: { followId, token } });
  }, [started, confirm]);
  const title = state.data?.confirmFollow?.follow.item?.title;
  return (
    <Page title={m.confirmTitle}>
      <p role="status" className={state.error ? 'notice notice--error' : 'notice'}>
        {state.error
          ? m.badLink
          : state.data
            ? title
              ? m.confirmed(title)
              : m.confirmedPlain
            : m.confirming}
      </p>
    </Page>
  );
};
