// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandState } from '../../../commands/use-command.js';
import { I18nProvider } from '../../../i18n/i18n.js';
import { QuickCaptureForm } from './quick-capture-form.js';
import type { CaptureDraft } from './use-capture-draft.js';

const FIELDS = [
  { value: 'af-digital', label: 'Digitalisierung' },
  { value: 'af-arbeit', label: 'Arbeit' },
];

const stateWith = (fieldErrors: Record<string, string> = {}): CommandState => ({
  pending: false,
  errors: [],
  errorFor: (field) => fieldErrors[field],
  generalErrors: [],
  conflict: false,
  reset: () => undefined,
});

type Capture = (draft: CaptureDraft) => Promise<string | null>;

const setup = (
  capture: Capture = async (draft) => draft.title || draft.text,
  state = stateWith(),
) => {
  const spy = vi.fn(capture);
  render(
    <I18nProvider>
      <QuickCaptureForm
        actionFieldOptions={FIELDS}
        initialActionFieldIds={['af-digital']}
        state={state}
        capture={spy}
      />
    </I18nProvider>,
  );
  const sector = screen.getByLabelText(/^Akteursgruppe/) as HTMLSelectElement;
  const text = screen.getByLabelText(/^Vorschlag/) as HTMLTextAreaElement;
  const title = screen.getByLabelText(/^Kurztitel/) as HTMLInputElement;
  const digital = screen.getByLabelText('Digitalisierung') as HTMLInputElement;
  const arbeit = screen.getByLabelText('Arbeit') as HTMLInputElement;
  return { spy, sector, text, title, digital, arbeit };
};

/** Presses a key and lets the capture's promise settle. */
const press = async (element: HTMLElement, init: { key: string; ctrlKey?: boolean }) => {
  await act(async () => {
    fireEvent.keyDown(element, init);
  });
};

afterEach(cleanup);

describe('quick capture of suggestions', () => {
  it('captures with Enter from the title, clears text and title, keeps sector and fields', async () => {
    const { spy, sector, text, title, digital, arbeit } = setup();
    fireEvent.change(sector, { target: { value: 'SCIENCE' } });
    fireEvent.click(arbeit);
    fireEvent.change(text, { target: { value: 'Testfelder für KMU öffnen' } });
    fireEvent.change(title, { target: { value: 'Testfelder' } });
    await press(title, { key: 'Enter' });

    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toEqual({
      text: 'Testfelder für KMU öffnen',
      title: 'Testfelder',
      sector: 'SCIENCE',
      actionFieldIds: ['af-digital', 'af-arbeit'],
    });
    expect(text.value).toBe('');
    expect(title.value).toBe('');
    expect(sector.value).toBe('SCIENCE');
    expect(digital.checked).toBe(true);
    expect(arbeit.checked).toBe(true);
    expect(document.activeElement).toBe(text);
    expect(screen.getByRole('status').textContent).toBe('Vorschlag erfasst: Testfelder');
  });

  it('remembers sector and action fields for several suggestions in a row', async () => {
    const { spy, sector, text, title, digital } = setup();
    fireEvent.change(sector, { target: { value: 'INDUSTRY' } });
    fireEvent.click(digital);
    for (const words of ['Lotsen für KMU', 'Gigabit für Gewerbegebiete']) {
      fireEvent.change(text, { target: { value: words } });
      await press(title, { key: 'Enter' });
    }
    expect(spy.mock.calls.map(([draft]) => draft)).toEqual([
      { text: 'Lotsen für KMU', title: '', sector: 'INDUSTRY', actionFieldIds: [] },
      { text: 'Gigabit für Gewerbegebiete', title: '', sector: 'INDUSTRY', actionFieldIds: [] },
    ]);
    expect(screen.getByRole('status').textContent).toBe(
      'Vorschlag erfasst: Gigabit für Gewerbegebiete',
    );
  });

  it('captures with Ctrl+Enter from the text; a plain Enter there is a new line', async () => {
    const { spy, sector, text } = setup();
    fireEvent.change(sector, { target: { value: 'SOCIETY' } });
    fireEvent.change(text, { target: { value: 'Erste Zeile' } });
    await press(text, { key: 'Enter' });
    expect(spy).not.toHaveBeenCalled();

    await press(text, { key: 'Enter', ctrlKey: true });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toMatchObject({ text: 'Erste Zeile', sector: 'SOCIETY' });
    expect(text.value).toBe('');
  });

  it('asks for the sector and the text before sending, beside the fields', async () => {
    const { spy, sector, text, title } = setup();
    await press(title, { key: 'Enter' });
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByText('Bitte wählen Sie die Akteursgruppe.')).toBeTruthy();
    expect(screen.getByText('Bitte geben Sie den Text des Vorschlags ein.')).toBeTruthy();
    expect(sector.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(sector);

    fireEvent.change(sector, { target: { value: 'SCIENCE' } });
    await press(title, { key: 'Enter' });
    expect(spy).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(text);
  });

  it('keeps everything typed when the capture fails, with the API error beside the field', async () => {
    const { spy, sector, text, title } = setup(
      async () => null,
      stateWith({ text: 'Der Text ist zu lang.' }),
    );
    fireEvent.change(sector, { target: { value: 'ADMINISTRATION' } });
    fireEvent.change(text, { target: { value: 'Zu lang' } });
    fireEvent.change(title, { target: { value: 'Titel' } });
    await press(title, { key: 'Enter' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(text.value).toBe('Zu lang');
    expect(title.value).toBe('Titel');
    expect(screen.getByText('Der Text ist zu lang.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('sends a suggestion only once when Enter is pressed again while it is on its way', async () => {
    let finish: (title: string) => void = () => undefined;
    const { spy, sector, text, title } = setup(
      () =>
        new Promise<string>((resolve) => {
          finish = resolve;
        }),
    );
    fireEvent.change(sector, { target: { value: 'INDUSTRY' } });
    fireEvent.change(text, { target: { value: 'Doppelt' } });
    await press(title, { key: 'Enter' });
    await press(title, { key: 'Enter' });
    await act(async () => finish('Doppelt'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(text.value).toBe('');
  });
});
