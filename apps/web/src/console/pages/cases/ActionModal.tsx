import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { Directory } from '../../../shared/directory';
import { ACTIONS, actionLabel, RULE_FIELDS, type ActionField, type ActionName } from './actions';
import { actOnCase, type CaseView } from './case-api';

const UNIT_GROUPS: [kind: string, label: string][] = [
  ['township', '乡镇人民政府'],
  ['department', '县直部门'],
  ['political-legal', '政法（涉法涉诉）'],
  ['discipline', '纪检监察（检举控告）'],
];

interface Refusal {
  message: string;
  rule?: string;
  status: number;
}

/** The platform's answer as the clerk reads it: the rule in Chinese, never a bare status code. */
function refusalOf(err: unknown): Refusal {
  if (err instanceof ApiError) {
    if (err.status === 0) return { status: 0, message: err.timedOut ? '请求超时，请检查网络后重试。填写的内容已保留。' : '网络连接失败，请检查网络后重试。填写的内容已保留。' };
    if (err.status === 401) return { status: 401, message: '登录已失效，请重新登录后再提交。' };
    const prefix = err.status === 403 ? '无权办理：' : err.status === 409 ? '当前状态不允许：' : err.status === 404 ? '' : '';
    return { status: err.status, rule: err.rule, message: `${prefix}${err.body.message ?? '提交失败，请稍后再试。'}` };
  }
  return { status: -1, message: '提交失败，请稍后再试。' };
}

/** A date picked for a due date means the end of that day in Beijing. */
const endOfDay = (d: Dayjs) => `${d.format('YYYY-MM-DD')}T23:59:59+08:00`;

/** What Form.Item hands its control (value, onChange, id for the label, aria attributes): passed on to the real input. */
type Bound = Record<string, unknown>;

function FieldInput({ field, directory, accusedUnitCode, ...bound }: { field: ActionField; directory: Directory | null; accusedUnitCode?: string | null } & Bound) {
  switch (field.kind) {
    case 'unit':
      return (
        <Select
          {...bound}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择承办单位"
          options={UNIT_GROUPS.map(([kind, label]) => ({
            label,
            title: label,
            options: (directory?.units ?? []).filter((u) => u.kind === kind).map((u) => ({ value: u.code, label: u.name, disabled: u.code === accusedUnitCode })),
          })).filter((g) => g.options.length)}
        />
      );
    case 'textarea':
      return <Input.TextArea {...bound} rows={4} maxLength={field.name === 'text' ? 20000 : 2000} showCount placeholder={field.placeholder} />;
    case 'text':
      return <Input {...bound} maxLength={200} />;
    case 'date':
      return <DatePicker {...bound} style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} placeholder="选择日期" />;
    case 'days':
      return <InputNumber {...bound} style={{ width: '100%' }} precision={0} suffix="日" />;
    case 'select':
      return <Select {...bound} options={Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label }))} placeholder="请选择" />;
    case 'public':
      return <Switch {...bound} checkedChildren="公开" unCheckedChildren="内部" />;
  }
}

/**
 * One action on a case as a form in a modal: the fields the API takes, each with the API's
 * verdict shown at it, the refusal's rule above the form, what was typed kept when the request
 * fails, Enter to submit and Esc to close; irreversible ones asked once more.
 */
export function ActionModal({
  action,
  caseView,
  directory,
  accusedUnitCode,
  onClose,
  onDone,
}: {
  action: ActionName | null;
  caseView: CaseView;
  directory: Directory | null;
  accusedUnitCode?: string | null;
  onClose: () => void;
  onDone: (view: CaseView, label: string) => void;
}) {
  const { modal } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const spec = action ? ACTIONS[action] : null;
  const label = action ? actionLabel(action, caseView) : '';

  const initial = useMemo(() => {
    if (!action) return {};
    if (action === 'transfer' || action === 'assign') return { unitCode: caseView.proposedUnit?.code };
    if (action === 'reject') return { ground: 'not-competent' };
    if (action === 'note') return { public: false };
    if (action === 'extend') return { days: 30 };
    return {};
  }, [action, caseView.proposedUnit?.code]);

  useEffect(() => {
    if (action) {
      setRefusal(null);
      form.resetFields();
      form.setFieldsValue(initial);
    }
  }, [action, form, initial]);

  if (!spec) return null;

  const send = async (values: Record<string, unknown>) => {
    const body: Record<string, unknown> = {};
    for (const f of spec.fields) {
      const v = values[f.name];
      if (f.kind === 'date') body[f.name] = v ? endOfDay(v as Dayjs) : undefined;
      else if (f.kind === 'public') body[f.name] = Boolean(v);
      else if (typeof v === 'string') body[f.name] = v;
      else if (v !== undefined && v !== null) body[f.name] = v;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const view = await actOnCase(caseView.id, spec.endpoint, body);
      onDone(view, label);
    } catch (err) {
      const known = new Set(spec.fields.map((f) => f.name));
      if (err instanceof ApiError && err.fieldErrors.length) {
        form.setFields(err.fieldErrors.filter((e) => known.has(e.field)).map((e) => ({ name: e.field, errors: [e.message] })));
        const other = err.fieldErrors.filter((e) => !known.has(e.field));
        setRefusal(other.length ? { status: err.status, message: other.map((e) => e.message).join('；') } : null);
      } else if (err instanceof ApiError && err.rule && known.has(RULE_FIELDS[err.rule] ?? '') && err.status === 422) {
        form.setFields([{ name: RULE_FIELDS[err.rule]!, errors: [err.body.message ?? ''] }]);
      } else {
        setRefusal(refusalOf(err));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (values: Record<string, unknown>) => {
    // a form with fields is its own confirmation, except for what cannot be undone
    if (spec.confirm && spec.fields.length && spec.danger) {
      modal.confirm({ title: `确定${label}？`, content: spec.confirm, okText: `确定${label}`, cancelText: '返回修改', okButtonProps: { danger: true }, onOk: () => send(values) });
      return;
    }
    return send(values);
  };

  return (
    <Modal open={!!action} title={label} onCancel={busy ? undefined : onClose} footer={null} destroyOnHidden width={spec.fields.length ? 640 : 480} maskClosable={false}>
      {spec.intro ? <Typography.Paragraph type="secondary">{spec.intro}</Typography.Paragraph> : null}
      {!spec.fields.length && spec.confirm ? <Typography.Paragraph>{spec.confirm}</Typography.Paragraph> : null}
      {refusal ? (
        <Alert className="action-refusal" type="error" showIcon role="alert" title={refusal.message} data-rule={refusal.rule} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy} initialValues={initial} aria-label={`${label}表单`}>
        {spec.fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} extra={f.help} required={f.kind !== 'public'} valuePropName={f.kind === 'public' ? 'checked' : 'value'}>
            <FieldInput field={f} directory={directory} accusedUnitCode={accusedUnitCode} />
          </Form.Item>
        ))}
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose} disabled={busy}>
            取消
          </Button>
          <Button type="primary" danger={spec.danger} htmlType="submit" loading={busy} autoFocus={!spec.fields.length}>
            {spec.fields.length ? `提交${label}` : `确定${label}`}
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
