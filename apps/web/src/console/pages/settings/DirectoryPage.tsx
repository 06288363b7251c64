import { Alert, Card, Col, Row, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { loadCategories, loadDirectory, type Category, type Directory, type Township, type Unit } from '../../../shared/directory';
import { errorText } from './form-errors';

const UNIT_KINDS: Record<string, string> = { township: '乡镇政府', department: '县直部门', 'political-legal': '政法机关', discipline: '纪检监察机关' };

/**
 * The county directory (townships, villages, units) and the category catalogue as intake
 * publishes them. Intake has no API to edit them yet: they change with its seed data or a
 * migration, so this page shows them and says so.
 */
export function DirectoryPage() {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([loadDirectory(), loadCategories()]).then(
      ([d, c]) => (setDirectory(d), setCategories(c)),
      (err) => setError(errorText(err)),
    );
  }, []);
  const villages = directory?.townships.reduce((n, t) => n + t.villages.length, 0) ?? 0;
  return (
    <div>
      <Alert
        type="info"
        showIcon
        className="settings-alert"
        title="行政区划、承办单位和事项分类由登记服务（intake）维护，目前只能查看。"
        description="调整区划代码、新增承办单位或事项分类，须由系统运维更新登记服务的目录数据；转送、交办和统计都以这里的代码为准。"
      />
      {error && <Alert type="error" showIcon title="目录加载失败" description={error} className="settings-alert" />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h3 className="settings-card-title">乡镇与村（社区）{directory && `：${directory.townships.length} 个乡镇，${villages} 个村（社区）`}</h3>}>
            <Table<Township>
              size="small"
              rowKey="code"
              loading={!directory && !error}
              dataSource={directory?.townships ?? []}
              pagination={false}
              expandable={{
                expandedRowRender: (t) => (
                  <div className="settings-villages">
                    {t.villages.map((v) => (
                      <Tag key={v.code}>
                        {v.name}（{v.code}）
                      </Tag>
                    ))}
                  </div>
                ),
              }}
              columns={[
                { title: '乡镇', dataIndex: 'name' },
                { title: '区划代码', dataIndex: 'code' },
                { title: '村（社区）', key: 'villages', align: 'right', render: (_, t) => t.villages.length },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h3 className="settings-card-title">事项分类{categories && `：${categories.length} 类`}</h3>} className="settings-card-gap">
            <Table<Category>
              size="small"
              rowKey="code"
              loading={!categories && !error}
              dataSource={categories ?? []}
              pagination={false}
              columns={[
                { title: '分类', dataIndex: 'name' },
                { title: '代码', dataIndex: 'code' },
              ]}
            />
          </Card>
          <Card size="small" title={<h3 className="settings-card-title">承办单位{directory && `：${directory.units.length} 个`}</h3>}>
            <Table<Unit>
              size="small"
              rowKey="code"
              loading={!directory && !error}
              dataSource={directory?.units ?? []}
              pagination={{ pageSize: 12, size: 'small', showSizeChanger: false }}
              columns={[
                { title: '单位', dataIndex: 'name' },
                { title: '代码', dataIndex: 'code' },
                { title: '类别', dataIndex: 'kind', render: (k: string) => UNIT_KINDS[k] ?? k },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
