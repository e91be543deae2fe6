import { useState } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { draftFields } from '../../commands/draft-fields.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useEventTypeOptions } from '../../shared/item/event-labels.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { FiltersForm } from '../../ui/filters-form.js';
import type { LogFilters } from './log-filters.js';
import { auditMessages } from './messages.js';

const FiltersQuery = graphql(`
  query ActivityLogFilters($process: String) {
    actors {
      id
      name
    }
    actionFields(process: $process, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The activity log's filters: person, recorded from/until, kind of change, action field. */
export const FilterForm = ({
  initial,
  onApply,
}: {
  initial: LogFilters;
  onApply: (f: LogFilters) => void;
}) => {
  const m = useMessages(auditMessages);
  const typeOptions = useEventTypeOptions();
  const [filters, setFilters] = useState(initial);
  const [{ data }] = useQuery({ query: FiltersQuery, variables: { process: useProcessSlug() } });
  const field = draftFields({ value: filters, onChange: setFilters });
  const empty = { person: '', since: '', until: '', type: '', field: '' };
  return (
    <FiltersForm onApply={() => onApply(filters)}>
      <SelectField
        {...field('person', m.person)}
        options={[
          { value: '', label: m.anyone },
          ...(data?.actors ?? []).map((actor) => ({
            value: actor.id,
            label: actor.name ?? actor.id,
          })),
        ]}
      />
      <TextField {...field('since', m.since)} type="date" />
      <TextField {...field('until', m.until)} type="date" />
      <SelectField
        {...field('type', m.type)}
        options={[{ value: '', label: m.anyType }, ...typeOptions]}
      />
      <SelectField
        {...field('field', m.actionField)}
        options={[
          { value: '', label: m.anyField },
          ...(data?.actionFields.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: node.title,
          })),
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {m.apply}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFilters(empty);
            onApply(empty);
          }}
        >
          {m.reset}
        </button>
      </div>
    </FiltersForm>
  );
};

/** Who changed what and when, filterable by person, dates, kind of change and action field. */
