import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { ProcessNotFound } from '../features/processes/process-not-found.js';
import { ProcessChoicesQuery } from '../shared/process/queries.js';
import { Layout } from './layout.js';
import { useProcessSlug } from './process.js';

/**
 * The screens of the process the address names, or "Prozess nicht gefunden" for a slug no
 * process one may see has. The screens start at once; the check answers alongside.
 */
export const ProcessScope = ({ children }: { readonly children: ReactNode }) => {
  const slug = useProcessSlug() ?? '';
  const [{ data }] = useQuery({ query: ProcessChoicesQuery });
  const known = !data || data.processes.edges.some(({ node }) => node.slug === slug);
  if (known) return children;
  return (
    <Layout navigation={false}>
      <ProcessNotFound slug={slug} />
    </Layout>
  );
};
