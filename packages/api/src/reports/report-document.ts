import {
  type CalendarDate,
  confidenceLabels,
  indicatorRatingLabels,
  type Milestone,
  measureStatusLabels,
  overdueOn,
  rateIndicator,
  sectorLabels,
} from '@fahrplan/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Locale } from '../http/locale.js';
import type { FieldChange, HistoryEntry } from '../queries/history.js';
import type { Receipt } from './receipt.js';
import type { MeasureInReport, ReportContent } from './report-data.js';
import { OVERDUE_COLOUR, roadmapChart, STATUS_COLOURS } from './roadmap-chart.js';

/** Everything a report states besides its content: what it covers and when it was cut. */
export interface ReportFrame {
  /** The process's or action field's title; absent: every process of the installation. */
  readonly scopeTitle?: string;
  /** The moment shown; absent: the moment of generation. */
  readonly asOf?: string;
  readonly since?: string;
  readonly generatedAt: string;
  /** The day overdue milestones count by, in the installation's time zone. */
  readonly day: CalendarDate;
  readonly timeZone: string;
  readonly locale: Locale;
  readonly receipt: Receipt;
}

const WORDS = {
  de: {
    title: 'Fortschrittsbericht',
    everything: 'Alle Strategieprozesse',
    asOf: 'Stand vom',
    generated: 'Erstellt am',
    roadmap: 'Fahrplan bis 2030',
    measures: 'Maßnahmen',
    none: 'Keine Maßnahmen in diesem Bereich.',
    status: 'Status',
    progress: 'Fortschritt',
    owner: 'Verantwortlich',
    lead: 'Federführung',
    period: 'Zeitraum',
    fields: 'Handlungsfelder',
    confidence: 'Zuversicht',
    milestones: 'Meilensteine',
    noMilestones: 'Keine Meilensteine geplant.',
    overdue: (days: number) => `überfällig seit ${days} ${days === 1 ? 'Tag' : 'Tagen'}`,
    reached: 'erreicht am',
    due: 'fällig',
    provenance: 'Herkunft',
    indicators: 'Indikatoren',
    noValue: 'noch kein Wert',
    target: (value: string, day: string) => `Ziel ${value} bis ${day}`,
    suggestions: 'Anregungen',
    meetings: 'Veranstaltungen',
    recommendations: 'Empfehlungen',
    sectors: 'Sektoren',
    noProvenance: 'Keine verknüpfte Herkunft.',
    changesSince: 'Änderungen seit',
    noChanges: 'Keine Änderungen.',
    created: 'angelegt',
    milestonePlanned: (title: string) => `Meilenstein „${title}“ geplant`,
    milestoneReached: (title: string) => `Meilenstein „${title}“ erreicht`,
    milestoneMoved: (title: string, day: string) => `Meilenstein „${title}“ verschoben auf ${day}`,
    progressChange: (from: number, to: number) => `Fortschritt von ${from} % auf ${to} %`,
    receipt: 'Prüfbeleg',
    receiptText:
      'Dieser Bericht gibt das Protokoll bis zu dieser Position wieder. Ob es diese Geschichte unverändert enthält, zeigt die öffentliche Prüfseite (QR-Code) oder „pnpm fahrplan verify --checkpoint <Position>:<Hash>“.',
    position: 'Position',
    hash: 'Hash',
    signedAt: 'Signiert am',
    keyId: 'Schlüssel',
    signature: 'Signatur',
    page: (page: number, count: number) => `Seite ${page} von ${count}`,
    fieldNames: {
      status: 'Status',
      progress: 'Fortschritt',
      milestones: 'Meilensteine',
      confidence: 'Zuversicht',
      responsibility: 'Verantwortung',
      plannedStart: 'Beginn',
      plannedEnd: 'Ende',
      title: 'Titel',
      description: 'Beschreibung',
      owner: 'Verantwortlich',
      actionFieldIds: 'Handlungsfelder',
    } as Readonly<Record<string, string>>,
  },
  en: {
    title: 'Progress report',
    everything: 'All strategy processes',
    asOf: 'As of',
    generated: 'Generated on',
    roadmap: 'Roadmap to 2030',
    measures: 'Measures',
    none: 'No measures in this scope.',
    status: 'Status',
    progress: 'Progress',
    owner: 'Owner',
    lead: 'Lead unit',
    period: 'Period',
    fields: 'Action fields',
    confidence: 'Confidence',
    milestones: 'Milestones',
    noMilestones: 'No milestones planned.',
    overdue: (days: number) => `overdue for ${days} ${days === 1 ? 'day' : 'days'}`,
    reached: 'reached on',
    due: 'due',
    provenance: 'Provenance',
    indicators: 'Indicators',
    noValue: 'no value yet',
    target: (value: string, day: string) => `target ${value} by ${day}`,
    suggestions: 'Suggestions',
    meetings: 'Meetings',
    recommendations: 'Recommendations',
    sectors: 'Sectors',
    noProvenance: 'No linked provenance.',
    changesSince: 'Changes since',
    noChanges: 'No changes.',
    created: 'created',
    milestonePlanned: (title: string) => `Milestone "${title}" planned`,
    milestoneReached: (title: string) => `Milestone "${title}" reached`,
    milestoneMoved: (title: string, day: string) => `Milestone "${title}" moved to ${day}`,
    progressChange: (from: number, to: number) => `Progress from ${from} % to ${to} %`,
    receipt: 'Receipt',
    receiptText:
      'This report reproduces the log up to this position. Whether the log still holds exactly that history is shown by the public check page (QR code) or "pnpm fahrplan verify --checkpoint <position>:<hash>".',
    position: 'Position',
    hash: 'Hash',
    signedAt: 'Signed at',
    keyId: 'Key',
    signature: 'Signature',
    page: (page: number, count: number) => `Page ${page} of ${count}`,
    fieldNames: {
      status: 'Status',
      progress: 'Progress',
      milestones: 'Milestones',
      confidence: 'Confidence',
      responsibility: 'Responsibility',
      plannedStart: 'Start',
      plannedEnd: 'End',
      title: 'Title',
      description: 'Description',
      owner: 'Owner',
      actionFieldIds: 'Action fields',
    } as Readonly<Record<string, string>>,
  },
} as const;

const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { de: 'de-DE', en: 'en-GB' };

/** Formats instants in the installation's time zone and calendar days as they are. */
const formatters = (locale: Locale, timeZone: string) => {
  const moment = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const longDay = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone: 'UTC',
    dateStyle: 'long',
  });
  const shortDay = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const dayOf = (instant: string) =>
    new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(instant));
  return {
    moment: (instant: string) => `${moment.format(new Date(instant))} (${timeZone})`,
    longDay: (day: CalendarDate) => longDay.format(new Date(`${day}T00:00:00Z`)),
    day: (day: CalendarDate) => shortDay.format(new Date(`${day}T00:00:00Z`)),
    dayOf,
  };
};

type Format = ReturnType<typeof formatters>;
type Words = (typeof WORDS)[Locale];

const fact = (label: string, value: Content): Content[] => [
  { text: label, color: '#555555' },
  value,
];

const progressBar = (progress: number): Content => ({
  columns: [
    {
      width: 80,
      canvas: [
        { type: 'rect', x: 0, y: 2, w: 80, h: 7, color: '#e6e6e6' },
        {
          type: 'rect',
          x: 0,
          y: 2,
          w: (80 * Math.min(Math.max(progress, 0), 100)) / 100,
          h: 7,
          color: '#2f6db3',
        },
      ],
    },
    { text: `${progress} %`, width: 'auto', margin: [6, 0, 0, 0] },
  ],
});

const milestoneLines = (
  measure: MeasureInReport,
  frame: ReportFrame,
  words: Words,
  format: Format,
): Content => {
  const milestones = [...measure.state.milestones].sort((a, b) =>
    a.dueDate.localeCompare(b.dueDate),
  );
  if (milestones.length === 0) return { text: words.noMilestones, italics: true, color: '#555555' };
  return {
    ul: milestones.map((milestone): Content => {
      const { overdue, daysOverdue } = overdueOn(milestone, frame.day);
      const state = milestone.reachedAt
        ? `${words.reached} ${format.dayOf(milestone.reachedAt)}`
        : overdue
          ? words.overdue(daysOverdue)
          : '';
      return {
        text: [
          { text: `${words.due} ${format.day(milestone.dueDate)}: `, color: '#555555' },
          { text: milestone.title },
          ...(state
            ? [{ text: ` – ${state}`, bold: overdue, color: overdue ? OVERDUE_COLOUR : '#3c8d40' }]
            : []),
        ],
      };
    }),
  };
};

const indicatorLines = (
  measure: MeasureInReport,
  frame: ReportFrame,
  words: Words,
  format: Format,
): Content[] => {
  if (measure.indicators.length === 0) return [];
  const number = new Intl.NumberFormat(LANGUAGE_TAGS[frame.locale]);
  const amount = (value: number, unit: string) => `${number.format(value)} ${unit}`;
  return [
    { text: words.indicators, style: 'label' },
    {
      ul: measure.indicators.map((indicator): Content => {
        const { rating, latest } = rateIndicator(indicator);
        const { target, unit } = indicator;
        return {
          text: [
            `${indicator.title}: `,
            latest
              ? `${amount(latest.value, unit)} (${format.day(latest.referenceDate)})`
              : words.noValue,
            {
              text: `, ${words.target(amount(target.value, unit), format.day(target.date))}`,
              color: '#555555',
            },
            ` – ${indicatorRatingLabels[rating][frame.locale]}`,
          ],
        };
      }),
    },
  ];
};

const provenanceLines = (measure: MeasureInReport, frame: ReportFrame, words: Words): Content => {
  const { suggestions, meetings, recommendations, sectors } = measure.sources;
  const line = (label: string, values: readonly string[]): Content[] =>
    values.length === 0
      ? []
      : [{ text: [{ text: `${label}: `, color: '#555555' }, values.join('; ')] }];
  const lines = [
    ...line(words.recommendations, recommendations),
    ...line(words.suggestions, suggestions),
    ...line(words.meetings, meetings),
    ...line(
      words.sectors,
      sectors.map((sector) => sectorLabels[sector][frame.locale]),
    ),
  ];
  return lines.length === 0
    ? { text: words.noProvenance, italics: true, color: '#555555' }
    : { stack: lines };
};

type MilestoneList = readonly Milestone[] | undefined;

/** What a change of the milestone list did, milestone by milestone. */
const milestoneChanges = (change: FieldChange, words: Words, format: Format): string[] => {
  const before = new Map(((change.before as MilestoneList) ?? []).map((m) => [m.milestoneId, m]));
  return ((change.after as MilestoneList) ?? []).flatMap((milestone) => {
    const was = before.get(milestone.milestoneId);
    if (!was) return [words.milestonePlanned(milestone.title)];
    if (milestone.reachedAt && !was.reachedAt) return [words.milestoneReached(milestone.title)];
    if (milestone.dueDate !== was.dueDate) {
      return [words.milestoneMoved(milestone.title, format.day(milestone.dueDate))];
    }
    return [];
  });
};

const changeLine = (
  entry: HistoryEntry,
  frame: ReportFrame,
  words: Words,
  format: Format,
): Content => {
  const shown = entry.changes.flatMap((change) => {
    const name = words.fieldNames[change.field];
    if (!name) return [];
    if (change.field === 'milestones') return milestoneChanges(change, words, format);
    if (change.field === 'progress') {
      return [words.progressChange(Number(change.before ?? 0), Number(change.after))];
    }
    if (change.field === 'status' && typeof change.after === 'string') {
      const label = measureStatusLabels[change.after as keyof typeof measureStatusLabels];
      return [`${name}: ${label?.[frame.locale] ?? change.after}`];
    }
    return [name];
  });
  const what = entry.version === 1 ? words.created : shown.join(', ') || entry.eventType;
  return { text: [{ text: `${format.dayOf(entry.occurredAt)}: `, color: '#555555' }, what] };
};

const measureSection = (
  measure: MeasureInReport,
  content: ReportContent,
  frame: ReportFrame,
  words: Words,
  format: Format,
): Content => {
  const { state } = measure;
  const lead = state.responsibility?.lead;
  const facts: Content[][] = [
    fact(words.status, {
      text: measureStatusLabels[state.status][frame.locale],
      color: STATUS_COLOURS[state.status],
      bold: true,
    }),
    fact(words.progress, progressBar(state.progress)),
    fact(words.owner, state.owner),
    ...(lead ? [fact(words.lead, `${lead.unit}, ${lead.organisation}`)] : []),
    ...(state.plannedStart || state.plannedEnd
      ? [
          fact(
            words.period,
            [state.plannedStart, state.plannedEnd]
              .map((day) => (day ? format.day(day) : '…'))
              .join(' – '),
          ),
        ]
      : []),
    fact(
      words.fields,
      state.actionFieldIds.map((id) => content.actionFields.get(id) ?? id).join('; '),
    ),
    ...(state.confidence
      ? [fact(words.confidence, confidenceLabels[state.confidence.rating][frame.locale])]
      : []),
  ];
  return {
    stack: [
      { text: state.title, style: 'measure' },
      { table: { widths: [90, '*'], body: facts }, layout: 'noBorders' },
      { text: words.milestones, style: 'label' },
      milestoneLines(measure, frame, words, format),
      ...indicatorLines(measure, frame, words, format),
      { text: words.provenance, style: 'label' },
      provenanceLines(measure, frame, words),
      ...(frame.since
        ? [
            { text: `${words.changesSince} ${format.moment(frame.since)}`, style: 'label' },
            measure.changes.length === 0
              ? { text: words.noChanges, italics: true, color: '#555555' }
              : { stack: measure.changes.map((entry) => changeLine(entry, frame, words, format)) },
          ]
        : []),
    ],
    margin: [0, 0, 0, 14],
    unbreakable: false,
  };
};

const receiptBlock = (
  receipt: Receipt,
  frame: ReportFrame,
  words: Words,
  format: Format,
): Content => {
  if ('missing' in receipt) {
    return {
      stack: [
        { text: words.receipt, style: 'label' },
        { text: receipt.missing[frame.locale], italics: true },
      ],
    };
  }
  const { checkpoint, checkUrl } = receipt;
  return {
    columns: [
      { qr: checkUrl, fit: 110, eccLevel: 'M', width: 120 },
      {
        width: '*',
        stack: [
          { text: words.receipt, style: 'label', margin: [0, 0, 0, 2] },
          { text: words.receiptText, fontSize: 8, margin: [0, 0, 0, 4] },
          { text: `${words.position}: ${checkpoint.position}`, fontSize: 9 },
          { text: `${words.hash}: ${checkpoint.hash}`, fontSize: 7 },
          { text: `${words.signedAt}: ${format.moment(checkpoint.signedAt)}`, fontSize: 8 },
          { text: `${words.keyId}: ${checkpoint.keyId}`, fontSize: 7 },
          { text: `${words.signature}: ${checkpoint.signature}`, fontSize: 6 },
          // The whole address is in the QR code and the link: printed, it would not fit a line.
          {
            text: new URL(checkUrl).origin + new URL(checkUrl).pathname,
            fontSize: 8,
            color: '#2f6db3',
            link: checkUrl,
            margin: [0, 4, 0, 0],
          },
        ],
      },
    ],
  };
};

/** The progress report as a pdfmake document: title page, roadmap chart, one section per measure. */
export const reportDocument = (
  content: ReportContent,
  frame: ReportFrame,
): TDocumentDefinitions => {
  const words = WORDS[frame.locale];
  const format = formatters(frame.locale, frame.timeZone);
  const scope = frame.scopeTitle ?? words.everything;
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: {
      title: `${words.title}: ${scope}`,
      creator: 'Fahrplan',
      producer: 'Fahrplan (pdfmake)',
    },
    language: frame.locale,
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 26, bold: true, margin: [0, 120, 0, 8] },
      scope: { fontSize: 16, margin: [0, 0, 0, 24] },
      heading: { fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
      measure: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
      label: { bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page, count) => ({
      columns: [
        { text: `${words.title} · ${scope}`, fontSize: 7, color: '#777777' },
        { text: words.page(page, count), fontSize: 7, color: '#777777', alignment: 'right' },
      ],
      margin: [40, 20, 40, 0],
    }),
    content: [
      { text: words.title, style: 'title' },
      { text: scope, style: 'scope' },
      {
        text: `${words.asOf} ${frame.asOf ? format.moment(frame.asOf) : format.longDay(frame.day)}`,
        fontSize: 12,
      },
      {
        text: `${words.generated} ${format.moment(frame.generatedAt)}`,
        fontSize: 9,
        color: '#555555',
        margin: [0, 4, 0, 60],
      },
      receiptBlock(frame.receipt, frame, words, format),
      { text: words.roadmap, style: 'heading', pageBreak: 'before' },
      content.measures.length === 0
        ? { text: words.none, italics: true }
        : roadmapChart(content.measures, frame.day, frame.locale),
      { text: words.measures, style: 'heading', pageBreak: 'before' },
      ...content.measures.map((measure) => measureSection(measure, content, frame, words, format)),
    ],
  };
};
