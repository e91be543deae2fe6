import { badInput, checkId, checkOneOf, type DomainError, firstError } from '../shared/index.js';
import { ORIGIN_KINDS, type Origin } from './commands.js';

export const sameOrigin = (a: Origin, b: Origin): boolean => a.kind === b.kind && a.id === b.id;

export const checkOrigin = (field: string, origin: Origin): DomainError | undefined =>
  firstError(
    checkOneOf(`${field}.kind`, origin.kind, ORIGIN_KINDS),
    checkId(`${field}.id`, origin.id),
  );

export const checkOrigins = (
  field: string,
  origins: readonly Origin[],
): DomainError | undefined => {
  for (const [index, origin] of origins.entries()) {
    const invalid =
      checkOrigin(`${field}.${index}`, origin) ??
      (origins.findIndex((other) => sameOrigin(other, origin)) === index
        ? undefined
        : badInput(
            `${field}.${index}`,
            `${origin.kind} „${origin.id}“ steht doppelt in „${field}“.`,
            `${origin.kind} "${origin.id}" appears twice in "${field}".`,
          ));
    if (invalid) return invalid;
  }
  return undefined;
};
