import { Button, ConfigProvider, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** Analysts and village liaisons see no petitions and no personal data (domain.md): they are told so, and nothing is fetched. */
export const CASE_ROLES = new Set(['county-admin', 'township-officer', 'leader', 'department-officer']);

export function NoCaseAccess() {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="无权查看信访件"
      subTitle="您的角色不能查看信访件及信访人信息。不含个人信息的统计数据请到“统计分析”查看。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}

/**
 * The case pages' buttons keep their words as written: antd spaces out two-character Chinese
 * labels (受 理), which screen readers then read letter by letter and tests cannot find by name.
 * Placeholders dark enough to read (AA contrast; antd's default is a pale grey).
 */
export function CasePageConfig({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider button={{ autoInsertSpace: false }} theme={{ token: { colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)' } }}>
      {children}
    </ConfigProvider>
  );
}
