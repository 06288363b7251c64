import { CopyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { Directory } from '../../../shared/directory';
import { chineseDate } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { ROLE_LABELS } from '../../roles';
import { useDirectory } from '../../shared-hooks';
import { accountBody, changeAccount, createAccount, listAccounts, resetPassword, ROLE_SCOPE, type Account, type AccountChange, type NewAccount, type Role } from './settings-api';
import { errorText, showFieldErrors } from './form-errors';

const ROLES = Object.keys(ROLE_SCOPE) as Role[];

/** 账号管理: every staff account; create (the one-time password shown once), change role and scope, disable/enable, reset the password. */
export function AccountsPage({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const { message } = App.useApp();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<string>('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [oneTime, setOneTime] = useState<{ username: string; password: string; reason: 'created' | 'reset' } | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setAccounts(await listAccounts());
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (accounts ?? []).filter((a) => (!roleFilter || a.role === roleFilter) && (!q || a.username.includes(q) || a.displayName.toLowerCase().includes(q)));
  }, [accounts, search, roleFilter]);

  const setDisabled = async (a: Account, disabled: boolean) => {
    try {
      await changeAccount(a.username, { disabled });
      message.success(disabled ? `已停用 ${a.username}，其会话已结束` : `已启用 ${a.username}`);
      await reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const reset = async (a: Account) => {
    try {
      const r = await resetPassword(a.username);
      setOneTime({ username: r.username, password: r.oneTimePassword, reason: 'reset' });
      await reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <div>
      <Space className="settings-toolbar" wrap>
        <Input.Search aria-label="按用户名或姓名查找" placeholder="用户名或姓名" allowClear style={{ width: 220 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        <Select aria-label="按角色筛选" style={{ width: 180 }} value={roleFilter} onChange={setRoleFilter} options={[{ value: '', label: '全部角色' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]} />
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          刷新
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建账号
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title="账号列表加载失败" description={error} className="settings-alert" />}
      <Table<Account>
        data-testid="table-accounts"
        size="small"
        rowKey="username"
        loading={loading && !accounts}
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 个账号` }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 140 },
          { title: '姓名', dataIndex: 'displayName', minWidth: 160 },
          { title: '角色', dataIndex: 'role', width: 120, render: (r: string) => ROLE_LABELS[r] ?? r },
          { title: '范围', key: 'scope', width: 150, render: (_, a) => scopeLabel(a, directory) },
          { title: '手机号', dataIndex: 'mobile', width: 115, render: (m?: string) => m ?? '—' },
          {
            title: '状态',
            key: 'state',
            width: 100,
            render: (_, a) => (
              <Space size={4} wrap>
                {a.disabled ? <Tag>已停用</Tag> : <Tag className="tag-ok">正常</Tag>}
                {a.mustChangePassword && !a.disabled && <Tag className="tag-warn">待改密码</Tag>}
              </Space>
            ),
          },
          { title: '更新日期', dataIndex: 'updatedAt', width: 125, render: (t: string) => chineseDate(t) },
          {
            title: '操作',
            key: 'actions',
            width: 190,
            render: (_, a) => {
              const self = a.username === user.username;
              return (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setEditing(a)} aria-label={`修改 ${a.username}`}>
                    修改
                  </Button>
                  {a.disabled ? (
                    <Popconfirm title={`启用账号 ${a.username}？`} okText="启用" cancelText="取消" onConfirm={() => setDisabled(a, false)}>
                      <Button type="link" size="small" aria-label={`启用 ${a.username}`}>
                        启用
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Popconfirm title={`停用账号 ${a.username}？`} description="停用后立即结束其所有会话，无法登录。" okText="停用" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => setDisabled(a, true)} disabled={self}>
                      <Button type="link" size="small" danger disabled={self} aria-label={`停用 ${a.username}`} title={self ? '不能停用本人账号' : undefined}>
                        停用
                      </Button>
                    </Popconfirm>
                  )}
                  <Popconfirm title={`重置 ${a.username} 的密码？`} description="将生成一次性密码，对方下次登录时须修改；其会话立即结束，锁定同时解除。" okText="重置" cancelText="取消" onConfirm={() => reset(a)}>
                    <Button type="link" size="small" aria-label={`重置 ${a.username} 的密码`}>
                      重置密码
                    </Button>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]}
      />
      {creating && (
        <AccountForm
          directory={directory}
          onClose={() => setCreating(false)}
          onCreated={(username, password) => {
            setCreating(false);
            setOneTime({ username, password, reason: 'created' });
            void reload();
          }}
        />
      )}
      {editing && (
        <AccountForm
          directory={directory}
          account={editing}
          self={editing.username === user.username}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(`已保存 ${editing.username}`);
            setEditing(null);
            void reload();
          }}
        />
      )}
      {oneTime && <OneTimePassword {...oneTime} onClose={() => setOneTime(null)} />}
    </div>
  );
}

export function scopeLabel(a: Pick<Account, 'role' | 'townshipCode' | 'unitCode'>, directory: Directory | null): string {
  if (a.townshipCode) return directory?.townships.find((t) => t.code === a.townshipCode)?.name ?? a.townshipCode;
  if (a.unitCode) return directory?.units.find((u) => u.code === a.unitCode)?.name ?? a.unitCode;
  return '全县';
}

/** New account (username, name, role, scope, mobile) or a change of one; the API's field errors at their fields. */
function AccountForm({
  directory,
  account,
  self,
  onClose,
  onCreated,
  onSaved,
}: {
  directory: Directory | null;
  account?: Account;
  self?: boolean;
  onClose(): void;
  onCreated?(username: string, password: string): void;
  onSaved?(): void;
}) {
  const [form] = Form.useForm();
  const role = Form.useWatch('role', form) as Role | undefined;
  const scope = role ? ROLE_SCOPE[role] : undefined;
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    let values: NewAccount;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      if (!account) {
        const created = await createAccount(accountBody(values));
        onCreated?.(created.username, created.oneTimePassword);
      } else {
        const { username: _ignored, ...changed } = values;
        const body: AccountChange = accountBody(changed);
        // an optional township or a mobile emptied in the form is cleared on the account
        if (ROLE_SCOPE[values.role] === 'optional-township' && !values.townshipCode) body.townshipCode = null;
        if (!values.mobile && account.mobile) body.mobile = null;
        await changeAccount(account.username, body);
        onSaved?.();
      }
    } catch (err) {
      const shownFields = ['username', 'displayName', 'role', 'townshipCode', 'unitCode', 'mobile'].filter((n) => n !== 'username' || !account);
      if (err instanceof ApiError && err.rule === 'username-taken') {
        form.setFields([{ name: 'username', errors: [err.body.message ?? '用户名已被使用'] }]);
        setFailure(err.body.message ?? '用户名已被使用');
      } else if (showFieldErrors(form, err, shownFields)) setFailure('请按提示修改后重新提交。');
      else setFailure(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const townships = (directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }));
  const units = (directory?.units ?? []).map((u) => ({ value: u.code, label: u.name }));
  return (
    <Modal
      open
      title={account ? `修改账号 ${account.username}` : '新建账号'}
      okText={account ? '保存' : '创建'}
      cancelText="取消"
      onOk={submit}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      {failure && <Alert type="error" showIcon title={failure} className="settings-alert" />}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        initialValues={account ? { displayName: account.displayName, role: account.role, townshipCode: account.townshipCode, unitCode: account.unitCode, mobile: account.mobile } : { role: 'township-officer' }}
        onFinish={submit}
      >
        {!account && (
          <Form.Item label="用户名" name="username" extra="3～32 位小写字母、数字或 . _ -，以字母开头" rules={[{ required: true, message: '请填写用户名' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" extra="如：清水镇信访专干 李娟" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select disabled={self} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        {(scope === 'township' || scope === 'optional-township') && (
          <Form.Item
            label="所属乡镇"
            name="townshipCode"
            extra={scope === 'optional-township' ? '县领导不选乡镇' : undefined}
            rules={scope === 'township' ? [{ required: true, message: '请选择所属乡镇' }] : []}
          >
            <Select allowClear={scope === 'optional-township'} options={townships} placeholder={scope === 'optional-township' ? '全县' : '请选择'} />
          </Form.Item>
        )}
        {scope === 'unit' && (
          <Form.Item label="所属单位" name="unitCode" rules={[{ required: true, message: '请选择所属单位' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={units} placeholder="请选择" />
          </Form.Item>
        )}
        <Form.Item label="手机号" name="mobile" extra="选填，用于接收工作短信">
          <Input inputMode="numeric" maxLength={11} autoComplete="off" />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}

/** The one-time password, shown this once: the gateway keeps only its hash. */
function OneTimePassword({ username, password, reason, onClose }: { username: string; password: string; reason: 'created' | 'reset'; onClose(): void }) {
  const { message } = App.useApp();
  return (
    <Modal open title={reason === 'created' ? `账号 ${username} 已创建` : `已重置 ${username} 的密码`} onOk={onClose} onCancel={onClose} okText="我已记下" cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false}>
      <Typography.Paragraph>一次性密码（只显示这一次，关闭后无法再查看）：</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={password} aria-label="一次性密码" data-testid="one-time-password" className="settings-otp" />
        <Button
          icon={<CopyOutlined />}
          onClick={() =>
            navigator.clipboard?.writeText(password).then(
              () => message.success('已复制'),
              () => message.warning('无法复制，请手工抄写'),
            )
          }
        >
          复制
        </Button>
      </Space.Compact>
      <Typography.Paragraph type="secondary" className="settings-otp-note">
        请当面或通过安全渠道告知本人。对方首次登录时须修改为自己的密码（至少 8 位，含三类字符，不含用户名）。
      </Typography.Paragraph>
    </Modal>
  );
}
