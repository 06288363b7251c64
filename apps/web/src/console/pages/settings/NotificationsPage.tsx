import { EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Popconfirm, Select, Space, Spin, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/api';
import { chineseDateTime } from '../../../shared/format';
import { errorText, showFieldErrors } from './form-errors';
import { CHANNEL_LABELS, listRules, listTemplates, previewTemplate, RECIPIENTS, replaceRules, saveTemplate, type NotificationRule, type Preview, type Template } from './settings-api';

/** 通知规则与模板: who is told what through which channel, and the Chinese texts they get, with a preview on a sample event. */
export function NotificationsPage() {
  const [tab, setTab] = useState('rules');
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [previewing, setPreviewing] = useState<{ templateKey: string; eventSubject?: string } | null>(null);
  const reloadTemplates = useCallback(async () => setTemplates(await listTemplates()), []);
  useEffect(() => void reloadTemplates().catch(() => setTemplates([])), [reloadTemplates]);
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'rules', label: '通知规则', children: <RulesTab templates={templates ?? []} onPreview={(templateKey, eventSubject) => setPreviewing({ templateKey, eventSubject })} /> },
          { key: 'templates', label: '消息模板', children: <TemplatesTab templates={templates} reload={reloadTemplates} onPreview={(templateKey) => setPreviewing({ templateKey })} /> },
        ]}
      />
      {previewing && <PreviewModal {...previewing} onClose={() => setPreviewing(null)} />}
    </>
  );
}

interface RuleProblem {
  index: number;
  message: string;
}

function RulesTab({ templates, onPreview }: { templates: Template[]; onPreview(key: string, eventSubject: string): void }) {
  const { message } = App.useApp();
  const [rules, setRules] = useState<NotificationRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<RuleProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<{ index: number | null; rule: Partial<NotificationRule> } | null>(null);

  const load = useCallback(async () => {
    try {
      setRules(await listRules());
      setDirty(false);
      setProblems([]);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const change = (next: NotificationRule[]) => (setRules(next), setDirty(true));

  const save = async () => {
    if (!rules) return;
    setSaving(true);
    setError(null);
    setProblems([]);
    try {
      setRules(await replaceRules(rules));
      setDirty(false);
      message.success(`已保存 ${rules.length} 条通知规则`);
    } catch (err) {
      const found = err instanceof ApiError ? err.fieldErrors.map((e) => ({ index: Number(/^rules\[(\d+)\]/.exec(e.field)?.[1] ?? -1), message: e.message })) : [];
      setProblems(found.filter((p) => p.index >= 0));
      setError(found.length ? '有规则未通过检查，见下表标红的行。' : errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const subjects = useMemo(() => [...new Set((rules ?? []).map((r) => r.eventSubject))].sort(), [rules]);
  if (!rules) return error ? <Alert type="error" showIcon title="通知规则加载失败" description={error} /> : <Spin description="正在加载…" />;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        每条规则：某类事件发生时，通过哪种渠道、用哪个模板告知谁。信访人只能用短信告知；工作人员用站内信或邮件。保存后立即生效。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="settings-alert" />}
      <Table<NotificationRule>
        data-testid="table-rules"
        size="small"
        rowKey="id"
        dataSource={rules}
        pagination={{ pageSize: 15, size: 'small', showSizeChanger: false }}
        rowClassName={(_, i) => (problems.some((p) => p.index === i) ? 'settings-row-error' : '')}
        columns={[
          {
            title: '启用',
            dataIndex: 'enabled',
            width: 70,
            render: (on: boolean, r, i) => <Switch size="small" checked={on} aria-label={`启用规则 ${r.id}`} onChange={(v) => change(rules.map((x, j) => (j === i ? { ...x, enabled: v } : x)))} />,
          },
          {
            title: '说明',
            dataIndex: 'description',
            render: (d: string, r, i) => (
              <>
                <div>{d}</div>
                <Typography.Text type="secondary" className="settings-code">
                  {r.id} · {r.eventSubject}
                  {r.condition ? ` · ${r.condition.field} = ${String(r.condition.equals)}` : ''}
                </Typography.Text>
                {problems
                  .filter((p) => p.index === i)
                  .map((p, k) => (
                    <div key={k} className="settings-row-problem" role="alert">
                      {p.message}
                    </div>
                  ))}
              </>
            ),
          },
          { title: '告知', dataIndex: 'recipients', width: 110, render: (r: string) => RECIPIENTS[r] ?? r },
          { title: '渠道', dataIndex: 'channel', width: 80, render: (c: string) => <Tag>{CHANNEL_LABELS[c] ?? c}</Tag> },
          {
            title: '模板',
            dataIndex: 'templateKey',
            width: 200,
            render: (k: string, r) => (
              <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => onPreview(k, r.eventSubject)} aria-label={`预览模板 ${k}`}>
                {k}
              </Button>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_, r, i) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} aria-label={`修改规则 ${r.id}`} onClick={() => setEditing({ index: i, rule: r })}>
                  修改
                </Button>
                <Popconfirm title={`删除规则 ${r.id}？`} description="保存后生效。" okText="删除" cancelText="取消" onConfirm={() => change(rules.filter((_, j) => j !== i))}>
                  <Button type="link" size="small" danger aria-label={`删除规则 ${r.id}`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Space className="settings-actions">
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ index: null, rule: { enabled: true, recipients: 'handling-unit', channel: 'inbox' } })}>
          添加规则
        </Button>
        <Popconfirm title="保存通知规则？" description="保存后立即按新规则发送通知。" okText="保存" cancelText="取消" onConfirm={save} disabled={!dirty}>
          <Button type="primary" loading={saving} disabled={!dirty}>
            保存
          </Button>
        </Popconfirm>
        <Button onClick={() => void load()} disabled={!dirty || saving}>
          放弃修改
        </Button>
      </Space>
      {editing && (
        <RuleForm
          rule={editing.rule}
          subjects={subjects}
          templates={templates}
          takenIds={rules.filter((_, j) => j !== editing.index).map((r) => r.id)}
          onClose={() => setEditing(null)}
          onDone={(rule) => {
            change(editing.index === null ? [...rules, rule] : rules.map((r, j) => (j === editing.index ? rule : r)));
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}

function RuleForm({
  rule,
  subjects,
  templates,
  takenIds,
  onClose,
  onDone,
}: {
  rule: Partial<NotificationRule>;
  subjects: string[];
  templates: Template[];
  takenIds: string[];
  onClose(): void;
  onDone(rule: NotificationRule): void;
}) {
  const [form] = Form.useForm();
  const channel = Form.useWatch('channel', form) as string | undefined;
  const recipients = Form.useWatch('recipients', form) as string | undefined;
  const submit = async () => {
    const v = await form.validateFields();
    onDone({
      id: v.id.trim(),
      eventSubject: v.eventSubject.trim(),
      recipients: v.recipients,
      channel: v.channel,
      templateKey: v.templateKey,
      enabled: v.enabled ?? true,
      description: (v.description ?? '').trim(),
      condition: v.conditionField ? { field: v.conditionField.trim(), equals: v.conditionEquals === 'true' ? true : v.conditionEquals === 'false' ? false : (v.conditionEquals ?? '') } : null,
    });
  };
  return (
    <Modal open title={rule.id ? `修改规则 ${rule.id}` : '添加通知规则'} okText="确定" cancelText="取消" onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden width={560}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...rule, conditionField: rule.condition?.field, conditionEquals: rule.condition ? String(rule.condition.equals) : undefined }}
        onFinish={() => void submit()}
      >
        <Form.Item
          label="规则编号"
          name="id"
          extra="小写字母、数字和连字符"
          rules={[
            { required: true, message: '请填写规则编号' },
            { pattern: /^[a-z0-9-]{1,60}$/, message: '只能用小写字母、数字和连字符，最长 60 个字符' },
            { validator: (_, v) => (takenIds.includes(v) ? Promise.reject(new Error('规则编号重复')) : Promise.resolve()) },
          ]}
        >
          <Input disabled={!!rule.id} />
        </Form.Item>
        <Form.Item label="说明" name="description" rules={[{ max: 200, message: '最长 200 个字符' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="事件" name="eventSubject" rules={[{ required: true, message: '请选择事件' }, { pattern: /^[a-z]+\.[a-z-]+\.[a-z-]+\.v\d+$/, message: '必须是事件主题，例如 casework.case.accepted.v1' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={subjects.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Space size="middle" wrap>
          <Form.Item label="告知" name="recipients" rules={[{ required: true, message: '请选择告知对象' }]}>
            <Select style={{ width: 150 }} options={Object.entries(RECIPIENTS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            label="渠道"
            name="channel"
            rules={[
              { required: true, message: '请选择渠道' },
              { validator: (_, v) => ((recipients === 'petitioner') !== (v === 'sms') ? Promise.reject(new Error('信访人只能用短信告知；工作人员用站内信或邮件')) : Promise.resolve()) },
            ]}
            dependencies={['recipients']}
          >
            <Select style={{ width: 120 }} options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="启用" name="enabled" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item label="模板" name="templateKey" rules={[{ required: true, message: '请选择模板' }]} extra="只列出与所选渠道相符的模板">
          <Select showSearch={{ optionFilterProp: 'label' }} options={templates.filter((t) => !channel || t.channel === channel).map((t) => ({ value: t.key, label: `${t.key}（${t.subject ?? t.body.slice(0, 20)}）` }))} />
        </Form.Item>
        <Space size="middle" wrap>
          <Form.Item label="条件字段（选填）" name="conditionField">
            <Input style={{ width: 200 }} placeholder="如 clock" />
          </Form.Item>
          <Form.Item label="等于" name="conditionEquals">
            <Input style={{ width: 200 }} placeholder="如 supervision" />
          </Form.Item>
        </Space>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}

function TemplatesTab({ templates, reload, onPreview }: { templates: Template[] | null; reload(): Promise<void>; onPreview(key: string): void }) {
  const [editing, setEditing] = useState<Template | null>(null);
  if (!templates) return <Spin description="正在加载…" />;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        模板中可用 {'{{变量}}'}，以及 {'{{变量|date}}'}（日期）、{'{{变量|datetime}}'}（日期时间）、{'{{变量|label}}'}（中文名称）、{'{{变量|sentence}}'}（补足句末标点）。修改保存为新版本，已发出的通知记录所用的版本。
      </Typography.Paragraph>
      <Table<Template>
        data-testid="table-templates"
        size="small"
        rowKey="key"
        dataSource={templates}
        pagination={{ pageSize: 12, size: 'small', showSizeChanger: false }}
        columns={[
          { title: '模板', dataIndex: 'key', width: 220, render: (k: string) => <span className="settings-code">{k}</span> },
          { title: '渠道', dataIndex: 'channel', width: 80, render: (c: string) => <Tag>{CHANNEL_LABELS[c] ?? c}</Tag> },
          {
            title: '内容',
            key: 'text',
            render: (_, t) => (
              <>
                {t.subject && <div className="settings-template-subject">{t.subject}</div>}
                <Typography.Paragraph ellipsis={{ rows: 2 }} className="settings-template-body">
                  {t.body}
                </Typography.Paragraph>
              </>
            ),
          },
          { title: '版本', dataIndex: 'version', width: 60, align: 'right' },
          { title: '修改时间', dataIndex: 'createdAt', width: 170, render: (at: string) => chineseDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, t) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => onPreview(t.key)} aria-label={`预览模板 ${t.key}`}>
                  预览
                </Button>
                <Button type="link" size="small" onClick={() => setEditing(t)} aria-label={`修改模板 ${t.key}`}>
                  修改
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <TemplateForm
          template={editing}
          onClose={() => setEditing(null)}
          onSaved={async (preview) => {
            setEditing(null);
            await reload();
            if (preview) onPreview(editing.key);
          }}
        />
      )}
    </div>
  );
}

function TemplateForm({ template, onClose, onSaved }: { template: Template; onClose(): void; onSaved(preview: boolean): void }) {
  const [form] = Form.useForm<{ subject?: string; body: string }>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (preview: boolean) => {
    let v: { subject?: string; body: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveTemplate(template.key, template.channel === 'sms' ? { body: v.body } : { subject: v.subject, body: v.body });
      message.success(`已保存模板 ${template.key}（第 ${saved.version} 版）`);
      onSaved(preview);
    } catch (err) {
      setFailure(showFieldErrors(form, err, ['subject', 'body']) ? '请按提示修改后重新保存。' : errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`修改模板 ${template.key}`}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="preview" loading={saving} onClick={() => void submit(true)}>
          保存并预览
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void submit(false)}>
          保存
        </Button>,
      ]}
    >
      {failure && <Alert type="error" showIcon title={failure} className="settings-alert" />}
      <Form form={form} layout="vertical" initialValues={{ subject: template.subject ?? undefined, body: template.body }}>
        {template.channel !== 'sms' && (
          <Form.Item label="标题" name="subject" rules={[{ required: true, message: '邮件和站内信须有标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item label="正文" name="body" rules={[{ required: true, whitespace: true, message: '请填写正文' }]} extra={template.placeholders?.length ? `现用变量：${template.placeholders.join('、')}` : undefined}>
          <Input.TextArea rows={6} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PreviewModal({ templateKey, eventSubject, onClose }: { templateKey: string; eventSubject?: string; onClose(): void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    previewTemplate(templateKey, eventSubject).then(setPreview, (err) => setError(errorText(err)));
  }, [templateKey, eventSubject]);
  return (
    <Modal open title={`预览模板 ${templateKey}`} onCancel={onClose} onOk={onClose} okText="关闭" cancelButtonProps={{ style: { display: 'none' } }} width={600}>
      {error ? (
        <Alert type="error" showIcon title={error} />
      ) : !preview ? (
        <Spin description="正在生成预览…" />
      ) : (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="样例事件">{preview.eventSubject ?? '（无）'}</Descriptions.Item>
            <Descriptions.Item label="版本">第 {preview.version} 版</Descriptions.Item>
            {preview.subject && <Descriptions.Item label="标题">{preview.subject}</Descriptions.Item>}
            <Descriptions.Item label="正文">
              <div className="settings-preview-body" data-testid="template-preview">
                {preview.body}
              </div>
            </Descriptions.Item>
          </Descriptions>
          {preview.missing.length > 0 && <Alert type="warning" showIcon className="settings-alert-top" title={`样例中缺少这些变量：${preview.missing.join('、')}`} />}
        </>
      )}
    </Modal>
  );
}
