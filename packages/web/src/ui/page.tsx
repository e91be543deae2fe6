import { type ReactNode, useEffect } from 'react';

/** One screen: its heading is the document title too, so screen readers announce the page. */
export const Page = ({
  title,
  actions,
  children,
  subtitle,
}: {
  readonly title: string;
  readonly subtitle?: ReactNode;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) => {
  useEffect(() => {
    document.title = `${title} · Fahrplan`;
  }, [title]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          {subtitle ? <p className="page-head__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-head__actions no-print">{actions}</div> : null}
      </div>
      {children}
    </>
  );
};

/** A titled part of a page. */
export const Section = ({
  title,
  children,
  actions,
  id,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
  readonly id?: string;
}) => (
  <section className="section" aria-labelledby={id ? `${id}-title` : undefined}>
    <div className="section__head">
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {actions ? <div className="no-print">{actions}</div> : null}
    </div>
    {children}
  </section>
);
