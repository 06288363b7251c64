import { LogoutOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import type { StaffUser } from '../auth/session';
import { areasOf, ROLE_LABELS } from '../roles';
import { platformTitle, useDirectory } from '../shared-hooks';
import { AREA_ICONS } from './icons';
import { scopeName } from './scope';

/**
 * The console's frame: the platform's title, who is signed in (name, role, scope) with
 * password change and sign-out, and a menu of the areas this role works in. Issue 11 fills the
 * areas; each is a route under this layout.
 */
export function ConsoleLayout({ user, children }: { user: StaffUser; children: ReactNode }) {
  const { logout } = useAuth();
  const directory = useDirectory();
  const navigate = useNavigate();
  const location = useLocation();
  const [leaving, setLeaving] = useState(false);
  const areas = areasOf(user.role);
  // one menu entry per path (two areas may share a route, e.g. 转送交办 and 案件办理 are the case list)
  const items = areas.filter((a, i) => areas.findIndex((b) => b.path === a.path) === i).map((a) => ({ key: a.path, icon: AREA_ICONS[a.icon], label: a.label }));
  // the entry whose path is the longest prefix of the page's (/settings/accounts is 账号管理, not 系统设置)
  const matching = items.map((i) => i.key).filter((k) => (k === '/' ? location.pathname === '/' : location.pathname === k || location.pathname.startsWith(k.endsWith('/') ? k : `${k}/`)));
  const selected = matching.sort((a, b) => b.length - a.length).slice(0, 1);

  return (
    <Layout className="console">
      <Layout.Header className="console-header">
        <Typography.Title level={1} className="console-title">
          {platformTitle(directory)}
        </Typography.Title>
        <Space className="console-user" size="middle" wrap>
          <span className="console-user-name" data-testid="user-name">
            {user.displayName}
          </span>
          <Tag color="blue" className="console-role">
            {ROLE_LABELS[user.role] ?? user.role}
          </Tag>
          <span className="console-scope">{scopeName(user, directory)}</span>
          <Button type="text" className="console-header-button" icon={<KeyOutlined />} onClick={() => navigate('/account/password')}>
            修改密码
          </Button>
          <Button
            type="text"
            className="console-header-button"
            icon={<LogoutOutlined />}
            loading={leaving}
            onClick={async () => {
              setLeaving(true);
              await logout();
              navigate('/', { replace: true });
            }}
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} breakpoint="lg" collapsedWidth={0} theme="light" className="console-sider">
          <nav aria-label="功能菜单">
            <Menu mode="inline" selectedKeys={selected} items={items} onClick={({ key }) => navigate(key)} />
          </nav>
        </Layout.Sider>
        <Layout.Content className="console-content">
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
