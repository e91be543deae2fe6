import { GUIDELINE, ACTION_FIELD as HF, RECOMMENDATION as R } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

const guidelineId = GUIDELINE.mittelstand;

const BODY_V1 =
  'Sachsens Industrie ist mittelständisch geprägt. Bis 2030 sollen kleine und mittlere ' +
  'Unternehmen die Chancen der Digitalisierung ebenso nutzen wie große: mit neutraler ' +
  'Orientierung, Orten zum Erproben, datenbasierten Geschäftsmodellen und Kooperationen über ' +
  'Branchengrenzen hinweg. Der Freistaat schafft dafür verlässliche Strukturen, die Akteure aus ' +
  'Wirtschaft, Wissenschaft, Gesellschaft und Verwaltung gestalten sie gemeinsam.';

const BODY_V2 =
  `${BODY_V1} Mit den Digitalisierungslotsen Sachsen beginnt 2019 die Umsetzung. Weil digitale ` +
  'Technik nur mit qualifizierten Beschäftigten wirkt, gehört die Weiterbildung in Verbünden zur Leitlinie.';

const assign = (recommendationId: string, on: string, by: Actors) =>
  step('AssignToGuideline', { recommendationId, guidelineId }, by.team(on));

/** One strategic guideline: drafted, filled with recommendations, published, revised, v2. */
export const guidelineSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'DraftGuideline',
    {
      guidelineId,
      title: 'Mittelstand digital und vernetzt: Sachsens Industrie 2030',
      body: BODY_V1,
      actionFieldIds: [HF.digitalisierung, HF.geschaeftsmodelle, HF.kooperationen],
    },
    by.team('2017-12-12'),
  ),
  assign(R.lotsen, '2017-12-12', by),
  assign(R.testfelder, '2017-12-12', by),
  assign(R.crossInnovation, '2017-12-12', by),
  assign(R.datenGeschaeftsmodelle, '2018-02-06', by),
  step(
    'PublishGuideline',
    { guidelineId },
    by.ministry('2018-02-20', {
      evidence: [{ document: 'Zwischenbericht der StrategieWerkstatt an das SMWA, Februar 2018' }],
    }),
  ),
  step(
    'ReviseGuideline',
    {
      guidelineId,
      body: BODY_V2,
      actionFieldIds: [HF.digitalisierung, HF.geschaeftsmodelle, HF.kooperationen, HF.arbeit],
    },
    by.team('2018-09-25', {
      reason:
        'Umsetzungsstart der ersten Maßnahme und Qualifizierung als Querschnittsthema ergänzt.',
    }),
  ),
  assign(R.weiterbildung, '2018-09-25', by),
  step(
    'PublishGuideline',
    { guidelineId },
    by.ministry('2018-10-09', {
      evidence: [
        { document: 'Abschlussbericht der StrategieWerkstatt: Industrie der ZUKUNFT., 2018' },
      ],
    }),
  ),
];
