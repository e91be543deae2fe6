import type { OpenDataFile, ProcessBundle } from './bundle.js';
import { MEDIA_TYPES } from './bundle.js';
import type { Snapshot } from './open-data.js';
import { licenceOf, type OpenDataSettings } from './settings.js';
import { TABLES } from './tables/index.js';
import { iri, node, type Predicate, type Subject, term, text, turtleOf, typed } from './turtle.js';

const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const EU = 'http://publications.europa.eu/resource/authority/';

/** The addresses of the open data below an origin (where the API answers). */
export const openDataPaths = (origin: string) => ({
  catalogue: `${origin}/daten/katalog.ttl`,
  dictionaryJson: `${origin}/daten/datenlexikon.json`,
  dictionaryMarkdown: `${origin}/daten/datenlexikon.md`,
  page: `${origin}/offene-daten`,
  file: (slug: string, name: string) => `${origin}/daten/${encodeURIComponent(slug)}/${name}`,
  zip: (slug: string) => `${origin}/daten/${encodeURIComponent(slug)}.zip`,
});

const dateTime = (value: string) => typed(value, 'xsd:dateTime');

const agent = (name: string, url?: string) =>
  node(
    ['a', [term('foaf:Organization')]],
    ['foaf:name', [text(name)]],
    ['foaf:homepage', url ? [iri(url)] : []],
  );

const distribution = (
  file: OpenDataFile,
  url: string,
  modified: string,
  settings: OpenDataSettings,
  documentation: string,
): Subject => {
  const spec = TABLES.find((table) => table.name === file.table);
  const licence = licenceOf(settings.licence);
  return {
    subject: url,
    predicates: [
      ['a', [term('dcat:Distribution')]],
      [
        'dct:title',
        spec
          ? [
              text(`${spec.title.de} (${file.format})`, 'de'),
              text(`${spec.title.en} (${file.format})`, 'en'),
            ]
          : [text(`Alle Dateien (${file.format})`, 'de'), text(`All files (${file.format})`, 'en')],
      ],
      [
        'dct:description',
        spec
          ? [text(spec.description.de, 'de'), text(spec.description.en, 'en')]
          : [text('Alle CSV- und JSON-Dateien mit Datenlexikon in einem Archiv.', 'de')],
      ],
      ['dcat:accessURL', [iri(url)]],
      ['dcat:downloadURL', [iri(url)]],
      ['dct:license', [iri(licence.uri)]],
      ['dcatde:licenseAttributionByText', [text(settings.publisher.name)]],
      ['dct:format', [iri(`${EU}file-type/${file.format}`)]],
      [
        'dcat:mediaType',
        [iri(`https://www.iana.org/assignments/media-types/${MEDIA_TYPES[file.format]}`)],
      ],
      ['dcat:byteSize', [typed(String(file.bytes.length), 'xsd:nonNegativeInteger')]],
      ['dct:modified', [dateTime(modified)]],
      ['foaf:page', [iri(documentation)]],
    ],
  };
};

const datasetOf = (
  bundle: ProcessBundle,
  snapshot: Snapshot,
  settings: OpenDataSettings,
  origin: string,
): { readonly dataset: Subject; readonly distributions: Subject[] } => {
  const paths = openDataPaths(origin);
  const { process } = bundle;
  const modified = snapshot.head.recordedAt;
  const files = [...bundle.files, bundle.zip].map((file) => ({
    file,
    url: file.format === 'ZIP' ? paths.zip(process.slug) : paths.file(process.slug, file.name),
  }));
  const contact: Predicate[] = [
    ['a', [term('vcard:Organization')]],
    ['vcard:fn', [text(settings.publisher.name)]],
    ['vcard:hasEmail', settings.contactEmail ? [iri(`mailto:${settings.contactEmail}`)] : []],
    ['vcard:hasURL', [iri(paths.page)]],
  ];
  return {
    dataset: {
      subject: `${paths.zip(process.slug).replace(/\.zip$/, '')}#datensatz`,
      predicates: [
        ['a', [term('dcat:Dataset')]],
        [
          'dct:title',
          [text(`Offene Daten: ${process.title}`, 'de'), text(`Open data: ${process.title}`, 'en')],
        ],
        [
          'dct:description',
          [
            text(
              `Handlungsfelder, Leitlinien, Empfehlungen, Maßnahmen mit Meilensteinen und Kennzahlen, Projektideen, Veranstaltungen, aufgegriffene Vorschläge und ihre Herkunft im Strategieprozess „${process.title}“. Nur Veröffentlichtes, ohne personenbezogene Daten.`,
              'de',
            ),
            text(
              `Action fields, guidelines, recommendations, measures with milestones and indicators, project ideas, meetings, suggestions taken up and their provenance in the strategy process "${process.title}". Published content only, no personal data.`,
              'en',
            ),
          ],
        ],
        ['dct:identifier', [text(process.processId)]],
        [
          'dct:publisher',
          [
            agent(
              process.commissionedBy ?? settings.publisher.name,
              process.commissionedBy ? undefined : settings.publisher.url,
            ),
          ],
        ],
        ['dcat:contactPoint', [node(...contact)]],
        ['dcatde:contributorID', settings.contributorId ? [iri(settings.contributorId)] : []],
        ['dct:modified', [dateTime(modified)]],
        ['dct:language', [iri(`${EU}language/DEU`)]],
        ['dcat:theme', [iri(`${EU}data-theme/GOVE`), iri(`${EU}data-theme/ECON`)]],
        [
          'dcat:keyword',
          [
            text('Strategieprozess', 'de'),
            text('Beteiligung', 'de'),
            text('Maßnahmen', 'de'),
            text('Industriestrategie', 'de'),
          ],
        ],
        ['dct:accessRights', [iri(`${EU}access-right/PUBLIC`)]],
        ['dcat:landingPage', [iri(paths.page)]],
        ['dct:conformsTo', [iri(paths.dictionaryJson)]],
        ['dcat:distribution', files.map(({ url }) => iri(url))],
      ],
    },
    distributions: files.map(({ file, url }) =>
      distribution(file, url, modified, settings, paths.dictionaryMarkdown),
    ),
  };
};

/** The catalogue (DCAT-AP.de, Turtle): one dataset per process, one distribution per file. */
export const catalogueTurtle = (
  snapshot: Snapshot,
  settings: OpenDataSettings,
  origin: string,
): string => {
  const paths = openDataPaths(origin);
  const bundles = [...snapshot.bundles.values()];
  const datasets = bundles.map((bundle) => datasetOf(bundle, snapshot, settings, origin));
  return turtleOf(PREFIXES, [
    {
      subject: `${paths.catalogue}#katalog`,
      predicates: [
        ['a', [term('dcat:Catalog')]],
        [
          'dct:title',
          [
            text(`Offene Daten – ${settings.publisher.name}`, 'de'),
            text(`Open data – ${settings.publisher.name}`, 'en'),
          ],
        ],
        [
          'dct:description',
          [
            text(
              'Offene Daten der Strategieprozesse: alles Veröffentlichte als CSV und JSON, mit Datenlexikon.',
              'de',
            ),
            text(
              'Open data of the strategy processes: everything published, as CSV and JSON, with a data dictionary.',
              'en',
            ),
          ],
        ],
        ['dct:publisher', [agent(settings.publisher.name, settings.publisher.url)]],
        ['dct:language', [iri(`${EU}language/DEU`)]],
        ['dct:modified', [dateTime(snapshot.head.recordedAt)]],
        ['dct:license', [iri(licenceOf(settings.licence).uri)]],
        ['foaf:homepage', [iri(paths.page)]],
        ['dcat:dataset', datasets.map(({ dataset }) => iri(dataset.subject))],
      ],
    },
    ...datasets.flatMap(({ dataset, distributions }) => [dataset, ...distributions]),
  ]);
};
