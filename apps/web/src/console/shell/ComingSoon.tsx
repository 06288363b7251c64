import { Button, Result } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { StaffUser } from '../auth/session';
import { areasOf } from '../roles';

/** An area of the menu whose pages are not built yet (issue 11), or a path this role has no area at. */
export function ComingSoon({ user }: { user: StaffUser }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const area = areasOf(user.role).find((a) => a.path !== '/' && pathname.startsWith(a.path));
  return area ? (
    <Result status="info" title={area.label} subTitle={`${area.description}此功能正在建设中。`} extra={<Button onClick={() => navigate('/')}>返回工作台</Button>} />
  ) : (
    <Result status="404" title="页面不存在" subTitle="您访问的页面不存在，或您的角色没有这项功能。" extra={<Button type="primary" onClick={() => navigate('/')}>返回工作台</Button>} />
  );
}
