import { DEFAULT_PROCESS_ID, DEFAULT_PROCESS_SLUG } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import { stateOf } from '../queries/items.js';
import { itemsOfKinds } from '../queries/lagebild.js';
import { PUBLIC_ONLY } from '../visibility/rules.js';
import { dictionaryMarkdown, dictionaryOf } from './dictionary.js';
import { csvOf, jsonOf, zipOf } from './formats.js';
import type { LogHead } from './head.js';
import { loadPublicData } from './public-data.js';
import { licenceOf, type OpenDataSettings } from './settings.js';
import { TABLES } from './tables/index.js';

export type FileFormat = 'CSV' | 'JSON' | 'ZIP';

export const MEDIA_TYPES: Readonly<Record<FileFormat, string>> = {
  CSV: 'text/csv',
  JSON: 'application/json',
  ZIP: 'application/zip',
};

/** One generated file. */
export interface OpenDataFile {
  /** As in the address and the archive, e.g. `massnahmen.csv`. */
  readonly name: string;
  /** The dictionary's file it holds (`massnahmen`); the archive holds them all. */
  readonly table: string | undefined;
  readonly format: FileFormat;
  readonly bytes: Buffer;
  readonly rows: number | undefined;
}

/** A process as the catalogue lists it. */
export interface PublicProcess {
  readonly processId: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly commissionedBy: string | undefined;
}

/** A process's open data: a CSV and a JSON file per table, and the archive of all. */
export interface ProcessBundle {
  readonly process: PublicProcess;
  readonly files: readonly OpenDataFile[];
  readonly zip: OpenDataFile;
}

/** The published processes by title; the default one even if no event described it yet. */
export const publicProcesses = async (runner: SqlRunner): Promise<PublicProcess[]> => {
  const rows = await itemsOfKinds(runner, ['Process'], { scope: PUBLIC_ONLY }, undefined);
  const processes: PublicProcess[] = rows.map((row) => {
    const process = stateOf(row, 'Process');
    return {
      processId: process.processId,
      slug: process.slug,
      title: process.title,
      description: process.description,
      commissionedBy: process.commissionedBy,
    };
  });
  if (processes.some((process) => process.processId === DEFAULT_PROCESS_ID)) return processes;
  return [
    {
      processId: DEFAULT_PROCESS_ID,
      slug: DEFAULT_PROCESS_SLUG,
      title: DEFAULT_PROCESS_SLUG,
      description: '',
      commissionedBy: undefined,
    },
    ...processes,
  ];
};

/** What the archive says about itself: licence, attribution, the log position it was cut at. */
const readme = (process: PublicProcess, head: LogHead, settings: OpenDataSettings): string => {
  const licence = licenceOf(settings.licence);
  return [
    `Offene Daten: ${process.title}`,
    '',
    `Lizenz: ${licence.title} (${licence.page})`,
    `Quellenvermerk: ${settings.publisher.name}, ${process.title}, Stand ${head.recordedAt}`,
    `Stand des Protokolls: Position ${head.position}, Hash ${head.hash}`,
    'Die Spalten aller Dateien erklärt datenlexikon.md (maschinenlesbar: datenlexikon.json).',
    '',
    `Open data: ${process.title}`,
    `Licence: ${licence.title} (${licence.page})`,
    `Log position ${head.position}, hash ${head.hash}; every column is explained in datenlexikon.md.`,
    '',
  ].join('\r\n');
};

/** Every file of one process's open data, as of the log head (the archive's entries carry its time). */
export const buildBundle = async (
  runner: SqlRunner,
  process: PublicProcess,
  head: LogHead,
  settings: OpenDataSettings,
): Promise<ProcessBundle> => {
  const data = await loadPublicData(runner, process.processId);
  const files = TABLES.flatMap((spec): OpenDataFile[] => {
    const rows = spec.rows(data);
    return [
      {
        name: `${spec.name}.csv`,
        table: spec.name,
        format: 'CSV',
        bytes: csvOf(spec, rows),
        rows: rows.length,
      },
      {
        name: `${spec.name}.json`,
        table: spec.name,
        format: 'JSON',
        bytes: jsonOf(spec, rows),
        rows: rows.length,
      },
    ];
  });
  const dictionary = dictionaryOf();
  const bytes = await zipOf(
    [
      ...files,
      { name: 'datenlexikon.json', bytes: Buffer.from(`${JSON.stringify(dictionary, null, 2)}\n`) },
      { name: 'datenlexikon.md', bytes: Buffer.from(dictionaryMarkdown(dictionary)) },
      { name: 'LIESMICH.txt', bytes: Buffer.from(readme(process, head, settings)) },
    ],
    new Date(head.recordedAt),
  );
  return {
    process,
    files,
    zip: { name: `${process.slug}.zip`, table: undefined, format: 'ZIP', bytes, rows: undefined },
  };
};
