import type { FeatureRoute } from '../../app/feature-route.js';
import { ConfirmFollowPage } from './confirm-page.js';
import { NotificationSettingsPage } from './settings-page.js';
import { UnsubscribePage } from './unsubscribe-page.js';

/** Installation-wide (links in mails carry no process): settings, confirmation, unsubscribe. */
export const followsRoutes: readonly FeatureRoute[] = [
  { path: '/benachrichtigungen', component: NotificationSettingsPage },
  { path: '/benachrichtigungen/bestaetigen', component: ConfirmFollowPage },
  { path: '/benachrichtigungen/abmelden/:token', component: UnsubscribePage },
];
