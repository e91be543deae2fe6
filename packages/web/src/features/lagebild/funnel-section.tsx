import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useSectorLabel } from '../../shared/options.js';
import { Section } from '../../ui/page.js';
import type { Lagebild } from './lagebild-query.js';
import { lagebildMessages } from './messages.js';

type Funnel = Lagebild['participationFunnel'];

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

/** Median days per stage and sector: did some groups wait longer than others? */
const Medians = ({ funnel }: { readonly funnel: Funnel }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  const sectorLabel = useSectorLabel();
  const longest = Math.max(
    1,
    ...funnel.flatMap((sector) => MEDIANS.map(([field]) => sector[field] ?? 0)),
  );
  return (
    <>
      <h3 id="lagebild-median">{m.medianTitle}</h3>
      <p className="meta">{m.medianIntro}</p>
      <table className="lagebild-table" aria-labelledby="lagebild-median">
        <thead>
          <tr>
            <th scope="col">{m.sector}</th>
            {MEDIANS.map(([field, label]) => (
              <th scope="col" key={field}>
                {m[label]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {funnel.map((sector) => (
            <tr key={sector.sector}>
              <th scope="row">{sectorLabel(sector.sector)}</th>
              {MEDIANS.map(([field]) => {
                const days = sector[field];
                return (
                  <td key={field}>
                    {days === null ? (
                      <span className="meta">{m.noMedian}</span>
                    ) : (
                      <>
                        <Bar share={days / longest} />
                        {m.medianDays(days, format.number(Math.round(days * 10) / 10))}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};

/** Beteiligung nach Gruppe: how far each sector's suggestions got, and how fast. */
export const FunnelSection = ({ funnel }: { readonly funnel: Funnel }) => {
  const m = useMessages(lagebildMessages);
  const sectorLabel = useSectorLabel();
  const most = Math.max(1, ...funnel.map((sector) => sector.captured));
  return (
    <Section title={m.funnel} id="lagebild-funnel">
      <p className="meta">{m.funnelIntro}</p>
      <table className="lagebild-table">
        <caption className="visually-hidden">{m.funnel}</caption>
        <thead>
          <tr>
            <th scope="col">{m.sector}</th>
            {STAGES.map((stage) => (
              <th scope="col" key={stage}>
                {m[stage]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {funnel.map((sector) => (
            <tr key={sector.sector}>
              <th scope="row">{sectorLabel(sector.sector)}</th>
              {STAGES.map((stage) => (
                <td key={stage}>
                  <Bar share={sector[stage] / most} />
                  {sector[stage]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Medians funnel={funnel} />
    </Section>
  );
};
