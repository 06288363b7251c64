import { Card, Col, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { StaffUser } from '../auth/session';
import { areasOf, ROLE_LABELS } from '../roles';
import { AREA_ICONS } from './icons';

/** The start page: a greeting and what this role can do on the platform, each a way in. */
export function StartPage({ user }: { user: StaffUser }) {
  const navigate = useNavigate();
  const areas = areasOf(user.role).filter((a) => a.path !== '/');
  return (
    <>
      <Typography.Title level={2}>您好，{user.displayName}</Typography.Title>
      <Typography.Paragraph type="secondary">
        您以「{ROLE_LABELS[user.role] ?? user.role}」身份登录。您可以：
      </Typography.Paragraph>
      <Row gutter={[16, 16]} role="list" aria-label="可办理的工作">
        {areas.map((a) => (
          <Col key={a.label} xs={24} sm={12} xl={8} role="listitem">
            <Card hoverable className="area-card" onClick={() => navigate(a.path)} onKeyDown={(e) => e.key === 'Enter' && navigate(a.path)} tabIndex={0}>
              <Card.Meta avatar={<span className="area-icon">{AREA_ICONS[a.icon]}</span>} title={a.label} description={a.description} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
