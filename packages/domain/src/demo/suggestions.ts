import { ACTION_FIELD as HF, SUGGESTION as S } from './ids.js';
import type { DemoSuggestion } from './records.js';
import { type Actors, type DemoStep, step } from './step.js';
import { SUGGESTIONS_DIGITAL } from './suggestions-digital.js';
import { SUGGESTIONS_PEOPLE } from './suggestions-people.js';

const DEMO_SUGGESTIONS: readonly DemoSuggestion[] = [...SUGGESTIONS_DIGITAL, ...SUGGESTIONS_PEOPLE];

/** A suggestion captured by the team on the day it came in. */
export const captureStep = (by: Actors, { on, data }: DemoSuggestion): DemoStep =>
  step('CaptureSuggestion', data, by.team(on));

/** Captures every suggestion, files one under its field later, and declines two with reasons. */
export const suggestionSteps = (by: Actors): readonly DemoStep[] => [
  ...DEMO_SUGGESTIONS.map((suggestion) => captureStep(by, suggestion)),
  step(
    'ReviseSuggestion',
    { suggestionId: S.itSicherheit, actionFieldIds: [HF.digitalisierung] },
    by.team('2017-03-20', { reason: 'Dem Handlungsfeld Digitalisierung zugeordnet.' }),
  ),
  step(
    'DeclineSuggestion',
    { suggestionId: S.hardware },
    by.team('2017-04-04', {
      reason:
        'Eine pauschale Förderung von Endgeräten ist kein Gegenstand der Industriestrategie und ' +
        'beihilferechtlich heikel; der Beratungsbedarf dahinter fließt in die Digitalisierungslotsen ein.',
    }),
  ),
  step(
    'DeclineSuggestion',
    { suggestionId: S.kooperationsboerse },
    by.team('2017-04-04', {
      reason:
        'Kooperationsbörsen bieten die Kammern und Messen bereits regelmäßig an; ' +
        'kein zusätzlicher strategischer Handlungsbedarf.',
    }),
  ),
];
