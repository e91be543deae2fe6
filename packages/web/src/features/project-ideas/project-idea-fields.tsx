import type { DraftFieldsProps } from '../../commands/draft-fields.js';
import { draftFields } from '../../commands/draft-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { CheckboxGroup, type Option, TextArea, TextField } from '../../ui/fields.js';
import { projectIdeaMessages } from './messages.js';

/** What proposing and revising a project idea edit; dates as the date inputs hold them. */
export interface ProjectIdeaDraft {
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
  readonly plannedStart: string;
  readonly plannedEnd: string;
}

export const PROJECT_IDEA_FIELDS = [
  'title',
  'body',
  'actionFieldIds',
  'plannedStart',
  'plannedEnd',
];

export const ProjectIdeaFields = ({
  value,
  onChange,
  state,
  actionFieldOptions,
}: DraftFieldsProps<ProjectIdeaDraft> & { readonly actionFieldOptions: readonly Option[] }) => {
  const m = useMessages(projectIdeaMessages);
  const field = draftFields({ value, onChange, state });
  return (
    <>
      <TextField {...field('title', m.title)} required />
      <TextArea {...field('body', m.body)} required rows={6} />
      <CheckboxGroup
        {...field.choices('actionFieldIds', m.actionFields)}
        options={actionFieldOptions}
      />
      <div className="field-pair">
        <TextField {...field('plannedStart', m.plannedStart)} type="date" />
        <TextField {...field('plannedEnd', m.plannedEnd)} type="date" />
      </div>
    </>
  );
};
