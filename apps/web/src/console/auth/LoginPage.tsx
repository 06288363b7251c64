import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { platformTitle, useDirectory } from '../shared-hooks';
import { useAuth } from './AuthProvider';
import { signIn } from './session';
import { signInMessage } from './sign-in-messages';

interface Values {
  username: string;
  password: string;
}

/** Staff sign-in: the gateway answers with an httpOnly session cookie; the page never sees a token. */
export function LoginPage({ notice }: { notice?: string }) {
  const { signedIn } = useAuth();
  const directory = useDirectory();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      signedIn(await signIn(username.trim(), password));
    } catch (err) {
      setError(signInMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="auth-page">
      <main className="auth-main">
        <Typography.Title level={1} className="auth-title">
          {platformTitle(directory)}
        </Typography.Title>
        <Card className="auth-card" title="工作人员登录">
          {notice && !error ? <Alert className="auth-alert" type="info" showIcon title={notice} /> : null}
          {error ? <Alert className="auth-alert" type="error" showIcon title={error} role="alert" /> : null}
          <Form<Values> layout="vertical" requiredMark={false} onFinish={submit} disabled={busy} size="large">
            <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              登录
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" className="auth-foot">
            仅限授权工作人员使用，登录与操作均记入审计日志。连续 5 次密码错误将锁定账号 15 分钟。
          </Typography.Paragraph>
        </Card>
        <Typography.Paragraph className="auth-public">
          群众反映问题请前往 <a href="/public/">网上信访</a>
        </Typography.Paragraph>
      </main>
    </div>
  );
}
