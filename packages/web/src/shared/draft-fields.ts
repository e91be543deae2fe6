import type { CommandState } from '../commands/use-command.js';

type KeysOf<Draft, Value> = {
  [K in keyof Draft]: Draft[K] extends Value ? K : never;
}[keyof Draft] &
  string;

/**
 * Binds a form's fields to its draft: each field's label, its value in the draft, how a change
 * replaces it there, and the API's error for the input of the same name. `text` is spread into a
 * `TextField` or `TextArea`, `choices` into a `CheckboxGroup`.
 */
export const draftFields = <Draft extends object>(
  value: Draft,
  onChange: (value: Draft) => void,
  state: CommandState,
) => {
  const read = <Value>(key: keyof Draft, is: (raw: unknown) => raw is Value, fallback: Value) => {
    const raw: unknown = value[key];
    return is(raw) ? raw : fallback;
  };
  return {
    text: (key: KeysOf<Draft, string>, label: string) => ({
      label,
      value: read(key, (raw): raw is string => typeof raw === 'string', ''),
      onChange: (next: string) => onChange({ ...value, [key]: next }),
      error: state.errorFor(key, label),
    }),
    choices: (key: KeysOf<Draft, readonly string[]>, legend: string) => ({
      legend,
      selected: read(key, (raw): raw is readonly string[] => Array.isArray(raw), []),
      onChange: (next: readonly string[]) => onChange({ ...value, [key]: next }),
      error: state.errorFor(key, legend),
    }),
  };
};
