import { ROLE_LABELS } from '@fahrplan/domain';
import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useHrefWithAsOf } from '../as-of/as-of.js';
import { AsOfControl, HistoricalBanner } from '../as-of/as-of-control.js';
import { ProcessSwitcher } from '../features/processes/process-switcher.js';
import { useReviewCount } from '../features/recommendations/review-count.js';
import { SearchField } from '../features/search/search-field.js';
import { isRole } from '../i18n/domain-keys.js';
import { type Locale, useLabel, useLocale, useMessages } from '../i18n/i18n.js';
import { withRole } from '../session/actor-label.js';
import { useSession, useViewer } from '../session/session.js';
import { appMessages } from './messages.js';
import { useProcessSlug } from './process.js';

const NavLink = ({
  path,
  except = '',
  children,
}: {
  path: string;
  /** A page below `path` with a menu entry of its own. */
  except?: string;
  children: ReactNode;
}) => {
  const [inside] = useRoute(path === '/' ? '/' : `${path}/*?`);
  const [elsewhere] = useRoute(except || '/__none__');
  const active = inside && !elsewhere;
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
  const { signedIn, signOut } = useSession();
  const viewer = useViewer();
  if (!signedIn) {
    return (
      <>
        <span className="session__role">{m.publicView}</span>
        <Link href="~/sign-in" className="button button--small">
          {m.signIn}
        </Link>
      </>
    );
  }
  const role = isRole(viewer.role) ? label(ROLE_LABELS[viewer.role]) : (viewer.role ?? '…');
  return (
    <>
      <span className="session__role" data-testid="session-role">
        {withRole(viewer.name ?? '…', role)}
      </span>
      {/* People are the installation's, not a process's: the link stands beside the session. */}
      {viewer.permissions.includes('grantRole') ? (
        <Link href="~/personen" className="button button--small">
          {m.people}
        </Link>
      ) : null}
      {viewer.permissions.includes('grantRole') ? (
        <Link href="~/webhooks" className="button button--small">
          {m.webhooks}
        </Link>
      ) : null}
      <button type="button" className="button button--small" onClick={() => void signOut()}>
        {m.signOut}
      </button>
      <button type="button" className="button button--small" onClick={() => void signOut(true)}>
        {m.signOutEverywhere}
      </button>
    </>
  );
};

/** The screens of the process the address is in, and the switch to another process. */
const ProcessNavigation = () => {
  const m = useMessages(appMessages);
  const viewer = useViewer();
  const seesEverything = !viewer.publicOnly;
  const reviewCount = useReviewCount(seesEverything);
  return (
    <nav aria-label={m.mainNavigation} className="nav">
      <NavLink path="/">{m.roadmap}</NavLink>
      <NavLink path="/recommendations" except="/recommendations/review">
        {m.recommendations}
      </NavLink>
      {seesEverything ? (
        <NavLink path="/recommendations/review">
          {m.review}
          {reviewCount === null ? null : (
            <span className="nav__count" data-testid="review-count">
              <span className="visually-hidden">: </span>
              {reviewCount}
            </span>
          )}
        </NavLink>
      ) : null}
      <NavLink path="/meetings">{m.meetings}</NavLink>
      <NavLink path="/guidelines">{m.guidelines}</NavLink>
      <NavLink path="/project-ideas">{m.projectIdeas}</NavLink>
      <NavLink path="/measures">{m.measures}</NavLink>
      <NavLink path="/lagebild">{m.lagebild}</NavLink>
      <NavLink path="/beteiligung">{m.consultation}</NavLink>
      {seesEverything ? <NavLink path="/changes">{m.changes}</NavLink> : null}
      {seesEverything ? <NavLink path="/audit">{m.audit}</NavLink> : null}
    </nav>
  );
};

/**
 * Header, the "Stand vom …" control on every view, and the page itself; within a process (and
 * unless `navigation` is off, for an address naming none) its navigation and the switcher.
 */
export const Layout = ({
  children,
  navigation = true,
}: {
  readonly children: ReactNode;
  readonly navigation?: boolean;
}) => {
  const m = useMessages(appMessages);
  const slug = useProcessSlug();
  const inProcess = slug !== null && navigation;
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="header">
        <div className="header__top">
          <Link href="~/" className="brand">
            <span className="brand__name">Fahrplan</span>
            <span className="brand__tagline">{m.brandTagline}</span>
          </Link>
          <SearchField />
          <div className="session">
            <SessionStatus />
            <LanguageSwitch />
          </div>
        </div>
        {inProcess ? <ProcessNavigation /> : null}
        <div className="toolbar no-print">
          {inProcess ? <ProcessSwitcher /> : null}
          <AsOfControl />
        </div>
      </header>
      <HistoricalBanner />
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="footer no-print">
        {/* Within a process its own consultations; elsewhere the default process's. */}
        <Link href={slug === null ? '~/beteiligung' : '/beteiligung'}>{m.consultation}</Link>
        <Link href="~/offene-daten">{m.openData}</Link>
      </footer>
    </>
  );
};
