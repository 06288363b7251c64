import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node';

type XSheet = Parameters<typeof writeXlsxFile>[0] extends infer S ? (S extends Sheet<infer F>[] ? Sheet<F> : never) : never;
import type { AnnualReport } from './annual-report.service.js';

const headRow = (...names: string[]): Row => names.map((value) => ({ value, fontWeight: 'bold' as const }));
const rate = (r: number | null) => (r === null ? null : { value: r, format: '0.0%' });

const countSheet = (sheet: string, first: string, rows: Array<{ name: string; received: number; closed: number; closureRate: number | null }>): XSheet => ({
  sheet,
  columns: [{ width: 24 }, { width: 12 }, { width: 12 }, { width: 12 }],
  data: [headRow(first, '收到（件）', '办结（件）', '办结率'), ...rows.map((r) => [{ value: r.name }, { value: r.received }, { value: r.closed }, rate(r.closureRate)])],
});

/** The report's figures as an Excel workbook: 概况, then one sheet per table. */
export async function annualReportXlsx(report: AnnualReport): Promise<Buffer> {
  const f = report.figures;
  const line = (name: string, value: number | null, isRate = false): Row => [{ value: name }, isRate ? rate(value) : value === null ? null : { value }];
  const summary: Row[] = [
    [{ value: report.title, fontWeight: 'bold' }],
    headRow('项目', '数值'),
    line('收到信访案件（件）', f.received),
    line('其中：来访', f.byChannel.visit),
    line('来信', f.byChannel.letter),
    line('网上信访', f.byChannel.online),
    line('来电', f.byChannel.phone),
    line('办结（件）', f.closed),
    line('办结率', f.closureRate, true),
    line('及时受理率', f.timelyAcceptanceRate, true),
    line('按期办结率', f.onTimeClosureRate, true),
    line('参评（件）', f.satisfaction.evaluated),
    line('参评率', f.evaluationRate, true),
    line('满意（件）', f.satisfaction.satisfied),
    line('基本满意（件）', f.satisfaction.basicallySatisfied),
    line('不满意（件）', f.satisfaction.unsatisfied),
    line('群众满意率（满意＋基本满意）', f.satisfactionRate, true),
    line('满意率（仅满意）', f.strictSatisfactionRate, true),
    line('重复访（件）', f.repeat),
    line('越级访（件）', f.skipLevel),
    line('集体访（件）', f.collective),
    line('领导包案（件）', f.leaderOwned.cases),
    line('包案化解（件）', f.leaderOwned.resolved),
    line('包案化解率', f.leaderOwned.resolutionRate, true),
    line('转送（件次）', f.routing.transfers),
    line('交办（件次）', f.routing.assignments),
    line('督办（件次）', f.routing.supervisions),
    line('超期案件（件）', f.overdueCases),
    line('调解（件）', f.mediation.casesMediated),
    line('调解成功（件）', f.mediation.casesResolvedByMediation),
    line('排查矛盾纠纷（件）', f.mediation.disputes?.screened ?? 0),
    line('化解矛盾纠纷（件）', f.mediation.disputes?.resolved ?? 0),
    line('其中易激化（件）', f.mediation.disputes?.easilyEscalating ?? 0),
    line('敏感时期漏报（天次）', report.zeroReports.missing),
  ];
  const sheets: XSheet[] = [
    { sheet: '概况', columns: [{ width: 32 }, { width: 14 }], data: summary },
    countSheet('渠道', '渠道', report.byChannel),
    countSheet('事项类别', '事项类别', report.byCategory),
    countSheet('月份', '月份', report.byMonth),
    countSheet('承办单位', '承办单位', report.byUnit),
    {
      sheet: '反映较多的单位',
      columns: [{ width: 28 }, { width: 12 }, { width: 12 }, { width: 14 }],
      data: [headRow('单位', '信访件（件）', '办结（件）', '检举控告（件）'), ...report.complainedUnits.map((u) => [{ value: u.unitName }, { value: u.petitions }, { value: u.closed }, { value: u.accusations }])],
    },
  ];
  return writeXlsxFile(sheets).toBuffer();
}
