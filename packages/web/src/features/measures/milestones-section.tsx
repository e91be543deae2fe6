import { CommandDialog } from '../../commands/command-dialog.js';
import { useMessages } from '../../i18n/i18n.js';
import { useDayFormat } from '../../shared/measure/period.js';
import { Empty } from '../../ui/feedback.js';
import { Section } from '../../ui/page.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import type { MeasureMilestone } from './measure-query.js';
import { measureMessages } from './messages.js';
import {
  PlanMilestoneForm,
  ReachMilestoneForm,
  RescheduleMilestoneForm,
} from './milestone-forms.js';

type Props = Omit<MeasureFormProps, 'close'> & {
  /** Which milestone commands the viewer may issue here (none in a historical view). */
  readonly may: { readonly plan: boolean; readonly reschedule: boolean; readonly reach: boolean };
};

/** The commands on an open milestone's row, in button order (texts: `action`, `…Named`, `…Title`). */
const ROW_COMMANDS = [
  { action: 'reschedule', Form: RescheduleMilestoneForm },
  { action: 'reach', Form: ReachMilestoneForm },
] as const;

const byDueDate = (a: MeasureMilestone, b: MeasureMilestone) => a.dueDate.localeCompare(b.dueDate);

const MilestoneState = ({ milestone }: { readonly milestone: MeasureMilestone }) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  if (milestone.status === 'REACHED' && milestone.reachedAt) {
    return (
      <span className="milestone-state milestone-state--reached">
        <span aria-hidden="true">✓ </span>
        {m.reachedOn(day(milestone.reachedAt))}
      </span>
    );
  }
  return (
    <span className="milestone-state milestone-state--open">
      <span aria-hidden="true">○ </span>
      {m.open}
    </span>
  );
};

/** The measure's milestones by due date; open ones can be moved or marked reached. */
export const MilestonesSection = ({ measure, reload, done, may }: Props) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const milestones = [...measure.milestones].sort(byDueDate);
  const rowActions = may.reschedule || may.reach;
  return (
    <Section
      title={m.milestones}
      id="milestones"
      actions={
        may.plan ? (
          <CommandDialog label={m.planMilestone}>
            {(close) => (
              <PlanMilestoneForm measure={measure} reload={reload} close={close} done={done} />
            )}
          </CommandDialog>
        ) : null
      }
    >
      {milestones.length === 0 ? (
        <Empty>{m.noMilestones}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="milestone-table">
            <thead>
              <tr>
                <th scope="col">{m.milestone}</th>
                <th scope="col">{m.dueDate}</th>
                <th scope="col">{m.milestoneState}</th>
                {rowActions ? (
                  <th scope="col" className="no-print">
                    {m.milestoneActions}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => {
                const open = milestone.status === 'OPEN';
                const formProps = { measure, milestone, reload, done };
                return (
                  <tr key={milestone.milestoneId}>
                    <th scope="row">{milestone.title}</th>
                    <td data-label={m.dueDate}>{day(milestone.dueDate)}</td>
                    <td data-label={m.milestoneState}>
                      <MilestoneState milestone={milestone} />
                    </td>
                    {rowActions ? (
                      <td className="no-print">
                        {open ? (
                          <span className="row">
                            {ROW_COMMANDS.map(({ action, Form }) =>
                              may[action] ? (
                                <CommandDialog
                                  key={action}
                                  label={m[action]}
                                  accessibleLabel={m[`${action}Named` as const](milestone.title)}
                                  title={m[`${action}Title` as const]}
                                  small
                                >
                                  {(close) => <Form {...formProps} close={close} />}
                                </CommandDialog>
                              ) : null,
                            )}
                          </span>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
};
