import type { CommandState } from './use-command.js';

/** What a form's fields get: the draft, how to change it, and the state for their errors. */
export interface DraftFieldsProps<Draft> {
  readonly value: Draft;
  readonly onChange: (value: Draft) => void;
  readonly state: CommandState;
}

/** The draft's members that are any text (what a text field, text area or select edits). */
type TextKey<Draft> = {
  [Key in keyof Draft]-?: [Draft[Key]] extends [string]
    ? string extends Draft[Key]
      ? Key
      : never
    : never;
}[keyof Draft] &
  string;

/** The draft's members that are lists of ids or codes (what a checkbox group edits). */
type ListKey<Draft> = {
  [Key in keyof Draft]-?: Draft[Key] extends readonly string[] ? Key : never;
}[keyof Draft] &
  string;

/** The props of a `TextField`, `TextArea` or `SelectField` bound to one member of a draft. */
export interface BoundField {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

/** The props of a `CheckboxGroup` bound to one list member of a draft. */
export interface BoundChoices {
  readonly legend: string;
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
  readonly error: string | undefined;
}

/**
 * Binds a field to the draft member `key`: its value, typing changes that member, and the API's
 * error for the input `input` (by default the member's own name), named by the field's label.
 * `choices` does the same for a checkbox group and a list member.
 */
export interface DraftField<Draft> {
  (key: TextKey<Draft>, label: string, input?: string): BoundField;
  readonly choices: (key: ListKey<Draft>, legend: string, input?: string) => BoundChoices;
}

/**
 * The binder of a draft's fields, so that a field is its label and what sets it apart.
 *
 * @example
 * const field = draftFields({ value, onChange, state });
 * <TextField {...field('title', m.title)} required />
 */
export const draftFields = <Draft>({
  value,
  onChange,
  state,
}: Omit<DraftFieldsProps<Draft>, 'state'> & {
  /** Omitted where no command is sent (filters): no errors then. */
  readonly state?: CommandState;
}): DraftField<Draft> => {
  const field = (key: TextKey<Draft>, label: string, input: string = key): BoundField => ({
    label,
    // `TextKey` names only members that are text.
    value: value[key] as string,
    onChange: (next) => onChange({ ...value, [key]: next }),
    error: state?.errorFor(input, label),
  });
  const choices = (key: ListKey<Draft>, legend: string, input: string = key): BoundChoices => ({
    legend,
    // `ListKey` names only members that are lists of text.
    selected: value[key] as readonly string[],
    onChange: (next) => onChange({ ...value, [key]: next }),
    error: state?.errorFor(input, legend),
  });
  return Object.assign(field, { choices });
};
