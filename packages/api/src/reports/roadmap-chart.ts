import { type CalendarDate, daysBetween, overdueOn } from '@fahrplan/domain';
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { Locale } from '../http/locale.js';
import type { MeasureInReport } from './report-data.js';

/** The roadmap's span: the StrategieWerkstatt began in 2016, the strategy runs to 2030. */
const FIRST_YEAR = 2016;
const LAST_YEAR = 2030;
const AXIS_START = `${FIRST_YEAR}-01-01` as CalendarDate;
const AXIS_DAYS = daysBetween(AXIS_START, `${LAST_YEAR + 1}-01-01` as CalendarDate);

const LABEL_WIDTH = 170;
const BAR_WIDTH = 345;
const ROW = 11;

export const STATUS_COLOURS: Readonly<Record<MeasureInReport['state']['status'], string>> = {
  planned: '#9db4cf',
  in_progress: '#2f6db3',
  completion_requested: '#2a9d8f',
  completed: '#3c8d40',
  stopped: '#9e9e9e',
};
export const OVERDUE_COLOUR = '#c62828';

/** Where a day lies on the axis, clamped to it. */
const xOf = (day: CalendarDate): number =>
  Math.min(Math.max((daysBetween(AXIS_START, day) / AXIS_DAYS) * BAR_WIDTH, 0), BAR_WIDTH);

const yearLines = (height: number): CanvasElement[] =>
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, index) => {
    const x = (index / (LAST_YEAR - FIRST_YEAR + 1)) * BAR_WIDTH;
    return { type: 'line', x1: x, y1: 0, x2: x, y2: height, lineWidth: 0.3, lineColor: '#d0d0d0' };
  });

const diamond = (x: number, colour: string): CanvasElement => ({
  type: 'polyline',
  closePath: true,
  points: [
    { x, y: 1.5 },
    { x: x + 3.5, y: ROW / 2 },
    { x, y: ROW - 1.5 },
    { x: x - 3.5, y: ROW / 2 },
  ],
  color: colour,
  lineColor: '#333333',
  lineWidth: 0.6,
});

/** One measure's row: its planned period as a bar, its milestones as diamonds, the day's line. */
const barOf = (measure: MeasureInReport, day: CalendarDate): Content => {
  const { state } = measure;
  const start = state.plannedStart ?? state.plannedEnd;
  const end = state.plannedEnd ?? state.plannedStart;
  const bar: CanvasElement[] =
    start && end
      ? [
          {
            type: 'rect',
            x: xOf(start),
            y: 2.5,
            w: Math.max(xOf(end) - xOf(start), 2),
            h: ROW - 5,
            r: 1.5,
            color: STATUS_COLOURS[state.status],
          },
        ]
      : [];
  const milestones = state.milestones.map((milestone) =>
    diamond(
      xOf(milestone.dueDate),
      overdueOn(milestone, day).overdue
        ? OVERDUE_COLOUR
        : milestone.reachedAt
          ? '#333333'
          : '#ffffff',
    ),
  );
  const today = xOf(day);
  return {
    canvas: [
      ...yearLines(ROW),
      ...bar,
      ...milestones,
      {
        type: 'line',
        x1: today,
        y1: 0,
        x2: today,
        y2: ROW,
        lineWidth: 1,
        lineColor: OVERDUE_COLOUR,
      },
    ],
  };
};

const shortened = (title: string, max = 48) =>
  title.length > max ? `${title.slice(0, max - 1)}…` : title;

const LEGEND: Readonly<Record<Locale, string>> = {
  de: 'Balken: geplanter Zeitraum (Farbe nach Status) · Raute: Meilenstein (rot: überfällig, dunkel: erreicht) · rote Linie: Stand des Berichts',
  en: 'Bar: planned period (colour by status) · diamond: milestone (red: overdue, dark: reached) · red line: the report’s date',
};

/**
 * The roadmap to 2030 as vectors: a row per measure from planned start to planned end on a
 * 2016–2030 axis, milestones on it, and a line at the report's day.
 */
export const roadmapChart = (
  measures: readonly MeasureInReport[],
  day: CalendarDate,
  locale: Locale,
): Content => {
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => ({
    text: String(FIRST_YEAR + index).slice(2),
    width: BAR_WIDTH / (LAST_YEAR - FIRST_YEAR + 1),
    alignment: 'center' as const,
    fontSize: 6,
    color: '#555555',
  }));
  return {
    stack: [
      { columns: [{ text: '', width: LABEL_WIDTH }, ...years], margin: [0, 0, 0, 2] },
      {
        table: {
          widths: [LABEL_WIDTH - 4, BAR_WIDTH],
          body: measures.map((measure) => [
            {
              text: shortened(measure.state.title),
              fontSize: 7,
              noWrap: true,
              margin: [0, 1.5, 0, 0],
            },
            barOf(measure, day),
          ]),
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 4,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
      },
      { text: LEGEND[locale], fontSize: 7, color: '#555555', margin: [0, 6, 0, 0] },
    ],
  };
};
