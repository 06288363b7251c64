import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { percent, BLANK_SECTION_HINT } from './domain/report-text.js';
import type { AnnualReport } from './annual-report.service.js';

const BODY_FONT = { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
const TITLE_FONT = { ascii: 'SimSun', eastAsia: '方正小标宋简体', hAnsi: 'SimSun' };
const SIZE = 32; // 三号 (16 pt), in half-points

const text = (t: string, font = BODY_FONT, bold = false, size = SIZE) => new TextRun({ text: t, font, bold, size });
const body = (t: string) => new Paragraph({ children: [text(t)], indent: { firstLine: 640 }, spacing: { line: 560 } });

const cell = (t: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(t, BODY_FONT, bold, 24)] })],
    borders: { top: border, bottom: border, left: border, right: border },
  });
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(caption: string, head: string[], rows: string[][]): Array<Paragraph | Table> {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200 }, children: [text(caption, HEADING_FONT, false, 24)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
    }),
  ];
}

const counts = (r: { name: string; received: number; closed: number; closureRate: number | null }) => [r.name, String(r.received), String(r.closed), percent(r.closureRate)];

/**
 * The report as a Word document shaped like a township's: the title, 一、基本情况 with the
 * statistics paragraph and tables by channel, category and month, then 二、三、四 as headed blanks
 * for the officer to write, and the signature line.
 */
export async function annualReportDocx(report: AnnualReport): Promise<Buffer> {
  const [basic, ...blanks] = report.sections;
  const head = ['', '收到（件）', '办结（件）', '办结率'];
  const doc = new Document({
    creator: report.placeName,
    title: report.title,
    description: `${report.placeName}${report.year}年信访工作自查报告`,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [text(report.title, TITLE_FONT, true, 44)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(basic!.heading, HEADING_FONT)] }),
          body(basic!.text ?? ''),
          ...table('表1 信访案件渠道分布', ['渠道', ...head.slice(1)], report.byChannel.map(counts)),
          ...table('表2 信访事项类别分布', ['事项类别', ...head.slice(1)], report.byCategory.map(counts)),
          ...table('表3 信访案件月份分布', ['月份', ...head.slice(1)], report.byMonth.map(counts)),
          ...(report.complainedUnits.length
            ? table(
                '表4 反映较多的单位',
                ['单位', '信访件（件）', '办结（件）', '检举控告（件）'],
                report.complainedUnits.map((u) => [u.unitName, String(u.petitions), String(u.closed), String(u.accusations)]),
              )
            : []),
          ...blanks.flatMap((s) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 300 }, children: [text(s.heading, HEADING_FONT)] }),
            body(BLANK_SECTION_HINT),
            body(''),
          ]),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [text(report.placeName)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(`${report.year}年  月  日`)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
