import type { FeatureRoute } from '../../app/feature-route.js';
import { WebhooksScreen } from './webhooks-screen.js';

/** At the top level: partners' endpoints get every process's events their token may see. */
export const webhooksRoutes: readonly FeatureRoute[] = [
  { path: '/webhooks', component: WebhooksScreen },
];
