import { useMessages } from '../../../i18n/i18n.js';
import { actionFieldChoicesOf } from '../../../shared/action-field-choices.js';
import { ItemPage } from '../../../shared/item/item-page.js';
import { NotFoundPage, QueryPending, useItemPageQuery } from '../../../shared/item-page-query.js';
import { suggestionMessages } from './messages.js';
import { SuggestionActions } from './suggestion-actions.js';
import { SuggestionDetails } from './suggestion-details.js';
import { SuggestionPageQuery } from './suggestion-query.js';

/** `/suggestions/:id`: one suggestion, where it came from and what took it up. */
export const SuggestionPage = () => {
  const m = useMessages(suggestionMessages);
  const { result, reload, can } = useItemPageQuery(SuggestionPageQuery);
  if (!result.data) return <QueryPending error={result.error} retry={reload} />;
  const { node } = result.data;
  if (node?.__typename !== 'Suggestion') {
    return <NotFoundPage title={m.notFoundTitle} text={m.notFoundText} />;
  }
  return (
    <ItemPage
      kind="Suggestion"
      item={node}
      actions={
        <SuggestionActions
          suggestion={node}
          actionFields={actionFieldChoicesOf(result.data)}
          can={can}
          onReload={reload}
        />
      }
    >
      <SuggestionDetails suggestion={node} />
    </ItemPage>
  );
};
