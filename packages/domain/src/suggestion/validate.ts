import {
  badInput,
  checkText,
  type DomainError,
  firstError,
  NAME_MAX,
  TITLE_MAX,
} from '../shared/index.js';
import type { Submitter } from './commands.js';

const ID_MAX = 200;
const EMAIL_MAX = 254;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Ids are made by the API; this only guards against an empty or absurd one. */
export const checkId = (field: string, id: string): DomainError | undefined =>
  checkText(field, id, { max: ID_MAX });

/** Each id once, none blank; whether they exist the API checks through `referencesOf`. */
export const checkIdList = (field: string, ids: readonly string[]): DomainError | undefined =>
  firstError(
    ...ids.map((id, index) =>
      ids.indexOf(id) === index
        ? checkId(`${field}.${index}`, id)
        : badInput(
            `${field}.${index}`,
            `„${id}“ ist doppelt angegeben.`,
            `"${id}" is given more than once.`,
          ),
    ),
  );

export const checkEmail = (field: string, email: string | undefined): DomainError | undefined => {
  // A blank field in a form means no address.
  if (email === undefined || email.trim() === '') return undefined;
  return email.length <= EMAIL_MAX && EMAIL.test(email)
    ? undefined
    : badInput(
        field,
        `„${email}“ ist keine gültige E-Mail-Adresse.`,
        `"${email}" is not a valid e-mail address.`,
      );
};

export const checkSubmitter = (submitter: Submitter | undefined): DomainError | undefined =>
  submitter === undefined
    ? undefined
    : firstError(
        checkId('submitter.subjectId', submitter.subjectId),
        checkText('submitter.name', submitter.name, { max: NAME_MAX }),
        checkEmail('submitter.email', submitter.email),
        checkText('submitter.organisation', submitter.organisation, {
          max: TITLE_MAX,
          required: false,
        }),
      );
