import type { CommandState } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { useSectorLabel } from '../../shared/options.js';
import { TextField } from '../../ui/fields.js';
import type { MeetingData } from './meeting-query.js';
import { meetingMessages } from './messages.js';

const SECTOR_KEYS = [
  ['industry', 'INDUSTRY'],
  ['science', 'SCIENCE'],
  ['society', 'SOCIETY'],
  ['administration', 'ADMINISTRATION'],
] as const;

type SectorKey = (typeof SECTOR_KEYS)[number][0];

/** Head counts as typed: text, so a field can be empty while someone types. */
export type HeadCounts = Readonly<Record<SectorKey, string>>;

export const headCountsOf = (counts: MeetingData['participantsBySector']): HeadCounts => ({
  industry: String(counts.industry),
  science: String(counts.science),
  society: String(counts.society),
  administration: String(counts.administration),
});

/** The counts as the API takes them; an empty field counts as 0, anything else the API checks. */
export const headCountInput = (counts: HeadCounts): Record<SectorKey, number> => ({
  industry: Number(counts.industry || 0),
  science: Number(counts.science || 0),
  society: Number(counts.society || 0),
  administration: Number(counts.administration || 0),
});

export const sameHeadCounts = (a: HeadCounts, b: HeadCounts): boolean =>
  SECTOR_KEYS.every(([key]) => Number(a[key] || 0) === Number(b[key] || 0));

/** Participants per sector (Teilnehmende je Akteursgruppe), one number field each. */
export const HeadCountFields = ({
  value,
  onChange,
  state,
}: {
  readonly value: HeadCounts;
  readonly onChange: (value: HeadCounts) => void;
  readonly state: CommandState;
}) => {
  const m = useMessages(meetingMessages);
  const sectorLabel = useSectorLabel();
  return (
    <fieldset className="field head-counts">
      <legend>{m.headCount}</legend>
      {SECTOR_KEYS.map(([key, sector]) => (
        <TextField
          key={key}
          label={sectorLabel(sector)}
          type="number"
          min={0}
          value={value[key]}
          onChange={(count) => onChange({ ...value, [key]: count })}
          error={state.errorFor(`participantsBySector.${key}`, sectorLabel(sector))}
        />
      ))}
    </fieldset>
  );
};
