import type { Sector } from '../shared/index.js';
import { MEETING, PERSON } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

/**
 * Fictional people with addresses at example.org. Only their ids enter the event log; names,
 * addresses and organisations are erasable personal data (they exercise GDPR erasure).
 */
export const PEOPLE = {
  richter: {
    subjectId: PERSON.richter,
    name: 'Thomas Richter',
    email: 'thomas.richter@example.org',
    organisation: 'Richter Zerspanungstechnik GmbH, Oelsnitz',
  },
  wolf: {
    subjectId: PERSON.wolf,
    name: 'Anja Wolf',
    email: 'anja.wolf@example.org',
    organisation: 'Büro Wolf Kommunikationsdesign, Leipzig',
  },
  schubert: {
    subjectId: PERSON.schubert,
    name: 'Ulrike Schubert',
    email: 'ulrike.schubert@example.org',
    organisation: 'Betriebsrat eines Automobilzulieferers, Zwickau',
  },
  boehm: { subjectId: PERSON.boehm, name: 'Martina Böhm', email: 'm.boehm@example.org' },
  lorenz: {
    subjectId: PERSON.lorenz,
    name: 'Dr. Stefan Lorenz',
    email: 'stefan.lorenz@example.org',
    organisation: 'Lorenz Sensorik UG, Dresden',
  },
  fischer: { subjectId: PERSON.fischer, name: 'Claudia Fischer' },
  krause: {
    subjectId: PERSON.krause,
    name: 'Prof. Dr. Sabine Krause',
    email: 'sabine.krause@example.org',
  },
  hofmann: {
    subjectId: PERSON.hofmann,
    name: 'Jens Hofmann',
    email: 'jens.hofmann@example.org',
    organisation: 'Landratsamt, Wirtschaftsförderung',
  },
} as const;

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

const register = (
  by: Actors,
  meetingId: string,
  person: Person,
  sector: Sector,
  on: string,
): DemoStep => step('RegisterParticipant', { meetingId, sector, ...person }, by.team(on));

/** Registrations before workshops and the conference; one is withdrawn again. */
export const participantSteps = (by: Actors): readonly DemoStep[] => [
  register(by, MEETING.digitalisierung2016, PEOPLE.richter, 'industry', '2016-09-26'),
  register(by, MEETING.arbeit2016, PEOPLE.schubert, 'society', '2016-11-21'),
  register(by, MEETING.konferenz, PEOPLE.richter, 'industry', '2017-02-06'),
  register(by, MEETING.konferenz, PEOPLE.wolf, 'society', '2017-02-09'),
  register(by, MEETING.konferenz, PEOPLE.krause, 'science', '2017-02-14'),
  register(by, MEETING.konferenz, PEOPLE.hofmann, 'administration', '2017-02-20'),
  register(by, MEETING.kooperationen2017, PEOPLE.hofmann, 'administration', '2017-05-22'),
  step(
    'RemoveParticipant',
    { meetingId: MEETING.kooperationen2017, subjectId: PERSON.hofmann },
    by.team('2017-06-12', { reason: 'Teilnahme kurzfristig abgesagt (Terminüberschneidung).' }),
  ),
];
