import { RECOMMENDATION as R, SUGGESTION as S } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

const LENKUNGSKREIS = [
  { document: 'Protokoll des Lenkungskreises der StrategieWerkstatt vom 14. November 2017' },
];

/** 2017: later links, review, the Lenkungskreis of November (prioritise, reject, return). */
export const reviewSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'LinkSuggestion',
    { recommendationId: R.lotsen, suggestionId: S.itSicherheit },
    by.team('2017-05-02', {
      reason: 'Erstberatung zur IT-Sicherheit gehört zum Aufgabenprofil der Lotsen.',
    }),
  ),
  step('SubmitRecommendationForReview', { recommendationId: R.lotsen }, by.team('2017-07-04')),
  step(
    'LinkSuggestion',
    { recommendationId: R.crossInnovation, suggestionId: S.transfer },
    by.team('2017-07-04', {
      reason: 'Hochschulen sind als dritter Partner der Tandems vorgesehen.',
    }),
  ),
  step(
    'WithdrawRecommendation',
    { recommendationId: R.breitband },
    by.team('2017-08-29', {
      reason:
        'Der Gigabitausbau der Gewerbegebiete wird in der Breitbandstrategie des Freistaats bearbeitet; die StrategieWerkstatt verweist dorthin, statt eine eigene Empfehlung zu führen.',
    }),
  ),
  step('SubmitRecommendationForReview', { recommendationId: R.testfelder }, by.team('2017-09-12')),
  step(
    'SubmitRecommendationForReview',
    { recommendationId: R.wachstumsfonds },
    by.team('2017-09-12'),
  ),
  step(
    'SubmitRecommendationForReview',
    { recommendationId: R.crossInnovation },
    by.team('2017-09-12'),
  ),
  step(
    'SubmitRecommendationForReview',
    { recommendationId: R.weiterbildung },
    by.team('2017-09-26'),
  ),
  step(
    'MergeRecommendation',
    { recommendationId: R.plattformen, targetRecommendationId: R.datenGeschaeftsmodelle },
    by.team('2017-10-10', {
      reason:
        'Gemeinsame Plattformen sind ein Baustein datenbasierter Geschäftsmodelle; beide Empfehlungen werden zusammen weitergeführt.',
    }),
  ),
  step(
    'LinkSuggestion',
    { recommendationId: R.datenGeschaeftsmodelle, suggestionId: S.plattformen },
    by.team('2017-10-10', {
      reason: 'Übernommen aus der zusammengeführten Empfehlung zu Plattformen.',
    }),
  ),
  step(
    'SubmitRecommendationForReview',
    { recommendationId: R.datenGeschaeftsmodelle },
    by.team('2017-10-17'),
  ),
  step(
    'PrioritiseRecommendation',
    { recommendationId: R.lotsen, priority: 'high' },
    by.ministry('2017-11-14', { evidence: LENKUNGSKREIS }),
  ),
  step(
    'PrioritiseRecommendation',
    { recommendationId: R.testfelder, priority: 'high' },
    by.ministry('2017-11-14', { evidence: LENKUNGSKREIS }),
  ),
  step(
    'PrioritiseRecommendation',
    { recommendationId: R.crossInnovation, priority: 'medium' },
    by.ministry('2017-11-14', { evidence: LENKUNGSKREIS }),
  ),
  step(
    'RejectRecommendation',
    { recommendationId: R.wachstumsfonds },
    by.ministry('2017-11-14', {
      reason:
        'Mit dem Technologiegründerfonds Sachsen besteht bereits ein Instrument für technologieorientierte Gründungen; ein weiterer Landesfonds ist nicht vorgesehen.',
      evidence: LENKUNGSKREIS,
    }),
  ),
  step(
    'ReturnRecommendationToDraft',
    { recommendationId: R.weiterbildung },
    by.ministry('2017-11-14', {
      reason:
        'Abgrenzung zur Weiterbildungsförderung von Bund und ESF schärfen und die Rolle der Sozialpartner beschreiben.',
      evidence: LENKUNGSKREIS,
    }),
  ),
];
