import { Link, Route, Switch } from 'wouter';
import { auditRoutes } from '../features/audit/routes.js';
import { changesRoutes } from '../features/changes/routes.js';
import { checkpointCheckRoutes } from '../features/checkpoint-check/routes.js';
import { guidelinesRoutes } from '../features/guidelines/routes.js';
import { itemsRoutes } from '../features/items/routes.js';
import { measuresRoutes } from '../features/measures/routes.js';
import { meetingsRoutes } from '../features/meetings/routes.js';
import { projectIdeasRoutes } from '../features/project-ideas/routes.js';
import { recommendationsRoutes } from '../features/recommendations/routes.js';
import { roadmapRoutes } from '../features/roadmap/routes.js';
import { searchRoutes } from '../features/search/routes.js';
import { I18nProvider, useMessages } from '../i18n/i18n.js';
import { InstallationProvider } from '../i18n/time-zone.js';
import { SessionProvider } from '../session/session.js';
import { SetupScreen } from '../session/setup.js';
import { SignInScreen } from '../session/sign-in.js';
import { Page } from '../ui/page.js';
import { Layout } from './layout.js';
import { appMessages } from './messages.js';

const ROUTES = [
  ...roadmapRoutes,
  ...recommendationsRoutes,
  ...meetingsRoutes,
  ...guidelinesRoutes,
  ...projectIdeasRoutes,
  ...measuresRoutes,
  ...auditRoutes,
  ...changesRoutes,
  ...itemsRoutes,
  ...searchRoutes,
  ...checkpointCheckRoutes,
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

export const App = () => (
  <I18nProvider>
    <SessionProvider>
      <InstallationProvider>
        <Layout>
          <Switch>
            {ROUTES.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route path="/sign-in" component={SignInScreen} />
            <Route path="/einrichten" component={SetupScreen} />
            <Route component={NotFound} />
          </Switch>
        </Layout>
      </InstallationProvider>
    </SessionProvider>
  </I18nProvider>
);
