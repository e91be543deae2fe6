import type { FeatureRoute } from '../../app/feature-route.js';
import { CheckpointCheckPage } from './checkpoint-check-page.js';

export const checkpointCheckRoutes: readonly FeatureRoute[] = [
  { path: '/pruefen', component: CheckpointCheckPage },
];
