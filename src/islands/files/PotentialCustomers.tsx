import { useState } from 'react';
import { LISTED_STAGES, potentialCustomerListCsv, potentialCustomerListFilename } from '../../domain/exchange/csv';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { stageInfo } from '../../domain/development-file/stages';
import { ClauseLink } from '../forms/ClauseLink';
import { todayLocal } from './local-time';
import { CSV_TYPE, downloadText } from './download';
import { workspaceHref } from './workspace-link';

/**
 * 4.2.1 潜在客户名录: the prospects still being evaluated or surveyed, which
 * the rep reports to the 营销部长 regularly, as a CSV Excel and WPS open.
 */
export function PotentialCustomers({ files }: { files: readonly DevelopmentFile[] }) {
  const [message, setMessage] = useState('');
  const listed = files.filter((f) => LISTED_STAGES.has(f.stage)).toSorted((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

  const download = () => {
    const filename = potentialCustomerListFilename(todayLocal());
    downloadText(filename, potentialCustomerListCsv(files), CSV_TYPE);
    setMessage(`已导出 ${filename}（${listed.length} 家客户），可用 Excel 或 WPS 打开后报备营销部长。`);
  };

  return (
    <section className="panel" aria-labelledby="potential-title">
      <h2 id="potential-title">潜在客户名录</h2>
      <p>
        处于“策划与评估”和“背景调查”阶段的客户，应制定潜在客户名录并定期报备营销部长。 <ClauseLink clause="4.2.1" />
      </p>
      {listed.length === 0 ? (
        <p>目前没有处于这两个阶段的档案。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">潜在客户名录（{listed.length} 家）</caption>
            <thead>
              <tr>
                <th scope="col">客户名称</th>
                <th scope="col">地区</th>
                <th scope="col">阶段</th>
                <th scope="col">报备营销部长</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <a href={workspaceHref(f.id)}>{f.customer.name.trim() || '未命名客户'}</a>
                  </th>
                  <td>{f.customer.region || '—'}</td>
                  <td>{stageInfo(f.stage).label}</td>
                  <td>{f.survey.reportedToManagerAt ?? '未报备'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <button type="button" aria-label="导出 CSV（潜在客户名录）" disabled={listed.length === 0} onClick={download}>
          导出 CSV
        </button>
      </div>
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
