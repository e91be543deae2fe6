import { DEFAULT_PROCESS_SLUG } from '@fahrplan/domain';
import { Link, Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { auditRoutes } from '../features/audit/routes.js';
import { changesRoutes } from '../features/changes/routes.js';
import { checkpointCheckRoutes } from '../features/checkpoint-check/routes.js';
import {
  consultationConfirmationRoutes,
  consultationsRoutes,
} from '../features/consultations/routes.js';
import { followsRoutes } from '../features/follows/routes.js';
import { guidelinesRoutes } from '../features/guidelines/routes.js';
import { itemsRoutes } from '../features/items/routes.js';
import { lagebildRoutes } from '../features/lagebild/routes.js';
import { measuresRoutes } from '../features/measures/routes.js';
import { meetingsRoutes } from '../features/meetings/routes.js';
import { openDataRoutes } from '../features/open-data/routes.js';
import { peopleRoutes } from '../features/people/routes.js';
import { StartPage } from '../features/processes/start-page.js';
import { projectIdeasRoutes } from '../features/project-ideas/routes.js';
import { recommendationsRoutes } from '../features/recommendations/routes.js';
import { roadmapRoutes } from '../features/roadmap/routes.js';
import { searchRoutes } from '../features/search/routes.js';
import { webhooksRoutes } from '../features/webhooks/routes.js';
import { I18nProvider, useMessages } from '../i18n/i18n.js';
import { InstallationProvider } from '../i18n/time-zone.js';
import { SessionProvider } from '../session/session.js';
import { SetupScreen } from '../session/setup.js';
import { SignInScreen } from '../session/sign-in.js';
import { Page } from '../ui/page.js';
import { Layout } from './layout.js';
import { appMessages } from './messages.js';
import { processBase } from './process.js';
import { ProcessScope } from './process-scope.js';

const ROUTES = [
  ...roadmapRoutes,
  ...recommendationsRoutes,
  ...meetingsRoutes,
  ...guidelinesRoutes,
  ...projectIdeasRoutes,
  ...measuresRoutes,
  ...lagebildRoutes,
  ...auditRoutes,
  ...changesRoutes,
  ...itemsRoutes,
  ...searchRoutes,
  ...consultationsRoutes,
];

/** Screens of the whole installation, outside any process: the log and the people are one for all. */
const INSTALLATION_ROUTES = [
  ...checkpointCheckRoutes,
  ...followsRoutes,
  ...openDataRoutes,
  ...peopleRoutes,
  ...webhooksRoutes,
  ...consultationConfirmationRoutes,
];

const NotFound = () => {
  const m = useMessages(appMessages);
  return (
    <Page title={m.notFoundTitle}>
      <p>{m.notFoundText}</p>
      <Link href="/">{m.backHome}</Link>
    </Page>
  );
};

/**
 * An address from before processes (`/recommendations/review`): the same screen in the default
 * process, which the installation's one process became, so bookmarks keep working.
 */
const ToDefaultProcess = () => {
  const [location] = useLocation();
  const search = useSearch();
  return (
    <Redirect
      to={`${processBase(DEFAULT_PROCESS_SLUG)}${location}${search ? `?${search}` : ''}`}
      replace
    />
  );
};

/** A process's screens, below `/p/<slug>`: their links and routes are relative to it. */
const ProcessScreens = () => (
  <ProcessScope>
    <Layout>
      <Switch>
        {ROUTES.map((route) => (
          <Route key={route.path} path={route.path} component={route.component} />
        ))}
        <Route component={NotFound} />
      </Switch>
    </Layout>
  </ProcessScope>
);

export const App = () => (
  <I18nProvider>
    <SessionProvider>
      <InstallationProvider>
        <Switch>
          <Route path="/p/:process" nest component={ProcessScreens} />
          <Route>
            <Layout>
              <Switch>
                <Route path="/" component={StartPage} />
                <Route path="/sign-in" component={SignInScreen} />
                <Route path="/einrichten" component={SetupScreen} />
                {INSTALLATION_ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                ))}
                <Route component={ToDefaultProcess} />
              </Switch>
            </Layout>
          </Route>
        </Switch>
      </InstallationProvider>
    </SessionProvider>
  </I18nProvider>
);
