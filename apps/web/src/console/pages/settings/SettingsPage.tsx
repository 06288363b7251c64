import { Alert, Button, Card, Col, Result, Row, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import type { StaffUser } from '../../auth/session';
import { beijingToday } from '../stats/period';
import { AccountsPage } from './AccountsPage';
import { AuditPage } from './AuditPage';
import { CalendarPage } from './CalendarPage';
import { DeadLettersPage } from './DeadLettersPage';
import { DirectoryPage } from './DirectoryPage';
import { NotificationsPage } from './NotificationsPage';
import { RoutingPage } from './RoutingPage';
import { loadCalendarYear } from './settings-api';
import './settings.css';

/** The sections of 系统设置, each at /settings/<path>. */
export const SETTINGS_SECTIONS = [
  { path: 'accounts', label: '账号管理', description: '创建账号、调整角色与范围、停用与启用、重置密码。' },
  { path: 'directory', label: '区划与分类', description: '乡镇、村（社区）、承办单位和事项分类（只读）。' },
  { path: 'routing', label: '分流规则', description: '按事项分类和乡镇建议承办单位。' },
  { path: 'calendar', label: '工作日历', description: '每年的法定节假日与调休上班日，计算各项期限。' },
  { path: 'notifications', label: '通知规则与模板', description: '谁在何时通过短信、邮件、站内信收到什么通知，及其模板和预览。' },
  { path: 'dead-letters', label: '死信处理', description: '各服务未能处理的事件、原因和重新处理。' },
  { path: 'audit', label: '登录审计', description: '登录、失败、锁定、退出与账号变更记录。' },
] as const;

/**
 * 系统设置 (the county admin's): accounts, the directory, routing, the calendar, notification
 * rules and templates, dead letters and the sign-in audit. Other roles do not see it; the
 * services refuse them anyway.
 */
export default function SettingsPage({ user }: { user: StaffUser }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (user.role !== 'county-admin') {
    return (
      <Result
        status="403"
        title="无权访问系统设置"
        subTitle="系统设置只对县信访局管理员开放。"
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            返回工作台
          </Button>
        }
      />
    );
  }
  const section = SETTINGS_SECTIONS.find((s) => pathname.startsWith(`/settings/${s.path}`));
  return (
    <div className="settings-page">
      <Typography.Title level={2}>{section ? section.label : '系统设置'}</Typography.Title>
      <Tabs
        className="settings-nav"
        activeKey={section?.path ?? 'home'}
        onChange={(key) => navigate(key === 'home' ? '/settings' : `/settings/${key}`)}
        items={[{ key: 'home', label: '总览' }, ...SETTINGS_SECTIONS.map((s) => ({ key: s.path, label: s.label }))]}
      />
      <Routes>
        <Route index element={<SettingsHome />} />
        <Route path="accounts" element={<AccountsPage user={user} />} />
        <Route path="directory" element={<DirectoryPage />} />
        <Route path="routing" element={<RoutingPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="dead-letters" element={<DeadLettersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<Result status="404" title="没有这项设置" />} />
      </Routes>
    </div>
  );
}

/** Every section, and what needs the admin's attention now (next year's calendar). */
function SettingsHome() {
  const navigate = useNavigate();
  const next = Number(beijingToday().slice(0, 4)) + 1;
  const [nextMissing, setNextMissing] = useState(false);
  useEffect(() => {
    loadCalendarYear(next).then((y) => setNextMissing(y.provisional), () => undefined);
  }, [next]);
  return (
    <>
      {nextMissing && (
        <Alert
          type="warning"
          showIcon
          className="settings-alert"
          title={`${next} 年的放假安排尚未录入`}
          description={`跨入 ${next} 年的期限目前只按周末计算。`}
          action={
            <Button size="small" onClick={() => navigate('/settings/calendar')}>
              去录入
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]} role="list" aria-label="设置项">
        {SETTINGS_SECTIONS.map((s) => (
          <Col key={s.path} xs={24} sm={12} xl={8} role="listitem">
            <Card hoverable size="small" className="settings-home-card" onClick={() => navigate(`/settings/${s.path}`)} onKeyDown={(e) => e.key === 'Enter' && navigate(`/settings/${s.path}`)} tabIndex={0}>
              <Card.Meta title={s.label} description={s.description} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
