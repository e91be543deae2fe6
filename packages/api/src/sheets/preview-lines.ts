import type { ImportPreview } from './preview.js';

/** The preview as lines of text, German first (the CLI's dry run and its refusal). */
export const previewLines = (preview: ImportPreview): string[] => {
  const { counts } = preview;
  const lines = [
    `${preview.format.toUpperCase()}${preview.encoding ? ` (${preview.encoding})` : ''}: ${preview.rows.length + preview.problems.filter((p) => p.row !== null && p.severity !== 'notice').length} Zeilen / rows`,
    `neu / new ${counts.create} · geändert / changed ${counts.update} · unverändert / unchanged ${counts.unchanged} · schon übernommen / imported before ${counts.known} · Ereignisse / events ${preview.events}`,
  ];
  for (const found of preview.problems) {
    const where = [
      found.row === null ? undefined : `Zeile ${found.row}`,
      found.column === null ? undefined : `Spalte „${found.column}“`,
    ]
      .filter(Boolean)
      .join(', ');
    const mark =
      found.severity === 'notice'
        ? 'Hinweis'
        : found.severity === 'conflict'
          ? 'Konflikt'
          : 'Fehler';
    lines.push(`${mark}${where ? ` (${where})` : ''}: ${found.message.de} / ${found.message.en}`);
  }
  return lines;
};
