import type { QuizStorageProblem } from '../../stores/quiz-results';

/** What the learner should know when results cannot be kept as usual. */
export function storageProblemText(problem: QuizStorageProblem): string {
  switch (problem.kind) {
    case 'unavailable':
      return '此浏览器不允许本站保存数据：测验成绩只在本页显示，刷新后不会保留。';
    case 'backed-up':
      return problem.dropped === null
        ? '本机保存的测验记录无法读取。原始内容已完整备份（可在“我的开发档案 → 备份与恢复”中下载），测验记录已重新开始保存。'
        : `本机保存的测验记录中有 ${problem.dropped} 条无法读取，已略过；原始内容已完整备份（可在“我的开发档案 → 备份与恢复”中下载）。`;
    case 'unreadable-kept':
      return '本机保存的测验记录无法读取，且没有空间备份原始内容。为免覆盖，新的成绩暂不保存；请在“我的开发档案”中导出数据或清理浏览器空间后刷新。';
    case 'newer':
      return '测验记录由较新版本的网站保存，本页不会改动它，新的成绩暂不保存。请刷新页面使用最新版本。';
    case 'not-saved':
      return '成绩未能保存到本机（浏览器存储空间已满或被禁止），刷新页面后会丢失。';
  }
}

export function StorageNotice({ problem }: { problem: QuizStorageProblem | null }) {
  if (!problem) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{storageProblemText(problem)}</p>
    </div>
  );
}
