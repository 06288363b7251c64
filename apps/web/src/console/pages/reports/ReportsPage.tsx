import { Tabs, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { StaffUser } from '../../auth/session';
import { AnnualReportTab } from './AnnualReportTab';
import { CaseExportTab } from './CaseExportTab';
import { VillageAssessmentTab } from './VillageAssessmentTab';
import './reports.css';

const TABS = [
  { key: 'annual', path: '/reports', label: '年度自查报告' },
  { key: 'villages', path: '/reports/villages', label: '村级考核得分' },
  { key: 'exports', path: '/exports', label: '案件导出' },
] as const;

/**
 * 报表: the annual self-inspection report (Art. 41) of a township or the county as Word and
 * Excel, the villages' assessment scores with the rule behind each deduction, and the case
 * list as CSV/XLSX — all from reporting, which holds no personal data.
 */
export default function ReportsPage({ user }: { user: StaffUser }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = pathname.startsWith('/exports') || pathname.startsWith('/reports/exports') ? 'exports' : pathname.startsWith('/reports/villages') ? 'villages' : 'annual';
  return (
    <div className="reports-page">
      <Typography.Title level={2}>报表</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(TABS.find((t) => t.key === key)!.path)}
        destroyOnHidden
        items={[
          { key: 'annual', label: TABS[0].label, children: <AnnualReportTab user={user} /> },
          { key: 'villages', label: TABS[1].label, children: <VillageAssessmentTab user={user} /> },
          { key: 'exports', label: TABS[2].label, children: <CaseExportTab user={user} /> },
        ]}
      />
    </div>
  );
}
