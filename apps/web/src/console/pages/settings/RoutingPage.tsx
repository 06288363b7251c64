import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Popconfirm, Select, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { loadCategories, type Category } from '../../../shared/directory';
import { useDirectory } from '../../shared-hooks';
import { errorText, showFieldErrors } from './form-errors';
import { listRoutingRules, OWN_TOWNSHIP, replaceRoutingRules, type RoutingRule } from './settings-api';

interface Row {
  categoryCode?: string;
  townshipCode: string;
  unitCode?: string;
}

/**
 * 分流规则: which unit casework proposes for a new case, by category and township (a township's
 * own rule before the county's). The table is replaced as a whole (PUT /casework/api/routing-rules);
 * the API's errors show at the row and cell they name.
 */
export function RoutingPage() {
  const directory = useDirectory();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ rules: Row[] }>();
  const [categories, setCategories] = useState<Category[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  const load = useCallback(async () => {
    try {
      const [rules, cats] = await Promise.all([listRoutingRules(), loadCategories()]);
      setCategories(cats);
      form.setFieldsValue({ rules: rules.map((r) => ({ categoryCode: r.categoryCode, townshipCode: r.townshipCode ?? '', unitCode: r.unitCode })) });
      setLoaded(true);
      setDirty(false);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  }, [form]);
  useEffect(() => void load(), [load]);

  const save = async () => {
    let values: { rules: Row[] };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const rules: RoutingRule[] = (values.rules ?? []).map((r) => ({ categoryCode: r.categoryCode!, townshipCode: r.townshipCode || null, unitCode: r.unitCode! }));
      const saved = await replaceRoutingRules(rules);
      form.setFieldsValue({ rules: saved.map((r) => ({ categoryCode: r.categoryCode, townshipCode: r.townshipCode ?? '', unitCode: r.unitCode })) });
      setDirty(false);
      message.success(`已保存 ${saved.length} 条分流规则`);
    } catch (err) {
      // `rules[3]` (a duplicate) shows at that row's category
      const shown = showFieldErrors(form, err, ['rules'], (f) => (/^rules\[\d+\]$/.test(f) ? `${f}.categoryCode` : f));
      setError(shown ? '有规则未通过检查，请按各行提示修改后重新保存。' : errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const categoryOptions = categories.map((c) => ({ value: c.code, label: c.name }));
  const townshipOptions = [{ value: '', label: '全县（各乡镇）' }, ...(directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))];
  const unitOptions = [{ value: OWN_TOWNSHIP, label: '案件所在乡镇人民政府' }, ...(directory?.units ?? []).filter((u) => u.kind !== 'township').map((u) => ({ value: u.code, label: u.name }))];

  return (
    <div>
      <Typography.Paragraph type="secondary">
        新登记的信访件按「事项分类 × 乡镇」建议承办单位：某乡镇有专门规则时用其规则，否则用全县规则；「案件所在乡镇人民政府」按属地管理交由信访件所在乡镇办理。县信访局转送、交办时仍可另选单位。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="settings-alert" />}
      {!loaded && !error ? (
        <Spin description="正在加载…" />
      ) : (
        <Form form={form} onValuesChange={() => setDirty(true)} onFinish={save} component="div">
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <>
                <Table
                  data-testid="table-routing"
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={fields}
                  columns={[
                    { title: '序号', key: 'n', width: 60, render: (_, f, i) => i + 1 },
                    {
                      title: '事项分类',
                      key: 'category',
                      render: (_, f, i) => (
                        <Form.Item name={[f.name, 'categoryCode']} rules={[{ required: true, message: '请选择事项分类' }]} className="settings-cell">
                          <Select aria-label={`第 ${i + 1} 条规则的事项分类`} options={categoryOptions} placeholder="请选择" />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '乡镇',
                      key: 'township',
                      render: (_, f, i) => (
                        <Form.Item name={[f.name, 'townshipCode']} className="settings-cell">
                          <Select aria-label={`第 ${i + 1} 条规则的乡镇`} options={townshipOptions} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '承办单位',
                      key: 'unit',
                      render: (_, f, i) => (
                        <Form.Item name={[f.name, 'unitCode']} rules={[{ required: true, message: '请选择承办单位' }]} className="settings-cell">
                          <Select aria-label={`第 ${i + 1} 条规则的承办单位`} options={unitOptions} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '操作',
                      key: 'remove',
                      width: 80,
                      render: (_, f, i) => (
                        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} 条规则`} onClick={() => (remove(f.name), setDirty(true))} />
                      ),
                    },
                  ]}
                />
                <Space className="settings-actions">
                  <Button icon={<PlusOutlined />} onClick={() => (add({ townshipCode: '' }), setDirty(true))}>
                    添加规则
                  </Button>
                  <Popconfirm title="保存分流规则？" description="将以此表替换现有规则，之后登记的信访件按新规则建议承办单位。" okText="保存" cancelText="取消" onConfirm={save} disabled={!dirty}>
                    <Button type="primary" loading={saving} disabled={!dirty}>
                      保存
                    </Button>
                  </Popconfirm>
                  <Button onClick={() => void load()} disabled={!dirty || saving}>
                    放弃修改
                  </Button>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </div>
  );
}
