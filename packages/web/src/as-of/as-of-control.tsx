import { useEffect, useId, useState } from 'react';
import { appMessages } from '../app/messages.js';
import { useFormat, useMessages } from '../i18n/i18n.js';
import { useToday } from '../i18n/time-zone.js';
import { uiMessages } from '../ui/messages.js';
import { type AsOfBasis, useAsOf } from './as-of.js';

/** "Stand vom …": pick a day (and, to tell apart changes of one day, a time) to see the past. */
export const AsOfControl = () => {
  const m = useMessages(appMessages);
  const { date, asOfBasis, setDate } = useAsOf();
  // Today where the installation is: at 00:30 in Berlin that is already the new day.
  const today = useToday();
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [basis, setBasis] = useState<AsOfBasis>('OCCURRED');
  const id = useId();
  useEffect(() => {
    setDay(date?.slice(0, 10) ?? '');
    setTime(date?.slice(11) ?? '');
    setBasis(asOfBasis);
  }, [date, asOfBasis]);
  return (
    <form
      className="as-of"
      onSubmit={(event) => {
        event.preventDefault();
        setDate(day ? (time ? `${day}T${time}` : day) : null, basis);
      }}
    >
      <label htmlFor={`${id}-day`}>{m.asOf}</label>
      <input
        id={`${id}-day`}
        type="date"
        value={day}
        max={today}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setDay(event.target.value)}
      />
      <label htmlFor={`${id}-time`}>{m.asOfTime}</label>
      <input
        id={`${id}-time`}
        type="time"
        step={1}
        value={time}
        onChange={(event) => setTime(event.target.value)}
      />
      <label htmlFor={`${id}-basis`}>{m.asOfBasis}</label>
      <select
        id={`${id}-basis`}
        value={basis}
        onChange={(event) => setBasis(event.target.value === 'RECORDED' ? 'RECORDED' : 'OCCURRED')}
      >
        <option value="OCCURRED">{m.asOfOccurred}</option>
        <option value="RECORDED">{m.asOfRecorded}</option>
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {m.asOfHint}
      </span>
      <button type="submit" className="button button--small">
        {m.asOfApply}
      </button>
    </form>
  );
};

/** Makes unmistakable that the screen shows the past, and offers the way back. */
export const HistoricalBanner = () => {
  const m = useMessages(uiMessages);
  const format = useFormat();
  const { date, asOf, asOfBasis, setDate } = useAsOf();
  if (!date || !asOf) return null;
  return (
    <div className="historical" role="status">
      <p>
        {m.historical(
          date.includes('T') ? format.dateTime(asOf) : format.date(date),
          asOfBasis === 'RECORDED',
        )}
      </p>
      <button type="button" className="button button--small" onClick={() => setDate(null)}>
        {m.backToToday}
      </button>
    </div>
  );
};
