import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveQuery } from '../../live/use-live-query.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { ProcessOverview } from '../../shared/process/process-overview.js';
import { useUrlParam } from '../../shared/url-state.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { SelectField } from '../../ui/fields.js';
import { Page } from '../../ui/page.js';
import { roadmapMessages } from './messages.js';
import { ACTION_FIELD_PARAM } from './roadmap-params.js';
import { RoadmapQuery } from './roadmap-query.js';
import { RoadmapView } from './roadmap-view.js';

/**
 * A process's page: the process with its phases, then its roadmap, every action field's
 * measures and project ideas to 2030.
 */
export const RoadmapPage = () => {
  const m = useMessages(roadmapMessages);
  const fieldTitle = useActionFieldName();
  const { date, asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [actionField, setActionField] = useUrlParam(ACTION_FIELD_PARAM, { replace: true });
  const [{ data, error }, refresh] = useLiveQuery(
    {
      query: RoadmapQuery,
      variables: { process, asOf, asOfBasis, actionField: actionField || null },
    },
    actionField ? { actionField } : {},
  );
  const options = [
    { value: '', label: m.allActionFields },
    ...(data?.actionFields.edges ?? []).map(({ node }) => ({
      value: node.id,
      label: fieldTitle(node),
    })),
  ];
  return (
    <Page title={m.title} subtitle={m.intro}>
      <ProcessOverview />
      <div className="filters no-print">
        <SelectField
          label={m.actionField}
          value={actionField}
          options={options}
          onChange={setActionField}
        />
      </div>
      {error && !data ? (
        <QueryError error={error} retry={refresh} />
      ) : data ? (
        <RoadmapView roadmap={data.roadmap} date={date} />
      ) : (
        <Loading />
      )}
    </Page>
  );
};
