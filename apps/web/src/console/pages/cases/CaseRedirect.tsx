import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { caseDetail } from './case-api';

/** /cases/:caseId (the links in notifications): the case's petition page. */
export function CaseRedirect() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    caseDetail(caseId).then(
      (c) => navigate(`/petitions/${c.petitionId}`, { replace: true }),
      (err) => setError(err instanceof ApiError && err.status === 404 ? '没有这个案件，或它不在您的办理范围内。' : err instanceof ApiError && err.body.message ? err.body.message : '加载失败，请稍后重试。'),
    );
  }, [caseId, navigate]);
  if (error) return <Result status="warning" title="无法打开案件" subTitle={error} extra={<Button onClick={() => navigate('/cases')}>返回案件列表</Button>} />;
  return <Spin size="large" description="正在打开案件…" />;
}
