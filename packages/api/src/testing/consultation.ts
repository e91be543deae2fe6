import { DEMO_IDS } from '@fahrplan/domain';
import type { CommandExecutor } from '../commands/execute.js';

/** The consultation the generated specs (permission matrix, input fuzz) change: not in the demo. */
export const TEST_CONSULTATION_ID = 'bt-pruefung';

/**
 * Opens `TEST_CONSULTATION_ID` on a demo action field (the default process), taking submissions
 * on every day a spec may run on.
 */
export const openConsultation = async ({ execute }: { readonly execute: CommandExecutor }) => {
  await execute({
    type: 'OpenConsultation',
    data: {
      consultationId: TEST_CONSULTATION_ID,
      title: 'Digitalisierung im Mittelstand',
      description: 'Was braucht Ihr Betrieb?',
      actionFieldId: DEMO_IDS.actionFields.digitalisierung,
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
    },
    metadata: {
      actor: 'test',
      role: 'ministry',
      now: new Date().toISOString(),
      timeZone: 'Europe/Berlin',
    },
  });
};
