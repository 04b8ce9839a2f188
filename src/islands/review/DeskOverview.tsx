/**
 * 主管工作台: the counts and lists of what waits for a manager across every
 * imported file, the funnel 4.1 → 4.6, and the files per rep and stage.
 */
import { useMemo } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { ALL_STAGES, stageInfo } from '../../domain/development-file/stages';
import { deskOverview, type DeskOverview as Overview } from '../../domain/review/desk';
import { FunnelChart } from './FunnelChart';
import { reviewHref } from './review-link';

const nameOf = (file: DevelopmentFile) => file.customer.name.trim() || '未命名客户';

function FileLink({ file, detail }: { file: DevelopmentFile; detail?: string }) {
  return (
    <li>
      <a href={reviewHref(file.id)}>{nameOf(file)}</a>
      <span className="cell-meta">
        {file.owner.trim() || '业务员未填写'} · {stageInfo(file.stage).label}
        {detail ? ` · ${detail}` : ''}
      </span>
    </li>
  );
}

interface WorkList {
  id: string;
  title: string;
  /** In the counts line: “2 份终止申请待决定”. */
  short: string;
  clause: string;
  count: number;
  items: readonly { file: DevelopmentFile; key: string; detail?: string }[];
}

function workLists(o: Overview): WorkList[] {
  const plain = (files: readonly DevelopmentFile[]) => files.map((file) => ({ file, key: file.id }));
  return [
    { id: 'desk-team-reviews', title: '待登记团队评审', short: '份档案待团队评审', clause: '4.2.2', count: o.teamReviews.length, items: plain(o.teamReviews) },
    {
      id: 'desk-terminations',
      title: '待决定的终止申请',
      short: '份终止申请待决定',
      clause: '4.4.5',
      count: o.terminations.length,
      items: o.terminations.map((file) => ({ file, key: file.id, detail: file.execution.termination?.reason ?? '' })),
    },
    {
      id: 'desk-guidance',
      title: '待指导的进度报表',
      short: '份进度报表待指导',
      clause: '4.4.6',
      count: o.guidance.length,
      items: o.guidance.map(({ file, report }) => ({ file, key: `${file.id}:${report.id}`, detail: `报表 ${report.date}` })),
    },
    { id: 'desk-stalled', title: '停滞的档案', short: '份档案停滞', clause: '4.4', count: o.stalled.length, items: plain(o.stalled) },
    { id: 'desk-risks', title: '有风险记录的档案', short: '份档案有风险', clause: '4.4.5', count: o.risks.length, items: plain(o.risks) },
  ];
}

function stageCounts(byStage: Readonly<Partial<Record<string, number>>>): string {
  return ALL_STAGES.flatMap((s) => (byStage[s.id] ? [`${s.label} ${byStage[s.id]}`] : [])).join('、');
}

export function DeskOverview({ files, today, stalledAfterDays }: { files: readonly DevelopmentFile[]; today: string; stalledAfterDays: number }) {
  const o = useMemo(() => deskOverview(files, today, { stalledAfterDays }), [files, today, stalledAfterDays]);
  if (o.total === 0) return null;
  const lists = workLists(o);
  return (
    <section className="panel desk-overview" aria-labelledby="desk-title">
      <h2 id="desk-title">工作台总览</h2>
      <ul className="desk-counts">
        <li>
          <a href="#queue-title">
            <strong>{o.approvals.length}</strong> 份待审批申请
          </a>
        </li>
        {lists.map((list) => (
          <li key={list.id}>
            <a href={`#${list.id}`}>
              <strong>{list.count}</strong> {list.short}
            </a>
          </li>
        ))}
      </ul>

      <div className="desk-lists">
        {lists.map((list) => (
          <section key={list.id} aria-labelledby={list.id} className="desk-list">
            <h3 id={list.id} tabIndex={-1}>
              {list.title}（{list.count}）<span className="cell-meta"> {list.clause}</span>
            </h3>
            {list.items.length === 0 ? (
              <p className="status-line">没有。</p>
            ) : (
              <ul className="plain-list">
                {list.items.map((item) => (
                  <FileLink key={item.key} file={item.file} {...(item.detail ? { detail: item.detail } : {})} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>

      <h3>开发漏斗（4.1 → 4.6）</h3>
      <p className="field-hint">
        共 {o.total} 份档案，其中终止 {o.terminated} 份；终止的档案计入它终止前到达的阶段。
      </p>
      <FunnelChart funnel={o.funnel} total={o.total} />

      <h3>按业务员</h3>
      {/* On a phone each rep becomes a card (review.css), so nothing scrolls sideways. */}
      <div className="table-scroll review-table-wrap">
        <table className="data review-table desk-reps">
          <caption className="visually-hidden">各业务员的档案（{o.byRep.length} 人）</caption>
          <thead>
            <tr>
              <th scope="col">业务员</th>
              <th scope="col">档案</th>
              <th scope="col">所在阶段</th>
              <th scope="col">待主管处理</th>
              <th scope="col">停滞</th>
              <th scope="col">有风险</th>
            </tr>
          </thead>
          <tbody>
            {o.byRep.map((row) => (
              <tr key={row.owner}>
                <th scope="row">{row.owner || '（未填写）'}</th>
                <td data-label="档案">{row.total}</td>
                <td data-label="所在阶段">{stageCounts(row.byStage)}</td>
                <td data-label="待主管处理">{row.waiting}</td>
                <td data-label="停滞">{row.stalled}</td>
                <td data-label="有风险">{row.risks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
