import { badInput, type DomainError } from './errors.js';
import { checkId } from './ids.js';
import type { PersonalData } from './types.js';
import { checkText, firstError, NAME_MAX, TITLE_MAX, textOrNothing } from './validation.js';

export const EMAIL_MAX = 254;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** An optional e-mail address; a blank field in a form means no address. */
export const checkEmail = (field: string, email: string | undefined): DomainError | undefined => {
  if (email === undefined || email.trim() === '') return undefined;
  return email.length <= EMAIL_MAX && EMAIL.test(email)
    ? undefined
    : badInput(
        field,
        `„${email}“ ist keine gültige E-Mail-Adresse.`,
        `"${email}" is not a valid e-mail address.`,
      );
};

/** A person as a command gives them: a subject id, a name, optionally e-mail and organisation. */
export interface PersonInput {
  readonly subjectId: string;
  readonly name: string;
  readonly email?: string;
  readonly organisation?: string;
}

/** The person's fields, each under `prefix` (`''` or e.g. `submitter.`). */
export const checkPerson = (prefix: string, person: PersonInput): DomainError | undefined =>
  firstError(
    checkId(`${prefix}subjectId`, person.subjectId),
    checkText(`${prefix}name`, person.name, { max: NAME_MAX }),
    checkEmail(`${prefix}email`, person.email),
    checkText(`${prefix}organisation`, person.organisation, { max: TITLE_MAX, required: false }),
  );

/** The erasable details that travel beside the event; blank optional fields are left out. */
export const personalDataOf = (person: PersonInput): PersonalData => {
  const email = textOrNothing(person.email);
  const organisation = textOrNothing(person.organisation);
  return {
    subjectId: person.subjectId,
    name: person.name,
    ...(email === undefined ? {} : { email }),
    ...(organisation === undefined ? {} : { organisation }),
  };
};
