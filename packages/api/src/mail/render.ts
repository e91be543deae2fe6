import type { Locale } from '../http/locale.js';

/** A mail's words in one language: plain text and the same as HTML. */
export interface RenderedMail {
  readonly locale: Locale;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A point in time as people in the installation's zone read it, e.g. „7.12.2026, 15:00“. */
export const localTime = (instant: string, locale: Locale, timeZone: string): string =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));

/** A paragraph of text, or a link with its label (shown in full in the plain text). */
export type MailBlock = string | { readonly label: string; readonly href: string };

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * The one layout of every mail: the same blocks as plain text and as simple, accessible HTML
 * (no images, no tracking pixels, no remote styles). Everything a block holds is escaped.
 */
export const renderMail = (
  locale: Locale,
  subject: string,
  blocks: readonly MailBlock[],
): RenderedMail => {
  const text = blocks
    .map((block) => (typeof block === 'string' ? block : `${block.label}:\n${block.href}`))
    .join('\n\n');
  const body = blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replaceAll('\n', '<br>')}</p>`
        : `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.label)}</a></p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body>
${body}
</body></html>
`;
  return { locale, subject, text: `${text}\n`, html };
};
