import { type ComponentType, lazy, Suspense } from 'react';
import type { FeatureRoute } from '../../app/feature-route.js';
import { Loading } from '../../ui/feedback.js';

/** Loaded when first visited: the first screen of the app does not wait for these. */
const lazily = (load: () => Promise<ComponentType>): ComponentType => {
  const Screen = lazy(async () => ({ default: await load() }));
  return () => (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
};

const ConsultationsPage = lazily(
  async () => (await import('./consultations-page.js')).ConsultationsPage,
);
const ModerationPage = lazily(async () => (await import('./moderation-page.js')).ModerationPage);
const ConfirmationPage = lazily(
  async () => (await import('./confirmation-page.js')).ConfirmationPage,
);

/** Within a process: the public page and the team's moderation. */
export const consultationsRoutes: readonly FeatureRoute[] = [
  { path: '/beteiligung/moderation', component: ModerationPage },
  { path: '/beteiligung', component: ConsultationsPage },
];

/** The mailed link (`consultations/submissions.ts` in the API): a consultation of any process. */
export const consultationConfirmationRoutes: readonly FeatureRoute[] = [
  { path: '/beteiligung/:id/bestaetigen', component: ConfirmationPage },
];
