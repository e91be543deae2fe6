import type { CommandState } from '../../commands/use-command.js';
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
}: {
  readonly value: ProjectIdeaDraft;
  readonly onChange: (value: ProjectIdeaDraft) => void;
  readonly state: CommandState;
  readonly actionFieldOptions: readonly Option[];
}) => {
  const m = useMessages(projectIdeaMessages);
  const change = (patch: Partial<ProjectIdeaDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextField
        label={m.title}
        required
        value={value.title}
        onChange={(title) => change({ title })}
        error={state.errorFor('title', m.title)}
      />
      <TextArea
        label={m.body}
        required
        rows={6}
        value={value.body}
        onChange={(body) => change({ body })}
        error={state.errorFor('body', m.body)}
      />
      <CheckboxGroup
        legend={m.actionFields}
        options={actionFieldOptions}
        selected={value.actionFieldIds}
        onChange={(actionFieldIds) => change({ actionFieldIds })}
        error={state.errorFor('actionFieldIds', m.actionFields)}
      />
      <div className="field-pair">
        <TextField
          label={m.plannedStart}
          type="date"
          value={value.plannedStart}
          onChange={(plannedStart) => change({ plannedStart })}
          error={state.errorFor('plannedStart', m.plannedStart)}
        />
        <TextField
          label={m.plannedEnd}
          type="date"
          value={value.plannedEnd}
          onChange={(plannedEnd) => change({ plannedEnd })}
          error={state.errorFor('plannedEnd', m.plannedEnd)}
        />
      </div>
    </>
  );
};
