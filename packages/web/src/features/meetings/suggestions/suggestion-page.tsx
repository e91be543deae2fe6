import { useCallback } from 'react';
import { useProcessSlug } from '../../../app/process.js';
import { useIdParam } from '../../../app/use-id-param.js';
import { useAsOf } from '../../../as-of/as-of.js';
import { useMessages } from '../../../i18n/i18n.js';
import { useLiveQuery } from '../../../live/use-live-query.js';
import { useViewer } from '../../../session/session.js';
import { ItemPage } from '../../../shared/item/item-page.js';
import { Loading, QueryError } from '../../../ui/feedback.js';
import { Page } from '../../../ui/page.js';
import { suggestionMessages } from './messages.js';
import { SuggestionActions } from './suggestion-actions.js';
import { SuggestionDetails } from './suggestion-details.js';
import { SuggestionPageQuery } from './suggestion-query.js';

/** `/suggestions/:id`: one suggestion, where it came from and what took it up. */
export const SuggestionPage = () => {
  const m = useMessages(suggestionMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const viewer = useViewer();
  const [result, reload] = useLiveQuery(
    {
      query: SuggestionPageQuery,
      variables: { id, process, asOf, asOfBasis },
    },
    { item: id },
  );
  const can = useCallback(
    (mutation: string) => asOf === null && viewer.can(mutation),
    [asOf, viewer],
  );
  if (!result.data) {
    return result.error ? <QueryError error={result.error} retry={reload} /> : <Loading />;
  }
  const { node, actionFields } = result.data;
  if (node?.__typename !== 'Suggestion') {
    return (
      <Page title={m.notFoundTitle}>
        <p>{m.notFoundText}</p>
      </Page>
    );
  }
  return (
    <ItemPage
      kind="Suggestion"
      item={node}
      actions={
        <SuggestionActions
          suggestion={node}
          actionFields={actionFields.edges.map((edge) => edge.node)}
          can={can}
          onReload={reload}
        />
      }
    >
      <SuggestionDetails suggestion={node} />
    </ItemPage>
  );
};
