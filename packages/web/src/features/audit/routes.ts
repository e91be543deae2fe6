import type { FeatureRoute } from '../../app/feature-route.js';
import { AuditScreen } from './audit-screen.js';

export const auditRoutes: readonly FeatureRoute[] = [{ path: '/audit', component: AuditScreen }];
