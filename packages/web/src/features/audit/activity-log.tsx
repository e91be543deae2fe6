import { useState } from 'react';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useTimeZone } from '../../i18n/time-zone.js';
import { useUrlState } from '../../shared/url-state.js';
import { Section } from '../../ui/page.js';
import { Table } from '../../ui/table.js';
import { FilterForm } from './log-filter-form.js';
import { eventsArguments, filterParams, filtersFromSearch } from './log-filters.js';
import { LogPage } from './log-page.js';
import { auditMessages } from './messages.js';

const PAGE_SIZE = 50;

export const ActivityLog = () => {
  const m = useMessages(auditMessages);
  const [filters, setFilters] = useUrlState(filtersFromSearch, filterParams);
  const { asOf } = useAsOf();
  const timeZone = useTimeZone();
  const process = useProcessSlug();
  const base = { first: PAGE_SIZE, process, ...eventsArguments(filters, asOf, timeZone) };
  const key = JSON.stringify(base);
  const [cursors, setCursors] = useState<{ key: string; after: string[] }>({ key, after: [] });
  // New filters start the log from its beginning again.
  const after = cursors.key === key ? cursors.after : [];
  const pages = [null, ...after];
  return (
    <Section title={m.log} id="log">
      <p className="meta">{m.logIntro}</p>
      <FilterForm key={key} initial={filters} onApply={setFilters} />
      <Table
        className="log"
        caption={m.log}
        columns={[m.recordedAt, m.person, m.what, m.item, m.reason]}
      >
        {pages.map((cursor, index) => (
          <LogPage
            key={cursor ?? 'first'}
            variables={cursor ? { ...base, after: cursor } : base}
            isLast={index === pages.length - 1}
            onMore={(next) => setCursors({ key, after: [...after, next] })}
          />
        ))}
      </Table>
    </Section>
  );
};
