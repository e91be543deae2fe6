import type { FeatureRoute } from '../../app/feature-route.js';
import { BoardPage } from './board-page.js';
import { NewRecommendationPage } from './new-recommendation-page.js';
import { RecommendationPage } from './recommendation-page.js';
import { ReviewPage } from './review-page.js';

// The fixed paths come before `:id`, which would match them too.
export const recommendationsRoutes: readonly FeatureRoute[] = [
  { path: '/recommendations', component: BoardPage },
  { path: '/recommendations/review', component: ReviewPage },
  { path: '/recommendations/new', component: NewRecommendationPage },
  { path: '/recommendations/:id', component: RecommendationPage },
];
