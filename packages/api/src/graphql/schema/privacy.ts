import { DomainError, isDomainError } from '@fahrplan/domain';
import type { Caller } from '../../auth/caller.js';
import { eraseSubject } from '../../privacy/erase.js';
import { builder } from '../builder.js';
import { toGraphQLError } from '../errors.js';

/** Erasure is no domain command, so the permission table does not cover it: admins only. */
export const ERASE_SUBJECT = 'eraseSubject';
export const mayErase = (caller: Caller): boolean => caller.role === 'admin';

interface ErasureOutcome {
  readonly subjectId: string;
  readonly erasedRecords: number;
}

builder.relayMutationField(
  ERASE_SUBJECT,
  {
    description: 'Which person to erase, and why.',
    inputFields: (t) => ({
      subjectId: t.string({
        required: true,
        description: 'The person’s subject id, as shown in participants and submitters.',
      }),
      reason: t.string({
        required: true,
        description: 'Why (Begründung), e.g. the request under GDPR Art. 17.',
      }),
    }),
  },
  {
    description:
      'Erase a person’s personal data (Löschung nach DSGVO): names and e-mail addresses become “erased” everywhere; the hash chain stays valid. Admins only.',
    resolve: async (_root, { input }, context): Promise<ErasureOutcome> => {
      try {
        if (!mayErase(context.caller)) {
          throw new DomainError(
            'FORBIDDEN',
            {
              de: 'Nur die Administration darf personenbezogene Daten löschen.',
              en: 'Only admins may erase personal data.',
            },
            { details: { role: context.caller.role } },
          );
        }
        const erasedRecords = await eraseSubject(context.database, context.store, {
          subjectId: input.subjectId,
          reason: input.reason,
          actor: context.caller.actor,
          role: context.caller.role,
          now: context.now(),
        });
        return { subjectId: input.subjectId, erasedRecords };
      } catch (error) {
        if (isDomainError(error)) throw toGraphQLError(error, context.locale);
        throw error;
      }
    },
  },
  {
    description: 'What was erased.',
    outputFields: (t) => ({
      subjectId: t.exposeString('subjectId', { description: 'The person erased.' }),
      erasedRecords: t.exposeInt('erasedRecords', {
        description: 'How many records of personal data were emptied (0 if already erased).',
      }),
    }),
  },
);
