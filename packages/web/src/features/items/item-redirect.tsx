import { Redirect, useParams } from 'wouter';
import { itemPath, kindOfGlobalId } from '../../app/paths.js';

/** `/items/:id` leads to the page of whatever the id names, so any global id is a link. */
export const ItemRedirect = () => {
  const { id = '' } = useParams<{ id: string }>();
  const kind = kindOfGlobalId(decodeURIComponent(id));
  return <Redirect to={kind ? itemPath(kind, decodeURIComponent(id)) : '/'} replace />;
};
