import { useParams } from 'wouter';

/** The `:id` of an item page's address: a global id, which links encode (it may end in "="). */
export const useIdParam = (): string => {
  const { id = '' } = useParams<{ id: string }>();
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
};
