import { builder, type Types } from '../../builder.js';
import type { PersonShape } from '../meeting/people.js';

/** A person's erasable details, after the id: what every person-like object type shows. */
export const personDetailFields = (
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, PersonShape>,
) => ({
  name: t.exposeString('name', {
    nullable: true,
    description: 'Name; null for callers without access to personal data, or once erased.',
  }),
  email: t.exposeString('email', {
    nullable: true,
    description: 'E-mail address; null if none, hidden or erased.',
  }),
  organisation: t.exposeString('organisation', {
    nullable: true,
    description: 'Organisation; null if none, hidden or erased.',
  }),
  erased: t.exposeBoolean('erased', {
    description: 'True once the person’s details were erased on request (GDPR).',
  }),
});

/** A person's erasable details as an object type: submitters, responsible persons. */
export const personObjectType = (name: string, description: string) =>
  builder.objectRef<PersonShape>(name).implement({
    description,
    fields: (t) => ({
      subjectId: t.exposeID('subjectId', { description: 'The person’s pseudonymous id.' }),
      ...personDetailFields(t),
    }),
  });

export const SuggestionSubmitterType = personObjectType(
  'SuggestionSubmitter',
  'Who made a suggestion (Einreicher*in). Name, e-mail and organisation are personal data: only the team, the ministry and admins see them.',
);

export const SubmitterInput = builder.inputType('SubmitterInput', {
  description:
    'Who made a suggestion; kept as erasable personal data beside the event, never in it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name, at most 200 characters.' }),
    email: t.string({ required: false, description: 'E-mail address.' }),
    organisation: t.string({ required: false, description: 'Organisation.' }),
  }),
});
