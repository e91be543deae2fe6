import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useLocation } from 'wouter';
import { screenOf } from '../../app/paths.js';
import { processBase, useProcessSlug } from '../../app/process.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { processMessages } from '../../shared/process/messages.js';
import { ProcessChoicesQuery } from '../../shared/process/queries.js';
import { SelectField } from '../../ui/fields.js';

/**
 * Switches to another strategy process on the same screen (an item's page: its kind's list),
 * keeping the "Stand vom" moment. A labelled select with a button: choosing alone changes
 * nothing (WCAG 3.2.2), so one can look through the options with the keyboard.
 */
export const ProcessSwitcher = () => {
  const m = useMessages(processMessages);
  const slug = useProcessSlug();
  // Within a process's addresses, the location is the screen's path below `/p/<slug>`.
  const [location, navigate] = useLocation();
  const href = useHrefWithAsOf();
  const [{ data }] = useQuery({ query: ProcessChoicesQuery, pause: slug === null });
  const [choice, setChoice] = useState(slug ?? '');
  useEffect(() => setChoice(slug ?? ''), [slug]);
  if (slug === null || !data) return null;
  const options = data.processes.edges.map(({ node }) => ({ value: node.slug, label: node.title }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === slug) return;
    // `~` leaves this process's addresses for the other's.
    navigate(`~${href(`${processBase(choice)}${screenOf(location)}`)}`);
  };
  return (
    <form className="process-switcher no-print" onSubmit={submit}>
      <SelectField label={m.switcher} value={choice} options={options} onChange={setChoice} />
      <button type="submit" className="button button--small">
        {m.switch}
      </button>
    </form>
  );
};
