export type { FunnelInput, FunnelStage, SectorFunnel } from './funnel.js';
export { FUNNEL_STAGES, participationFunnel } from './funnel.js';
export type { MissingReport } from './missing-reports.js';
export { missingReports } from './missing-reports.js';
export type { Course, MeasureStatusSummary, Signal } from './status-summary.js';
export { COURSES, courseLabels, measureStatusSummary } from './status-summary.js';
