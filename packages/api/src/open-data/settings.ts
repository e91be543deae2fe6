/** Where the licences of DCAT-AP.de live: `dct:license` must be one of them. */
export const LICENCE_BASE = 'http://dcat-ap.de/def/licenses/';

interface Licence {
  readonly title: string;
  /** The licence text for people. */
  readonly page: string;
}

/** The licences German open data most often uses (GovData's vocabulary), by their DCAT-AP.de URI. */
const KNOWN_LICENCES: Readonly<Record<string, Licence>> = {
  'dl-by-de/2.0': {
    title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    page: 'https://www.govdata.de/dl-de/by-2-0',
  },
  'dl-zero-de/2.0': {
    title: 'Datenlizenz Deutschland – Zero – Version 2.0',
    page: 'https://www.govdata.de/dl-de/zero-2-0',
  },
  'cc-by/4.0': {
    title: 'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)',
    page: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  },
  'cc-zero': {
    title: 'Creative Commons CC Zero License (CC0 1.0)',
    page: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
  },
};

/** Who publishes the open data and under which licence (config: FAHRPLAN_OPEN_DATA_…). */
export interface OpenDataSettings {
  /** A DCAT-AP.de licence URI (FAHRPLAN_OPEN_DATA_LICENSE). */
  readonly licence: string;
  /** The catalogue's publisher (FAHRPLAN_OPEN_DATA_PUBLISHER, …_PUBLISHER_URL). */
  readonly publisher: { readonly name: string; readonly url?: string };
  /** Where questions about the data go (FAHRPLAN_OPEN_DATA_CONTACT_EMAIL). */
  readonly contactEmail?: string;
  /** GovData's id of the data provider, `dcatde:contributorID` (FAHRPLAN_OPEN_DATA_CONTRIBUTOR_ID). */
  readonly contributorId?: string;
}

export const DEFAULT_OPEN_DATA: OpenDataSettings = {
  licence: `${LICENCE_BASE}dl-by-de/2.0`,
  publisher: { name: 'Fahrplan' },
};

/** The licence's name and text for people; an unknown one is named by its URI. */
export const licenceOf = (uri: string): Licence & { readonly uri: string } => {
  const known = KNOWN_LICENCES[uri.slice(LICENCE_BASE.length)];
  return { uri, title: known?.title ?? uri, page: known?.page ?? uri };
};
