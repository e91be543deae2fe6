import type { CheckpointService } from '../checkpoints/index.js';
import type { SqlRunner } from '../database/index.js';
import type { Locale } from '../http/locale.js';
import type { Scope } from '../http/scope-params.js';
import type { ReadScope } from '../visibility/rules.js';
import { renderPdf } from './pdf.js';
import { receiptFor } from './receipt.js';
import { reportContent } from './report-data.js';
import { reportDocument } from './report-document.js';
import type { ReportMoments } from './report-moments.js';

export interface ReportRequest {
  readonly scope: Scope;
  readonly moments: ReportMoments;
  /** What the reader reads in full (see visibility/rules.ts); published content elsewhere. */
  readonly reads: ReadScope;
  readonly locale: Locale;
  /** Where the public check page is served (the request's origin, or the configured one). */
  readonly origin: string;
  readonly timeZone: string;
  readonly now: string;
}

/** The steps of a report, for progress output. */
export type ReportStep = 'receipt' | 'content' | 'pdf';

/**
 * The Fortschrittsbericht as PDF bytes: signs (or reuses) the checkpoint of the head first, then
 * reads the content as of `asOf` or the generation time, so the receipt covers all it shows.
 * Generated in process: the demo's report takes well under a second; a much larger installation
 * would move this to a worker.
 */
export const progressReport = async (
  runner: SqlRunner,
  checkpoints: CheckpointService,
  request: ReportRequest,
  onStep: (step: ReportStep) => void = () => undefined,
): Promise<Buffer> => {
  const { scope, moments, reads, locale, origin, timeZone, now } = request;
  onStep('receipt');
  const receipt = await receiptFor(checkpoints, now, origin);
  onStep('content');
  const content = await reportContent(runner, scope.filter, moments, moments.asOf ?? now, reads);
  onStep('pdf');
  return renderPdf(
    reportDocument(content, {
      ...(scope.title ? { scopeTitle: scope.title } : {}),
      ...(moments.asOf ? { asOf: moments.asOf } : {}),
      ...(moments.since ? { since: moments.since } : {}),
      generatedAt: now,
      day: moments.day,
      timeZone,
      locale,
      receipt,
    }),
  );
};
