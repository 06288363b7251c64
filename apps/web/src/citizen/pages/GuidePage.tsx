import { REGULATION_CLOCKS } from '../../shared/regulation';
import { Layout } from '../Layout';
import { Link } from '../router';

/** 信访须知: what can be raised here, what belongs elsewhere, and how long each step may take (《信访工作条例》). */
export function GuidePage() {
  return (
    <Layout title="信访须知">
      <h1 className="page-title">信访须知</h1>
      <p className="lead">请在提交前阅读。以下依据 2022 年 5 月 1 日起施行的《信访工作条例》。</p>

      <section className="section" aria-labelledby="g-can">
        <h2 className="section-title" id="g-can">
          可以在这里反映什么
        </h2>
        <ul className="plain-list">
          <li>对本县各级机关、单位及其工作人员的工作提出建议、意见或者批评；</li>
          <li>认为自己的合法权益受到侵害，例如征地补偿、拖欠工资、社会保障、住房、环境污染、农村事务等，要求有关单位处理；</li>
          <li>检举、控告违法违纪行为（转纪检监察机关办理，材料不会转给被检举的人员和单位）。</li>
        </ul>
      </section>

      <section className="section" aria-labelledby="g-elsewhere">
        <h2 className="section-title" id="g-elsewhere">
          哪些事项应通过法定途径解决
        </h2>
        <p>下列事项依法由其他机关处理，网上信访会告知您或转交有关机关，不作为普通信访事项办理（诉访分离）：</p>
        <table className="table">
          <caption className="visually-hidden">事项与处理机关</caption>
          <thead>
            <tr>
              <th scope="col">事项</th>
              <th scope="col">向谁提出</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>已经或者应当通过诉讼解决的纠纷，不服法院判决、裁定</td>
              <td>人民法院；对法院工作的监督请向人民检察院提出</td>
            </tr>
            <tr>
              <td>劳动争议、人事争议（如解除劳动合同、工伤认定后的赔偿争议）</td>
              <td>劳动人事争议仲裁委员会申请仲裁</td>
            </tr>
            <tr>
              <td>不服行政机关作出的具体决定（如处罚、征收决定），可以申请复议的</td>
              <td>依法申请行政复议或者提起行政诉讼</td>
            </tr>
            <tr>
              <td>党员、公职人员违纪违法问题</td>
              <td>纪检监察机关（也可在这里提交，由县纪委监委办理）</td>
            </tr>
            <tr>
              <td>正在发生的违法犯罪、紧急危险</td>
              <td>立即拨打 110；火灾 119；急救 120</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="section" aria-labelledby="g-clocks">
        <h2 className="section-title" id="g-clocks">
          办理时限
        </h2>
        <p>期限按自然日计算，最后一日为法定节假日的，顺延至节假日后的第一个工作日。每一步都可以在<Link to="track">查询页</Link>看到。</p>
        <ol className="clock-list">
          {REGULATION_CLOCKS.map((c) => (
            <li key={c.step}>
              <div className="clock-head">
                <span className="clock-step">{c.step}</span>
                <span className="clock-limit">{c.limit}</span>
              </div>
              <p>{c.detail}</p>
              <p className="clock-source">《信访工作条例》{c.article}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="g-duty">
        <h2 className="section-title" id="g-duty">
          信访人须知
        </h2>
        <ul className="plain-list">
          <li>如实反映情况，不得捏造、歪曲事实，不得诬告、陷害他人。</li>
          <li>同一事项请不要重复提交；事项正在办理期间向上级重复反映的，将并入原事项办理。</li>
          <li>多人反映同一事项的，可以联名提交；5 人以上为集体信访，应推选不超过 5 名代表（《信访工作条例》第二十条）。</li>
          <li>走访的，请到依法设立或者指定的信访接待场所，不要在机关办公场所周围聚集。</li>
          <li>网上提交免登录。提交后获得 15 位查询码，并以短信发送到您的手机；查询码是查询和评价的唯一凭证，请妥善保存。</li>
          <li>收到书面答复后可以评价一次：满意、基本满意或者不满意。</li>
        </ul>
      </section>

      <p className="actions">
        <Link to="submit" className="button button-primary button-block">
          我已阅读，开始填写
        </Link>
      </p>
    </Layout>
  );
}
