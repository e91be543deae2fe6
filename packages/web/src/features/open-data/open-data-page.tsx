import { useFormat, useLocale, useMessages } from '../../i18n/i18n.js';
import { Fact } from '../../ui/fact.js';
import { Loading } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { Table } from '../../ui/table.js';
import { openDataMessages } from './messages.js';
import { type DataDictionary, type OpenDataIndex, usePublicJson } from './open-data-api.js';

/** Sizes as people read them: 12,3 kB. */
const useSize = () => {
  const { locale } = useLocale();
  const format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  return (bytes: number) =>
    bytes < 1000 ? `${format.format(bytes)} B` : `${format.format(bytes / 1000)} kB`;
};

const Downloads = ({ index }: { readonly index: OpenDataIndex }) => {
  const m = useMessages(openDataMessages);
  const { locale } = useLocale();
  const format = useFormat();
  const size = useSize();
  return (
    <>
      <dl className="facts">
        <Fact term={m.licence}>
          <a href={index.licence.page}>{index.licence.title}</a>
        </Fact>
        <Fact term={m.publisher}>{index.publisher}</Fact>
        <Fact term={m.modified}>{format.dateTime(index.modified)}</Fact>
        <Fact term={m.logPosition}>{format.number(index.logPosition)}</Fact>
        <Fact term={m.catalogue}>
          <a href={index.catalogue}>katalog.ttl</a>
        </Fact>
      </dl>
      {index.processes.map((process) => (
        <Section key={process.slug} title={process.title} id={`daten-${process.slug}`}>
          <p>
            <a className="button" href={process.zip.url} download>
              {m.allFiles} ({size(process.zip.byteSize)})
            </a>
          </p>
          <Table columns={[m.file, m.rows, m.downloads]}>
            {process.tables.map((table) => (
              <tr key={table.name}>
                <th scope="row">{table.title[locale]}</th>
                <td>{format.number(table.files[0]?.rows ?? 0)}</td>
                <td>
                  {table.files.map((file) => (
                    <a
                      key={file.name}
                      href={file.url}
                      download
                      className="button button--small button--quiet"
                      aria-label={`${table.title[locale]} ${file.format} (${size(file.byteSize)})`}
                    >
                      {file.format} ({size(file.byteSize)})
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </Table>
        </Section>
      ))}
    </>
  );
};

const Dictionary = ({
  dictionary,
  links,
}: {
  readonly dictionary: DataDictionary;
  readonly links: OpenDataIndex['dictionary'] | undefined;
}) => {
  const m = useMessages(openDataMessages);
  const { locale } = useLocale();
  return (
    <Section title={m.dictionary} id="datenlexikon">
      <p>{m.dictionaryIntro}</p>
      {links ? (
        <p>
          <a href={links.json}>{m.dictionaryJson}</a> ·{' '}
          <a href={links.markdown}>{m.dictionaryMarkdown}</a>
        </p>
      ) : null}
      {dictionary.dateien.map((file) => (
        <details key={file.name}>
          <summary>
            {file.titel[locale]} (<code>{file.name}</code>)
          </summary>
          <p>{file.beschreibung[locale]}</p>
          <Table columns={[m.column, m.meaning, m.type, m.example]}>
            {file.spalten.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>{column.bedeutung[locale]}</td>
                <td>
                  {dictionary.typen[column.typ]?.[locale] ?? column.typ}
                  {column.leer_erlaubt ? `, ${m.mayBeEmpty}` : ''}
                </td>
                <td>
                  <code>{column.beispiel}</code>
                </td>
              </tr>
            ))}
          </Table>
        </details>
      ))}
    </Section>
  );
};

/** "Offene Daten": every process's downloads with licence and metadata, and the data dictionary. */
export const OpenDataPage = () => {
  const m = useMessages(openDataMessages);
  const index = usePublicJson<OpenDataIndex>('/daten/index.json');
  const dictionary = usePublicJson<DataDictionary>('/daten/datenlexikon.json');
  const failed = index.state === 'failed' || dictionary.state === 'failed';
  return (
    <Page title={m.title} subtitle={m.intro}>
      {failed ? (
        <p className="field__error" role="alert">
          {m.failed}
        </p>
      ) : null}
      {index.state === 'ready' ? <Downloads index={index.data} /> : null}
      {dictionary.state === 'ready' ? (
        <Dictionary
          dictionary={dictionary.data}
          links={index.state === 'ready' ? index.data.dictionary : undefined}
        />
      ) : null}
      {!failed && (index.state === 'loading' || dictionary.state === 'loading') ? (
        <Loading />
      ) : null}
    </Page>
  );
};
