import { calendarDateIn } from '@fahrplan/domain';
import { builder } from '../builder.js';

interface InstallationShape {
  readonly timeZone: string;
  readonly now: string;
}

const InstallationType = builder.objectRef<InstallationShape>('Installation').implement({
  description:
    'This Fahrplan installation’s settings that clients need to show days as its people see them.',
  fields: (t) => ({
    timeZone: t.exposeString('timeZone', {
      description:
        'The installation’s time zone (IANA, e.g. `Europe/Berlin`): "today", the end of a day and every day shown are reckoned in it.',
    }),
    today: t.field({
      type: 'Date',
      description: 'Today’s date in the installation’s time zone, by the server’s clock.',
      resolve: (installation) => calendarDateIn(installation.now, installation.timeZone),
    }),
  }),
});

builder.queryField('installation', (t) =>
  t.field({
    type: InstallationType,
    description: 'The installation’s time zone and today’s date there. Open to everyone.',
    resolve: (_root, _args, { timeZone, now }) => ({ timeZone, now: now() }),
  }),
);
