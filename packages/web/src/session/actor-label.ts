/**
 * A person or token with the role they act in, said once: "Projektteam (erster Start)" is not
 * followed by "(Projektteam)" again.
 */
export const withRole = (name: string, role: string | null | undefined): string =>
  !role || name.toLocaleLowerCase().includes(role.toLocaleLowerCase()) ? name : `${name} (${role})`;
