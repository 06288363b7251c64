import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useAuth } from './AuthProvider';
import { changePassword } from './session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export const PASSWORD_POLICY = '至少 8 位，含大写字母、小写字母、数字、符号中的三类；不能包含用户名；不能与最近 5 次使用过的密码相同。';

/**
 * Changing one's own password: required after the first sign-in or a reset (the gateway refuses
 * everything else until then), and available from the console's user menu. The policy's
 * verdict is the gateway's: its message is shown at the field it names.
 */
export function ChangePasswordPage({ required, onDone }: { required: boolean; onDone?: () => void }) {
  const { refresh, logout } = useAuth();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      setDone(true);
      await refresh();
      onDone?.();
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.length) {
        const known = new Set(['currentPassword', 'newPassword']);
        form.setFields(err.fieldErrors.filter((e) => known.has(e.field)).map((e) => ({ name: e.field as keyof Values, errors: [e.message] })));
        const other = err.fieldErrors.filter((e) => !known.has(e.field));
        if (other.length) setError(other.map((e) => e.message).join('；'));
      } else if (err instanceof ApiError && err.status === 401) {
        setError('登录已失效，请重新登录。');
      } else {
        setError(err instanceof ApiError && err.body.message ? err.body.message : '修改失败，请稍后再试。');
      }
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card className="auth-card" title="修改密码">
      {required ? <Alert className="auth-alert" type="warning" showIcon title="首次登录或密码已被重置，请先设置新密码。" /> : null}
      {done && !required ? <Alert className="auth-alert" type="success" showIcon title="密码已修改，其他设备上的登录已结束。" /> : null}
      {error ? <Alert className="auth-alert" type="error" showIcon title={error} role="alert" /> : null}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={busy} size="large">
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" extra={PASSWORD_POLICY} rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          确认修改
        </Button>
      </Form>
      {required ? (
        <Typography.Paragraph className="auth-foot">
          <Button type="link" onClick={() => void logout()}>
            退出登录
          </Button>
        </Typography.Paragraph>
      ) : null}
    </Card>
  );

  return required ? (
    <div className="auth-page">
      <main className="auth-main">{card}</main>
    </div>
  ) : (
    <div className="page-narrow">{card}</div>
  );
}
