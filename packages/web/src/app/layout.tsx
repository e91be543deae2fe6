import { ROLE_LABELS } from '@fahrplan/domain';
import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useHrefWithAsOf } from '../as-of/as-of.js';
import { AsOfControl, HistoricalBanner } from '../as-of/as-of-control.js';
import { SearchField } from '../features/search/search-field.js';
import { isRole } from '../i18n/domain-keys.js';
import { type Locale, useLabel, useLocale, useMessages } from '../i18n/i18n.js';
import { useSession, useViewer } from '../session/session.js';
import { appMessages } from './messages.js';

const NavLink = ({ path, children }: { path: string; children: ReactNode }) => {
  const [active] = useRoute(path === '/' ? '/' : `${path}/*?`);
  const href = useHrefWithAsOf();
  return (
    <Link href={href(path)} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
};

const LanguageSwitch = () => {
  const m = useMessages(appMessages);
  const { locale, setLocale } = useLocale();
  const other: Locale = locale === 'de' ? 'en' : 'de';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={other}
      title={m.language}
      onClick={() => setLocale(other)}
    >
      {/* The spoken name starts with the visible text (WCAG 2.5.3). */}
      {other === 'de' ? 'DE' : 'EN'}
      <span className="visually-hidden">{other === 'de' ? ' – Deutsch' : ' – English'}</span>
    </button>
  );
};

const SessionStatus = () => {
  const m = useMessages(appMessages);
  const label = useLabel();
  const { token, signOut } = useSession();
  const viewer = useViewer();
  if (!token) {
    return (
      <>
        <span className="session__role">{m.publicView}</span>
        <Link href="/sign-in" className="button button--small">
          {m.signIn}
        </Link>
      </>
    );
  }
  const role = isRole(viewer.role) ? label(ROLE_LABELS[viewer.role]) : (viewer.role ?? '…');
  return (
    <>
      <span className="session__role" data-testid="session-role">
        {m.signedInAs(viewer.name ?? '…', role)}
      </span>
      <button type="button" className="button button--small" onClick={signOut}>
        {m.signOut}
      </button>
    </>
  );
};

/** Header, navigation, the "Stand vom …" control on every view, and the page itself. */
export const Layout = ({ children }: { children: ReactNode }) => {
  const m = useMessages(appMessages);
  const viewer = useViewer();
  const seesEverything = !viewer.publicOnly;
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="header">
        <div className="header__top">
          <Link href="/" className="brand">
            <span className="brand__name">Fahrplan</span>
            <span className="brand__tagline">{m.brandTagline}</span>
          </Link>
          <SearchField />
          <div className="session">
            <SessionStatus />
            <LanguageSwitch />
          </div>
        </div>
        <nav aria-label={m.mainNavigation} className="nav">
          <NavLink path="/">{m.roadmap}</NavLink>
          <NavLink path="/recommendations">{m.recommendations}</NavLink>
          <NavLink path="/meetings">{m.meetings}</NavLink>
          <NavLink path="/guidelines">{m.guidelines}</NavLink>
          <NavLink path="/project-ideas">{m.projectIdeas}</NavLink>
          <NavLink path="/measures">{m.measures}</NavLink>
          {seesEverything ? <NavLink path="/changes">{m.changes}</NavLink> : null}
          {seesEverything ? <NavLink path="/audit">{m.audit}</NavLink> : null}
        </nav>
        <div className="toolbar no-print">
          <AsOfControl />
        </div>
      </header>
      <HistoricalBanner />
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
    </>
  );
};
