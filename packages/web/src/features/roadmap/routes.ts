import type { FeatureRoute } from '../../app/feature-route.js';
import { ActionFieldPage } from './action-fields/action-field-page.js';
import { ActionFieldsPage } from './action-fields/action-fields-page.js';
import { RoadmapPage } from './roadmap-page.js';

export const roadmapRoutes: readonly FeatureRoute[] = [
  { path: '/', component: RoadmapPage },
  { path: '/action-fields', component: ActionFieldsPage },
  { path: '/action-fields/:id', component: ActionFieldPage },
];
