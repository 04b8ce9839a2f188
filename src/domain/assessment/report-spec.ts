/**
 * The 五心自评 result as a one-page PDF report: the plain rows of
 * assessmentReportData() laid out with the PDF feature's renderReport spec.
 */
import type { ReportSpec } from '../documents/report';
import type { AssessmentReportData } from './report';

const score = (n: number | null) => (n === null ? '—' : String(n));

export function assessmentReportSpec(data: AssessmentReportData, completedOn: string): ReportSpec {
  const focus = (title: string, list: AssessmentReportData['strongest']) =>
    list.map((f) => ({ heading: `${title}：${f.heart}（${score(f.score)} 分）`, paragraphs: f.advice }));
  return {
    title: data.title,
    subtitle: `完成日期：${completedOn}　综合得分：${score(data.overall)} / 100（${data.overallChange}）`,
    filename: '五心自评',
    sections: [
      {
        heading: '各“心”得分',
        table: {
          columns: ['五心', '本次得分', '上次得分', '变化'],
          rows: data.rows.map((r) => [r.heart, score(r.score), score(r.previous), r.change]),
        },
      },
      ...(data.allEqual ? [{ paragraphs: ['五颗“心”得分相同，没有明显的强项或弱项。'] }] : []),
      ...focus('最强', data.strongest),
      ...focus('最需加强', data.weakest),
    ],
  };
}
