import type { FeatureRoute } from '../../app/feature-route.js';
import { ProjectIdeaPage } from './project-idea-page.js';
import { ProjectIdeasListPage } from './project-ideas-list-page.js';

export const projectIdeasRoutes: readonly FeatureRoute[] = [
  { path: '/project-ideas', component: ProjectIdeasListPage },
  { path: '/project-ideas/:id', component: ProjectIdeaPage },
];
