import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { signIn, type StaffUser } from './session';
import { signInMessage } from './sign-in-messages';

/**
 * The session ended while a page was open (30 minutes idle, 12 hours, signed out elsewhere, the
 * password reset): the same person signs in again over the page, and the page — a half-filled
 * form, a filter — stays as it was. The request that failed says so where it was made; it can be
 * sent again once signed in.
 */
export function SessionExpiredDialog({ user, reason, onSignedIn, onLeave }: { user: StaffUser; reason: string; onSignedIn(user: StaffUser): void; onLeave(): void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const again = await signIn(user.username, password);
      onSignedIn(again);
    } catch (err) {
      setError(signInMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="登录已失效，请重新登录" closable={false} keyboard={false} maskClosable={false} footer={null} destroyOnHidden>
      <Typography.Paragraph>
        {reason || '您的登录已失效（长时间未操作、已在别处退出，或账号有变更）。'}您正在进行的页面已保留，重新登录后可继续操作（刚才未完成的请求请再提交一次）。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} className="auth-alert" />}
      <Form name="session" layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
        <Form.Item label="用户名" htmlFor="session_username">
          <Input id="session_username" value={user.username} readOnly autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
          <Button onClick={onLeave}>退出登录</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            重新登录
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
