import { useCallback, useState } from 'react';
import { useIdParam } from '../../app/use-id-param.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveQuery } from '../../live/use-live-query.js';
import { useViewer } from '../../session/session.js';
import { ItemPage } from '../../shared/item/item-page.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { uiMessages } from '../../ui/messages.js';
import { MeasureActions } from './measure-actions.js';
import { MeasureCourse } from './measure-course.js';
import { MeasureOverview } from './measure-overview.js';
import { isOpenMeasure, MeasureQuery } from './measure-query.js';
import { MilestonesSection } from './milestones-section.js';
import { StatusReportSection } from './status-report-section.js';

/**
 * A measure's page: overview, milestones, its course and its report in the open cycle, its
 * commands, then history and provenance.
 */
export const MeasurePage = () => {
  const ui = useMessages(uiMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const viewer = useViewer();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }, reload] = useLiveQuery(
    {
      query: MeasureQuery,
      variables: { id, asOf, asOfBasis },
    },
    { item: id },
  );
  const done = useCallback((message: string) => setNotice(message), []);

  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const measure = data.node?.__typename === 'Measure' ? data.node : null;
  if (!measure) return <Empty>{ui.notFound}</Empty>;

  // Write controls only for what the viewer may do, and never in a historical view.
  const can = (mutation: string) => !asOf && viewer.can(mutation);
  const open = isOpenMeasure(measure);
  const inProgress = measure.status === 'in_progress';
  const formProps = { measure, reload, done };
  return (
    <ItemPage
      kind="Measure"
      item={measure}
      actions={
        <MeasureActions
          {...formProps}
          may={{
            start: measure.status === 'planned' && can('startMeasure'),
            reportProgress: inProgress && can('reportMeasureProgress'),
            requestCompletion: inProgress && can('requestMeasureCompletion'),
            reviewCompletion:
              measure.status === 'completion_requested' && can('confirmMeasureCompletion'),
            revise: open && can('reviseMeasure'),
            stop: open && can('stopMeasure'),
          }}
        />
      }
    >
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      <MeasureOverview measure={measure} />
      <MilestonesSection
        {...formProps}
        may={{
          plan: open && can('planMilestone'),
          reschedule: open && can('rescheduleMilestone'),
          reach: open && can('reachMilestone'),
        }}
      />
      <MeasureCourse measure={measure} />
      {viewer.publicOnly ? null : (
        <StatusReportSection
          {...formProps}
          cycle={data.reportingCycles[0]}
          may={{
            submit: open && can('submitStatusReport'),
            review: can('acceptStatusReport'),
          }}
        />
      )}
    </ItemPage>
  );
};
