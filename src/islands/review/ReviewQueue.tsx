import { useMemo, useState } from 'react';
import { calendarDateIn } from '../../domain/exchange/dates';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS, RECOMMENDATION_LABELS } from '../../domain/development-file/labels';
import { APPROVER_ROLES, type DevelopmentFile } from '../../domain/development-file/schema';
import { stageInfo } from '../../domain/development-file/stages';
import {
  DEFAULT_REVIEW_QUERY,
  filterItems,
  OUTCOME_LABELS,
  pendingText,
  reviewLists,
  type ReviewItem,
  type ReviewQuery,
} from '../../domain/review/queue';
import { SelectField } from '../forms/fields';
import { reviewHref } from './review-link';

const OUTCOME_OPTIONS: readonly { value: ReviewQuery['outcome']; label: string }[] = [
  { value: 'all', label: '全部结论' },
  { value: 'approved', label: OUTCOME_LABELS.approved },
  { value: 'returned', label: OUTCOME_LABELS.returned },
  { value: 'rejected', label: OUTCOME_LABELS.rejected },
];

const nameOf = (item: ReviewItem) => item.customerName.trim() || '未命名客户';

function Evaluation({ item }: { item: ReviewItem }) {
  if (item.score === null || item.recommendation === null) return <>{item.evaluationText}</>;
  return (
    <>
      {item.score} 分{' '}
      <span className={item.recommendation === 'recommend' ? 'badge' : 'badge badge-alert'}>{RECOMMENDATION_LABELS[item.recommendation]}</span>
    </>
  );
}

function CustomerCell({ item }: { item: ReviewItem }) {
  return (
    <th scope="row" className="cell-name">
      <a href={reviewHref(item.id)}>{nameOf(item)}</a>
      <span className="cell-meta">{stageInfo(item.stage).label}</span>
    </th>
  );
}

/** The columns both lists open with. */
function CommonHeaders() {
  return (
    <>
      <th scope="col">客户</th>
      <th scope="col">业务员</th>
      <th scope="col">提交日期</th>
      <th scope="col">评估</th>
    </>
  );
}

function CommonCells({ item }: { item: ReviewItem }) {
  return (
    <>
      <CustomerCell item={item} />
      <td data-label="业务员">{item.owner.trim() || '—'}</td>
      <td data-label="提交日期">{calendarDateIn(item.submittedAt)}</td>
      <td data-label="评估">
        <Evaluation item={item} />
      </td>
    </>
  );
}

/** Each role's decision on the current submission, in one line per role. */
function Decisions({ item }: { item: ReviewItem }) {
  return (
    <ul className="plain-list review-decisions">
      {APPROVER_ROLES.map((role) => {
        const approval = item.approvals[role];
        return (
          <li key={role}>
            {APPROVER_ROLE_LABELS[role]}：{approval ? `${APPROVAL_DECISION_LABELS[approval.decision]}（${approval.by || '未署名'}）` : '未审批'}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * 待审批的开发申请 and 已审批的开发申请, with one search over both and a
 * filter of the decided ones by outcome.
 */
export function ReviewQueue({ files }: { files: readonly DevelopmentFile[] }) {
  const [query, setQuery] = useState<ReviewQuery>(DEFAULT_REVIEW_QUERY);
  const lists = useMemo(() => reviewLists(files), [files]);
  const pending = filterItems(lists.pending, { ...query, outcome: 'all' });
  const decided = filterItems(lists.decided, query);
  const filtered = query.text.trim() !== '' || query.outcome !== 'all';

  return (
    <>
      <section className="panel review-queue" aria-labelledby="queue-title">
        <h2 id="queue-title">待审批的开发申请</h2>
        {lists.pending.length + lists.decided.length > 0 && (
          <div className="file-filters review-filters" role="search" aria-label="查找开发申请">
            <div className="field">
              <label className="field-label" htmlFor="review-search">
                搜索
              </label>
              <p className="field-hint" id="review-search-hint">
                按客户名称或业务员查找
              </p>
              <input
                id="review-search"
                type="search"
                value={query.text}
                autoComplete="off"
                aria-describedby="review-search-hint"
                onChange={(e) => setQuery({ ...query, text: e.target.value })}
              />
            </div>
            <SelectField
              id="review-outcome"
              label="审批结论（已审批）"
              value={query.outcome}
              options={OUTCOME_OPTIONS}
              onChange={(outcome) => setQuery({ ...query, outcome })}
            />
          </div>
        )}
        <p className="status-line" role="status">
          {lists.pending.length === 0
            ? '没有待审批的开发申请。'
            : filtered && pending.length !== lists.pending.length
              ? `找到 ${pending.length} 份，共 ${lists.pending.length} 份待审批。`
              : `共 ${lists.pending.length} 份待审批，按提交时间排列，最早的在前。`}
        </p>
        {lists.pending.length === 0 && files.length === 0 && (
          <p className="empty-state">还没有导入任何开发档案。请在上方导入业务员发来的 JSON 文件。</p>
        )}
        {pending.length > 0 && (
          <div className="table-scroll review-table-wrap">
            <table className="data review-table">
              <caption className="visually-hidden">待审批的开发申请（{pending.length} 份）</caption>
              <thead>
                <tr>
                  <CommonHeaders />
                  <th scope="col">待审批</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((item) => (
                  <tr key={item.id}>
                    <CommonCells item={item} />
                    <td data-label="待审批">{pendingText(item, APPROVER_ROLE_LABELS)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel review-decided" aria-labelledby="decided-title">
        <h2 id="decided-title">已审批的开发申请</h2>
        <p className="status-line" role="status">
          {lists.decided.length === 0
            ? '还没有已审批的开发申请。'
            : decided.length !== lists.decided.length
              ? `找到 ${decided.length} 份，共 ${lists.decided.length} 份已审批。`
              : `共 ${lists.decided.length} 份已审批，最近审批的在前。`}
        </p>
        {filtered && decided.length === 0 && lists.decided.length > 0 && (
          <div className="empty-state">
            <p>没有符合条件的已审批申请。</p>
            <button type="button" onClick={() => setQuery(DEFAULT_REVIEW_QUERY)}>
              清除搜索和筛选
            </button>
          </div>
        )}
        {decided.length > 0 && (
          <div className="table-scroll review-table-wrap">
            <table className="data review-table">
              <caption className="visually-hidden">已审批的开发申请（{decided.length} 份）</caption>
              <thead>
                <tr>
                  <CommonHeaders />
                  <th scope="col">结论</th>
                  <th scope="col">审批情况</th>
                </tr>
              </thead>
              <tbody>
                {decided.map((item) => (
                  <tr key={item.id}>
                    <CommonCells item={item} />
                    <td data-label="结论">
                      <strong>{OUTCOME_LABELS[item.outcome]}</strong>
                      {item.decidedAt && <span className="cell-meta">{calendarDateIn(item.decidedAt)}</span>}
                    </td>
                    <td data-label="审批情况">
                      <Decisions item={item} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
