import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiKeys from './apikeys';
import audit from './audit';
import { authProvider, CHANGE_PASSWORD_PATH } from './authProvider';
import batches from './batches';
import { lazyScreen } from './common/lazy';
import { Dashboard } from './dashboard/Home';
import { dataProvider } from './dataProvider';
import discrepancies from './discrepancies';
import forms from './forms';
import { i18nProvider } from './i18n/i18nProvider';
import keyings from './keyings';
import { ChangePasswordPage } from './layout/ChangePasswordPage';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import records from './records';
import { canKey, canManage, canRead } from './roles';
import tasks from './tasks';
import teams from './teams';
import { darkTheme, lightTheme } from './theme';
import users from './users';

// Loaded on first visit, like every resource's screens (see the resources' index.ts).
const ReviewScreen = lazyScreen(() => import('./review/ReviewScreen'), 'ReviewScreen');
const ReportsPage = lazyScreen(() => import('./reports/ReportsPage'), 'ReportsPage');
const KeyingScreen = lazyScreen(() => import('./keying/KeyingScreen'), 'KeyingScreen');

/**
 * Screens are registered per role (what the API lets the role read); the menu (layout/Menu)
 * shows each role its own subset. Creating batches, users and API keys is for administrators only.
 */
export const App = () => (
  <Admin
    title="dualkey"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    requireAuth
    disableTelemetry
  >
    {(permissions: unknown) => {
      const admin = permissions === 'ADMIN';
      return (
        <>
          {canRead(permissions, 'batches') && (
            // Consumers only need batch codes for the records filter: no screens for them.
            <Resource name="batches" {...(permissions === 'CONSUMER' ? { recordRepresentation: batches.recordRepresentation } : { ...batches, create: admin ? batches.create : undefined })} />
          )}
          {canRead(permissions, 'forms') && <Resource name="forms" {...forms} />}
          {canRead(permissions, 'keyings') && <Resource name="keyings" {...keyings} />}
          {canRead(permissions, 'discrepancies') && <Resource name="discrepancies" {...discrepancies} />}
          {canRead(permissions, 'correctionTasks') && <Resource name="correctionTasks" {...tasks} />}
          {canRead(permissions, 'verifiedRecords') && <Resource name="verifiedRecords" {...records} />}
          {admin && <Resource name="users" {...users} />}
          {admin && <Resource name="teams" {...teams} />}
          {admin && <Resource name="apiKeys" {...apiKeys} />}
          {admin && <Resource name="auditEvents" {...audit} />}
          <CustomRoutes noLayout>
            {/* Everyone's own password; the only screen while a one-time password is in use. */}
            <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          </CustomRoutes>
          <CustomRoutes>
            <Route path="/review" element={<ReviewScreen />} />
            {canKey(permissions) && <Route path="/key" element={<KeyingScreen />} />}
            {canManage(permissions) && <Route path="/reports" element={<ReportsPage />} />}
          </CustomRoutes>
        </>
      );
    }}
  </Admin>
);
