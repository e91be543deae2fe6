import type { FeatureRoute } from '../../app/feature-route.js';
import { MeetingPage } from './meeting-page.js';
import { MeetingsListPage } from './meetings-list-page.js';
import { SuggestionPage } from './suggestions/suggestion-page.js';

/** Meetings and the suggestions raised at them (suggestions have no list of their own). */
export const meetingsRoutes: readonly FeatureRoute[] = [
  { path: '/meetings', component: MeetingsListPage },
  { path: '/meetings/:id', component: MeetingPage },
  { path: '/suggestions/:id', component: SuggestionPage },
];
