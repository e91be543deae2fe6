import { MEETINGS_2016 } from './meetings-2016.js';
import { MEETINGS_2017 } from './meetings-2017.js';
import type { DemoMeeting } from './records.js';
import { type Actors, type DemoStep, step } from './step.js';

const DEMO_MEETINGS: readonly DemoMeeting[] = [...MEETINGS_2016, ...MEETINGS_2017];

/** A meeting put in the calendar, then held or cancelled: the one way the demo makes one. */
export const meetingStepsOf = (
  by: Actors,
  { plan, plannedOn, outcome }: DemoMeeting,
): DemoStep[] => [
  step('PlanMeeting', plan, by.team(plannedOn)),
  outcome.status === 'held'
    ? step(
        'RecordMeetingHeld',
        {
          meetingId: plan.meetingId,
          participantsBySector: outcome.participantsBySector,
          summary: outcome.summary,
        },
        by.team(plan.date),
      )
    : step(
        'CancelMeeting',
        { meetingId: plan.meetingId },
        by.team(outcome.on, { reason: outcome.reason }),
      ),
];

/** Workshops per action field, talks, the StrategieKonferenz, and one cancelled workshop. */
export const meetingSteps = (by: Actors): readonly DemoStep[] =>
  DEMO_MEETINGS.flatMap((meeting) => meetingStepsOf(by, meeting));
