import type { DraftRecommendation } from '../recommendation/index.js';
import { ACTION_FIELD as HF, RECOMMENDATION as R, SUGGESTION as S } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

type Draft = { readonly on: string; readonly data: DraftRecommendation['data'] };

const draft = (
  on: string,
  recommendationId: string,
  actionFieldIds: readonly string[],
  derivedFrom: readonly string[],
  title: string,
  body: string,
): Draft => ({ on, data: { recommendationId, title, body, actionFieldIds, derivedFrom } });

/** Handlungsempfehlungen as the team drafted them after the conference, from the suggestions. */
const DEMO_DRAFTS: readonly Draft[] = [
  draft(
    '2017-04-10',
    R.lotsen,
    [HF.digitalisierung],
    [S.lotsen],
    'Digitalisierungslotsen für KMU',
    'Der Freistaat richtet ein Netz neutraler Digitalisierungslotsen ein, das kleine und mittlere Industrieunternehmen beim Einstieg in Industrie 4.0 begleitet: Standortbestimmung im Betrieb, Vermittlung zu Anbietern, Hochschulen und Förderprogrammen, Begleitung erster Projekte. Die Lotsen arbeiten regional, gemeinsam mit Kammern und Wirtschaftsförderern.',
  ),
  draft(
    '2017-04-18',
    R.breitband,
    [HF.digitalisierung],
    [S.breitband],
    'Gigabitanschluss für alle Gewerbegebiete bis 2025',
    'Alle Gewerbe- und Industriegebiete in Sachsen erhalten bis 2025 einen gigabitfähigen Anschluss; Lücken im ländlichen Raum werden mit Landesmitteln geschlossen.',
  ),
  draft(
    '2017-05-03',
    R.testfelder,
    [HF.digitalisierung],
    [S.testfelder, S.reallabor],
    'Testfelder und Reallabore für Industrie 4.0',
    'Hochschulen, Forschungseinrichtungen und Unternehmen öffnen Versuchsanlagen als Testfelder, in denen KMU neue Technologien wie 5G in der Fertigung, Assistenzsysteme oder vernetzte Steuerungen ohne Investitionsrisiko erproben. Das Land macht das Angebot sichtbar und fördert die Nutzung durch KMU.',
  ),
  draft(
    '2017-05-10',
    R.wachstumsfonds,
    [HF.geschaeftsmodelle],
    [S.wagniskapital],
    'Wachstumsfonds für industrielle Start-ups',
    'Ein neuer Landesfonds stellt industriellen Gründungen mit Hardwarebezug Wachstumskapital in der Skalierungsphase bereit.',
  ),
  draft(
    '2017-05-30',
    R.plattformen,
    [HF.geschaeftsmodelle],
    [S.plattformen],
    'Gemeinsame digitale Plattformen für Zulieferer',
    'Zulieferer schließen sich zu gemeinsamen Plattformen und Datenräumen zusammen; das Land unterstützt Pilotvorhaben und Musterverträge.',
  ),
  draft(
    '2017-06-01',
    R.datenGeschaeftsmodelle,
    [HF.geschaeftsmodelle],
    [S.datenServices, S.zulieferer],
    'Datenbasierte Geschäftsmodelle im Maschinenbau',
    'Maschinen- und Anlagenbauer sowie Zulieferer werden dabei unterstützt, aus Maschinendaten Dienstleistungen zu entwickeln: Pilotprojekte mit Anwendern, Leitfäden zu Datennutzung und Verträgen, Austausch zu Erlösmodellen wie Betreiber- und Abonnementmodellen.',
  ),
  draft(
    '2017-06-20',
    R.crossInnovation,
    [HF.kooperationen],
    [S.crossInnovation, S.cluster],
    'Cross-Innovation-Plattform Industrie–Kreativwirtschaft',
    'Eine Plattform bringt Industriebetriebe mit der Kultur- und Kreativwirtschaft zusammen: regelmäßige Formate, Tandemprojekte und ein Lab, in dem Produkte, Dienste und Nutzererlebnisse gemeinsam entwickelt werden. Cluster und Netzwerke öffnen ihre Veranstaltungen füreinander.',
  ),
  draft(
    '2017-07-10',
    R.weiterbildung,
    [HF.arbeit],
    [S.weiterbildung, S.ausbildung],
    'Weiterbildungsverbünde für digitale Kompetenzen',
    'Betriebe, Bildungsträger, Kammern und Gewerkschaften bilden regionale Weiterbildungsverbünde, die Beschäftigte kleiner und mittlerer Unternehmen für die digitale Arbeitswelt qualifizieren.',
  ),
  draft(
    '2017-10-04',
    R.fachkraefte,
    [HF.arbeit],
    [S.fachkraefte, S.arbeitszeit],
    'Fachkräftesicherung durch Arbeit 4.0',
    'Die sächsische Industrie sichert ihre Fachkräfte, indem sie internationale Fachkräfte gewinnt und hält und Arbeit in der Produktion attraktiver und flexibler gestaltet.',
  ),
  draft(
    '2018-04-10',
    R.kreislauf,
    [HF.geschaeftsmodelle],
    [S.kreislauf],
    'Zirkuläre Wertschöpfung in der Industrie',
    'Reparatur, Wiederaufbereitung und Rücknahme werden als Geschäftsmodelle für Industriebetriebe erschlossen; Modellprojekte zeigen Erlöse und eingesparte Rohstoffe.',
  ),
];

export const draftSteps = (by: Actors): readonly DemoStep[] =>
  DEMO_DRAFTS.map(({ on, data }) => step('DraftRecommendation', data, by.team(on)));
