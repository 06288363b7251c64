import { useState } from 'react';
import { emptyDraft, type PetitionDraft } from './form/petition-form';
import { Layout } from './Layout';
import { GuidePage } from './pages/GuidePage';
import { SubmitPage } from './pages/SubmitPage';
import { SubmittedPage } from './pages/SubmittedPage';
import { TrackPage } from './pages/TrackPage';
import { Link, useRouter } from './router';

const LAST_CODE = 'xinfang.lastTrackingCode';

/**
 * The citizens' pages. The draft and the chosen files live here, in memory only, so moving to
 * the guide and back keeps what was typed; nothing personal is written to the browser's storage.
 * The tracking code of this tab's last submission is kept in sessionStorage, so a reload of
 * the success page still shows it.
 */
export function App() {
  const { location, navigate } = useRouter();
  const [draft, setDraftState] = useState<PetitionDraft>(emptyDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [submitted, setSubmitted] = useState<{ code: string; files: File[] } | null>(null);
  const setDraft = (update: (d: PetitionDraft) => PetitionDraft) => setDraftState(update);

  const stateCode = (location.state as { trackingCode?: string } | null)?.trackingCode ?? null;

  switch (location.route) {
    case 'submit':
      return (
        <SubmitPage
          draft={draft}
          setDraft={setDraft}
          files={files}
          setFiles={setFiles}
          onSubmitted={(code) => {
            setSubmitted({ code, files });
            try {
              sessionStorage.setItem(LAST_CODE, code);
            } catch {
              // storage disabled: the page still shows the code
            }
            setDraftState(emptyDraft());
            setFiles([]);
            navigate('submitted', { trackingCode: code });
          }}
        />
      );
    case 'submitted': {
      let code = stateCode ?? submitted?.code ?? null;
      if (!code) {
        try {
          code = sessionStorage.getItem(LAST_CODE);
        } catch {
          code = null;
        }
      }
      return <SubmittedPage key={code ?? 'none'} trackingCode={code} files={submitted?.code === code ? submitted.files : []} onAnother={() => navigate('submit')} />;
    }
    case 'track':
      return <TrackPage initialCode={stateCode} />;
    case 'guide':
      return <GuidePage />;
    default:
      return (
        <Layout title="页面不存在">
          <h1 className="page-title">页面不存在</h1>
          <p>
            您要找的页面不存在。请返回<Link to="submit">网上信访</Link>或<Link to="track">查询办理进度</Link>。
          </p>
        </Layout>
      );
  }
}
