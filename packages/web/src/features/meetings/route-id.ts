import { useParams } from 'wouter';

/** The global id in the path; Relay ids are base64, so `=` and `/` arrive percent-encoded. */
export const useRouteId = (): string => {
  const { id = '' } = useParams<{ id: string }>();
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
};
