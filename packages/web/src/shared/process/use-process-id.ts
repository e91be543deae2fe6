import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { ProcessChoicesQuery } from './queries.js';

/**
 * The global id of the process the address is in (what commands that place an item in a
 * process take), or null outside one or while unknown.
 */
export const useProcessId = (): string | null => {
  const slug = useProcessSlug();
  const [{ data }] = useQuery({ query: ProcessChoicesQuery, pause: slug === null });
  return data?.processes.edges.find(({ node }) => node.slug === slug)?.node.id ?? null;
};
