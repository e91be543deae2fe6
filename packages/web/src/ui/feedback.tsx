import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { type ApiError, apiErrorsOf } from '../graphql/errors.js';
import { useMessages } from '../i18n/i18n.js';
import { uiMessages } from './messages.js';

export const Loading = () => {
  const m = useMessages(uiMessages);
  return (
    <p className="loading" role="status">
      {m.loading}
    </p>
  );
};

export const Empty = ({ children }: { children?: ReactNode }) => {
  const m = useMessages(uiMessages);
  return <p className="empty">{children ?? m.empty}</p>;
};

/** Errors of a form no single field owns, announced to screen readers at once. */
export const ErrorSummary = ({ errors }: { errors: readonly ApiError[] }) => {
  const m = useMessages(uiMessages);
  if (errors.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{m.errorTitle}</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.code}:${error.field ?? ''}:${error.message}`}>{error.message}</li>
        ))}
      </ul>
    </div>
  );
};

/** A failed query: what went wrong and a way to try again. */
export const QueryError = ({ error, retry }: { error: CombinedError; retry?: () => void }) => {
  const m = useMessages(uiMessages);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{m.loadFailed}</p>
      <ul>
        {apiErrorsOf(error).map((item) => (
          <li key={`${item.code}:${item.message}`}>{item.message}</li>
        ))}
      </ul>
      {retry ? (
        <button type="button" className="button" onClick={retry}>
          {m.retry}
        </button>
      ) : null}
    </div>
  );
};

/** Someone else changed the item: offer the new state; the form keeps what was typed. */
export const ConflictNotice = ({ onReload }: { onReload: () => void }) => {
  const m = useMessages(uiMessages);
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__title">{m.conflictTitle}</p>
      <p>{m.conflictText}</p>
      <button type="button" className="button" onClick={onReload}>
        {m.conflictReload}
      </button>
    </div>
  );
};
