import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

// Roboto ships with pdfmake itself: embedded (subset) TrueType covers umlauts, „“, ß and the
// Latin Extended letters of Czech and Polish names that the 14 standard PDF fonts lack.
const fontDirectory = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
const font = (file: string) => join(fontDirectory, file);

/**
 * pdfmake, set up once on the first report: loading it (pdfkit, fonts) costs ≈ 27 MB, which a
 * server that never prints a report should not carry from its start.
 */
let loaded: Promise<typeof import('pdfmake')> | undefined;
const pdfmakeOnce = () => {
  loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({
      Roboto: {
        normal: font('Roboto-Regular.ttf'),
        bold: font('Roboto-Medium.ttf'),
        italics: font('Roboto-Italic.ttf'),
        bolditalics: font('Roboto-MediumItalic.ttf'),
      },
    });
    // A report holds text from the log: nothing in it may make the server fetch a URL or read a file
    // other than the fonts.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDirectory));
    return pdfmake;
  });
  return loaded;
};

/**
 * The PDF of a document definition, in process: pdfkit lays out a report of the demo's size in a
 * few hundred milliseconds, yielding between pages.
 */
export const renderPdf = async (document: TDocumentDefinitions): Promise<Buffer> =>
  (await pdfmakeOnce()).createPdf({ defaultStyle: { font: 'Roboto' }, ...document }).getBuffer();
