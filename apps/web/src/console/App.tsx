import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { ComingSoon } from './shell/ComingSoon';
import { ConsoleLayout } from './shell/ConsoleLayout';
import { WorkbenchPage } from './pages/workbench/WorkbenchPage';

// heavy pages load when first opened (echarts only on 统计分析)
const StatsPage = lazy(() => import('./pages/stats/StatsPage'));
const RegisterPage = lazy(() => import('./pages/register/RegisterPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));
const PetitionListPage = lazy(() => import('./pages/cases').then((m) => ({ default: m.PetitionListPage })));
const PetitionDetailPage = lazy(() => import('./pages/cases').then((m) => ({ default: m.PetitionDetailPage })));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage'));
const OwnedCasesPage = lazy(() => import('./pages/owned/OwnedCasesPage'));
const DutyRosterPage = lazy(() => import('./pages/duty-roster/DutyRosterPage'));
const LongStandingPage = lazy(() => import('./pages/long-standing/LongStandingPage'));
const ZeroReportsPage = lazy(() => import('./pages/zero-reports/ZeroReportsPage'));
const ScreeningsPage = lazy(() => import('./pages/screenings/ScreeningsPage'));
const CaseRedirect = lazy(() => import('./pages/cases').then((m) => ({ default: m.CaseRedirect })));

const pageLoading = (
  <div className="page-loading" style={{ padding: 48, textAlign: 'center' }}>
    <Spin description="正在加载…" />
  </div>
);

/** Signed out → the sign-in page at any path; a password change due → that first; else the console. */
export function App() {
  const { state } = useAuth();
  const navigate = useNavigate();
  if (state.status === 'loading') {
    return (
      <div className="auth-page">
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (state.status === 'signed-out') return <LoginPage notice={state.reason} />;
  const { user } = state;
  if (user.mustChangePassword) return <ChangePasswordPage required />;
  return (
    <ConsoleLayout user={user}>
      <Routes>
        <Route path="/" element={<WorkbenchPage user={user} />} />
        <Route path="/register" element={<Suspense fallback={pageLoading}><RegisterPage user={user} /></Suspense>} />
        <Route path="/account/password" element={<ChangePasswordPage required={false} onDone={() => navigate('/')} />} />
        <Route path="/stats" element={<Suspense fallback={pageLoading}><StatsPage user={user} /></Suspense>} />
        <Route path="/reports/*" element={<Suspense fallback={pageLoading}><ReportsPage user={user} /></Suspense>} />
        <Route path="/exports" element={<Suspense fallback={pageLoading}><ReportsPage user={user} /></Suspense>} />
        <Route path="/settings/*" element={<Suspense fallback={pageLoading}><SettingsPage user={user} /></Suspense>} />
        <Route path="/petitions" element={<Suspense fallback={pageLoading}><PetitionListPage key="petitions" user={user} view="petitions" /></Suspense>} />
        <Route path="/petitions/:petitionId" element={<Suspense fallback={pageLoading}><PetitionDetailPage user={user} /></Suspense>} />
        <Route path="/cases" element={<Suspense fallback={pageLoading}><PetitionListPage key="cases" user={user} view="cases" /></Suspense>} />
        <Route path="/cases/:caseId" element={<Suspense fallback={pageLoading}><CaseRedirect /></Suspense>} />
        <Route path="/supervision" element={<Suspense fallback={pageLoading}><SupervisionPage user={user} /></Suspense>} />
        <Route path="/owned" element={<Suspense fallback={pageLoading}><OwnedCasesPage user={user} /></Suspense>} />
        <Route path="/duty-roster" element={<Suspense fallback={pageLoading}><DutyRosterPage user={user} /></Suspense>} />
        <Route path="/long-standing" element={<Suspense fallback={pageLoading}><LongStandingPage user={user} /></Suspense>} />
        <Route path="/zero-reports" element={<Suspense fallback={pageLoading}><ZeroReportsPage user={user} /></Suspense>} />
        <Route path="/screenings/*" element={<Suspense fallback={pageLoading}><ScreeningsPage user={user} /></Suspense>} />
        <Route path="*" element={<ComingSoon user={user} />} />
      </Routes>
    </ConsoleLayout>
  );
}
