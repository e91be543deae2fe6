import { useCallback } from 'react';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import type { ActionFieldOptionData } from '../../shared/options.js';
import { Section } from '../../ui/page.js';
import { projectIdeaMessages } from './messages.js';
import type { ProjectIdeaData } from './project-idea-query.js';

/** "1. Januar 2018 – 31. Dezember 2020", or as much of it as is planned. */
export const usePlannedPeriod = () => {
  const m = useMessages(projectIdeaMessages);
  const format = useFormat();
  return useCallback(
    (start: string | null, end: string | null): string => {
      if (start && end) return m.period(format.date(start), format.date(end));
      if (start) return m.from(format.date(start));
      if (end) return m.until(format.date(end));
      return m.noPeriod;
    },
    [m, format],
  );
};

/** The idea's action fields by name, or that it has none (its page and the list say the same). */
export const useActionFieldNames = () => {
  const m = useMessages(projectIdeaMessages);
  const fieldName = useActionFieldName();
  return (fields: readonly ActionFieldOptionData[]): string =>
    fields.length > 0 ? fields.map(fieldName).join(', ') : m.noActionFields;
};

export const ProjectIdeaDetails = ({ idea }: { idea: ProjectIdeaData }) => {
  const m = useMessages(projectIdeaMessages);
  const format = useFormat();
  const actionFieldNames = useActionFieldNames();
  const plannedPeriod = usePlannedPeriod();
  return (
    <Section id="project-idea-details" title={m.description}>
      <p className="prose">{idea.body}</p>
      <dl className="details">
        <dt>{m.plannedPeriod}</dt>
        <dd>{plannedPeriod(idea.plannedStart, idea.plannedEnd)}</dd>
        <dt>{m.actionFields}</dt>
        <dd>{actionFieldNames(idea.actionFields)}</dd>
        <dt>{m.proposedAt}</dt>
        <dd>{format.date(idea.proposedAt)}</dd>
      </dl>
    </Section>
  );
};
