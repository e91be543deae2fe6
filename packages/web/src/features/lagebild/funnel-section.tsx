import type { ReactNode } from 'react';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useSectorLabel } from '../../shared/options.js';
import { Section } from '../../ui/page.js';
import type { Lagebild } from './lagebild-query.js';
import { lagebildMessages } from './messages.js';

type Sector = Lagebild['participationFunnel'][number];

const STAGES = ['captured', 'takenUp', 'adopted', 'inImplementation'] as const;
const MEDIANS = [
  ['medianDaysToTakenUp', 'medianTakenUp'],
  ['medianDaysToAdopted', 'medianAdopted'],
  ['medianDaysToImplementation', 'medianImplementation'],
] as const;

/** A bar beside a figure; the figure says it, the bar only lets the eye compare (hidden). */
const Bar = ({ share }: { readonly share: number }) => (
  <span className="funnel-bar" aria-hidden="true" style={{ width: `${share * 3}rem` }} />
);

/** A table with a row per sector and a column per figure: the chart's text equivalent. */
const SectorTable = ({
  name,
  funnel,
  columns,
  cell,
}: {
  readonly name: string;
  readonly funnel: readonly Sector[];
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly cell: (sector: Sector, key: string) => ReactNode;
}) => {
  const m = useMessages(lagebildMessages);
  const sectorLabel = useSectorLabel();
  return (
    <table className="lagebild-table">
      <caption className="visually-hidden">{name}</caption>
      <thead>
        <tr>
          <th scope="col">{m.sector}</th>
          {columns.map(({ key, label }) => (
            <th scope="col" key={key}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {funnel.map((sector) => (
          <tr key={sector.sector}>
            <th scope="row">{sectorLabel(sector.sector)}</th>
            {columns.map(({ key }) => (
              <td key={key}>{cell(sector, key)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/**
 * Beteiligung nach Gruppe: how far each sector's suggestions got, and how long each stage took
 * (median days): did the process listen to every group, and as fast?
 */
export const FunnelSection = ({ funnel }: { readonly funnel: readonly Sector[] }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  const most = Math.max(1, ...funnel.map((sector) => sector.captured));
  const longest = Math.max(
    1,
    ...funnel.flatMap((sector) => MEDIANS.map(([field]) => sector[field] ?? 0)),
  );
  return (
    <Section title={m.funnel} id="lagebild-funnel">
      <p className="meta">{m.funnelIntro}</p>
      <SectorTable
        name={m.funnel}
        funnel={funnel}
        columns={STAGES.map((stage) => ({ key: stage, label: m[stage] }))}
        cell={(sector, key) => {
          const count = sector[key as (typeof STAGES)[number]];
          return (
            <>
              <Bar share={count / most} />
              {count}
            </>
          );
        }}
      />
      <h3>{m.medianTitle}</h3>
      <p className="meta">{m.medianIntro}</p>
      <SectorTable
        name={m.medianTitle}
        funnel={funnel}
        columns={MEDIANS.map(([field, label]) => ({ key: field, label: m[label] }))}
        cell={(sector, key) => {
          const days = sector[key as (typeof MEDIANS)[number][0]];
          return days === null ? (
            <span className="meta">{m.noMedian}</span>
          ) : (
            <>
              <Bar share={days / longest} />
              {m.medianDays(days, format.number(Math.round(days * 10) / 10))}
            </>
          );
        }}
      />
    </Section>
  );
};
