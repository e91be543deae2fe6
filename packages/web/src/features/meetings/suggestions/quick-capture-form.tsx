import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import type { CommandState } from '../../../commands/use-command.js';
import { useMessages } from '../../../i18n/i18n.js';
import { isSector, useSectorOptions } from '../../../shared/options.js';
import { ErrorSummary } from '../../../ui/feedback.js';
import {
  CheckboxGroup,
  type Option,
  SelectField,
  TextArea,
  TextField,
} from '../../../ui/fields.js';
import { suggestionMessages } from './messages.js';
import { type CaptureDraft, useCaptureDraft } from './use-capture-draft.js';

interface LocalErrors {
  readonly sector?: string;
  readonly text?: string;
}

const TEXT = 'text';
const TITLE = 'title';
const SECTOR = 'sector';

/** Enter in the title and Ctrl+Enter (⌘+Enter) in the text capture, so no hand leaves the keys. */
const isSubmitKey = (event: KeyboardEvent<HTMLFormElement>): boolean => {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return false;
  const target = event.target;
  if (target instanceof HTMLTextAreaElement) return event.ctrlKey || event.metaKey;
  return target instanceof HTMLInputElement && target.name === TITLE;
};

/**
 * Quick capture of suggestions during or after a workshop: one after another without the
 * mouse. A capture keeps sector and action fields for the next one, clears text and title,
 * puts the cursor back into the text and says so in a polite live region.
 */
export const QuickCaptureForm = ({
  actionFieldOptions,
  initialActionFieldIds,
  state,
  capture,
}: {
  readonly actionFieldOptions: readonly Option[];
  readonly initialActionFieldIds: readonly string[];
  readonly state: CommandState;
  /** Sends the draft; resolves to the captured suggestion's title, or null if it failed. */
  readonly capture: (draft: CaptureDraft) => Promise<string | null>;
}) => {
  const m = useMessages(suggestionMessages);
  const sectorOptions = useSectorOptions();
  const { draft, update, clearForNext } = useCaptureDraft(initialActionFieldIds);
  const [errors, setErrors] = useState<LocalErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  // A second Enter while the first capture is on its way must not capture it twice.
  const busy = useRef(false);

  const focusField = (name: string) => {
    const field = formRef.current?.elements.namedItem(name);
    if (field instanceof HTMLElement) field.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const invalid: LocalErrors = {
      ...(isSector(draft.sector) ? {} : { sector: m.sectorMissing }),
      ...(draft.text.trim() ? {} : { text: m.textMissing }),
    };
    setErrors(invalid);
    setAnnouncement('');
    if (invalid.sector || invalid.text) {
      focusField(invalid.sector ? SECTOR : TEXT);
      return;
    }
    busy.current = true;
    const title = await capture(draft);
    busy.current = false;
    if (title === null) return;
    clearForNext();
    setAnnouncement(m.captured(title));
    focusField(TEXT);
  };

  const submitByKeyboard = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!isSubmitKey(event)) return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  };

  return (
    <form
      ref={formRef}
      className="form quick-capture"
      noValidate
      onSubmit={submit}
      onKeyDown={submitByKeyboard}
    >
      <ErrorSummary errors={state.generalErrors} />
      <div className="quick-capture__context">
        <SelectField
          label={m.sector}
          name={SECTOR}
          required
          value={draft.sector}
          options={[{ value: '', label: m.chooseSector }, ...sectorOptions]}
          onChange={(sector) => update({ sector: isSector(sector) ? sector : '' })}
          hint={m.remembered}
          error={errors.sector ?? state.errorFor('sector')}
        />
        {actionFieldOptions.length > 0 ? (
          <CheckboxGroup
            legend={m.actionFields}
            options={actionFieldOptions}
            selected={draft.actionFieldIds}
            onChange={(actionFieldIds) => update({ actionFieldIds })}
            error={state.errorFor('actionFieldIds', m.actionFields)}
          />
        ) : null}
      </div>
      <TextArea
        label={m.text}
        name={TEXT}
        required
        rows={4}
        value={draft.text}
        onChange={(text) => update({ text })}
        hint={m.textKeys}
        error={errors.text ?? state.errorFor('text')}
      />
      <TextField
        label={m.titleOptional}
        name={TITLE}
        value={draft.title}
        onChange={(title) => update({ title })}
        hint={m.titleKeys}
        error={state.errorFor('title', m.titleOptional)}
        autoComplete="off"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {m.capture}
        </button>
        <p role="status" className="quick-capture__status">
          {announcement}
        </p>
      </div>
    </form>
  );
};
