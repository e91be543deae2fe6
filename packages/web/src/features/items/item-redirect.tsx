import { Redirect, useParams } from 'wouter';
import { itemPath } from '../../app/paths.js';

/** The kind a global id names: ids are base64 of "Kind:uuid" (Relay's global object ids). */
export const kindOfGlobalId = (id: string): string | null => {
  try {
    const decoded = atob(id);
    const separator = decoded.indexOf(':');
    return separator > 0 ? decoded.slice(0, separator) : null;
  } catch {
    return null;
  }
};

/** `/items/:id` leads to the page of whatever the id names, so any global id is a link. */
export const ItemRedirect = () => {
  const { id = '' } = useParams<{ id: string }>();
  const kind = kindOfGlobalId(decodeURIComponent(id));
  return <Redirect to={kind ? itemPath(kind, decodeURIComponent(id)) : '/'} replace />;
};
