import type { ActionFieldKey } from '../labels.js';

/**
 * The demo's ids: readable, stable, made by hand (no randomness), so a seeded database and its
 * provenance graph can be read and linked to. Prefixes: hf- Handlungsfeld, ws-/ug-/ko-
 * Veranstaltung (Workshop, Gespräch, Konferenz), vs- Vorschlag, he- Handlungsempfehlung,
 * ll- Leitlinie, pi- Projektidee, mn- Maßnahme, ms- Meilenstein, pt- Partner.
 */
export const ACTION_FIELD = {
  digitalisierung: 'hf-digitalisierung',
  geschaeftsmodelle: 'hf-geschaeftsmodelle',
  kooperationen: 'hf-kooperationen',
  arbeit: 'hf-arbeit',
} as const satisfies Readonly<Record<ActionFieldKey, string>>;

export const MEETING = {
  digitalisierung2016: 'ws-2016-10-digitalisierung',
  geschaeftsmodelle2016: 'ws-2016-11-geschaeftsmodelle',
  kooperationen2016: 'ws-2016-11-kooperationen',
  arbeit2016: 'ws-2016-12-arbeit',
  maschinenbau: 'ug-2017-01-maschinenbau',
  konferenz: 'ko-2017-03-strategiekonferenz',
  digitalisierung2017: 'ws-2017-04-digitalisierung',
  geschaeftsmodelle2017: 'ws-2017-05-geschaeftsmodelle',
  kooperationen2017: 'ws-2017-06-kooperationen',
  arbeit2017: 'ws-2017-06-arbeit',
  lausitz: 'ws-2017-07-lausitz',
  sozialpartner: 'ug-2017-09-sozialpartner',
} as const;

export const SUGGESTION = {
  lotsen: 'vs-lotsen-kmu',
  testfelder: 'vs-testfelder',
  breitband: 'vs-breitband-gewerbegebiete',
  itSicherheit: 'vs-it-sicherheit',
  reallabor: 'vs-reallabor-5g',
  hardware: 'vs-hardwarefoerderung',
  datenServices: 'vs-datenbasierte-services',
  plattformen: 'vs-plattformoekonomie',
  wagniskapital: 'vs-wagniskapital',
  zulieferer: 'vs-zulieferer-automobil',
  kreislauf: 'vs-kreislaufwirtschaft',
  crossInnovation: 'vs-cross-innovation-kreativ',
  transfer: 'vs-transfer-hochschulen',
  cluster: 'vs-cluster-vernetzung',
  anlaufstelle: 'vs-anlaufstelle-verwaltung',
  kooperationsboerse: 'vs-kooperationsboerse',
  weiterbildung: 'vs-weiterbildungsverbuende',
  fachkraefte: 'vs-fachkraefte-international',
  ausbildung: 'vs-ausbildung-4-0',
  arbeitszeit: 'vs-arbeitszeitmodelle',
} as const;

export const RECOMMENDATION = {
  lotsen: 'he-digitalisierungslotsen',
  testfelder: 'he-testfelder-reallabore',
  weiterbildung: 'he-weiterbildungsverbuende',
  crossInnovation: 'he-cross-innovation-plattform',
  datenGeschaeftsmodelle: 'he-datenbasierte-geschaeftsmodelle',
  plattformen: 'he-plattformen-zulieferer',
  fachkraefte: 'he-fachkraeftesicherung-arbeit-4-0',
  willkommen: 'he-willkommenslotsen-fachkraefte',
  arbeitszeit: 'he-arbeitszeitmodelle-produktion',
  wachstumsfonds: 'he-wachstumsfonds-startups',
  breitband: 'he-gigabit-gewerbegebiete',
  kreislauf: 'he-zirkulaere-wertschoepfung',
} as const;

export const GUIDELINE = { mittelstand: 'll-mittelstand-digital-vernetzt' } as const;

export const PROJECT_IDEA = {
  crossInnovationLab: 'pi-cross-innovation-lab',
  lernfabrik: 'pi-lernfabrik-arbeit-4-0',
} as const;

export const MEASURE = { lotsen: 'mn-digitalisierungslotsen' } as const;

/**
 * Natural persons (participants, submitters) are only ever named by these ids; names and
 * addresses travel as erasable personal data. The ids carry nothing personal.
 */
export const PERSON = {
  richter: 'person-01',
  wolf: 'person-02',
  schubert: 'person-03',
  boehm: 'person-04',
  lorenz: 'person-05',
  fischer: 'person-06',
  krause: 'person-07',
  hofmann: 'person-08',
  lotsenKoordination: 'person-09',
} as const;

/** Lagebild 2030: the measure's indicators (kz-) and the reporting cycles (bz-). */
export const INDICATOR = {
  kmuDigital: 'kz-lotsen-kmu-digitalprojekt',
  betriebe: 'kz-lotsen-beratene-betriebe',
} as const;

export const REPORTING_CYCLE = {
  jahr2024: 'bz-2024',
  halbjahr2025a: 'bz-2025-h1',
  halbjahr2025b: 'bz-2025-h2',
} as const;

/** Who acts: the project team at VDI/VDE-IT and the responsible unit of the ministry. */
export const ACTOR = { team: 'team-vdivdeit', ministry: 'smwa-referat-31' } as const;

/**
 * The StrategieWerkstatt is the default process (every event before processes belongs to it); the
 * skilled-labour strategy is invented for the demo, to show a second process taking up the first's
 * work. Phases: ph-<process>-<step>.
 */
export const PROCESS = {
  strategieWerkstatt: 'sp-industrie-der-zukunft',
  fachkraefte: 'sp-fachkraefte-2030',
} as const;

export const PHASE = {
  analyse: 'ph-idz-analyse',
  dialog: 'ph-idz-dialog',
  priorisierung: 'ph-idz-priorisierung',
  leitlinien: 'ph-idz-leitlinien',
  beschluss: 'ph-idz-beschluss',
  umsetzung: 'ph-idz-umsetzung',
  bestandsaufnahme: 'ph-fk-bestandsaufnahme',
  foren: 'ph-fk-regionalforen',
  empfehlungen: 'ph-fk-empfehlungen',
} as const;

/** The skilled-labour strategy's own items. */
export const FACHKRAEFTE = {
  actionField: 'hf-fk-fachkraefte-gewinnen',
  forum: 'ws-2019-11-regionalforum-chemnitz',
  suggestion: 'vs-fk-anerkennung-beschleunigen',
  recommendation: 'he-fk-welcome-center-industrie',
} as const;
