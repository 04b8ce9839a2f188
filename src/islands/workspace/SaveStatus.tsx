import { useStore } from '@nanostores/react';
import { $saveStatus } from '../../stores/development-files';

/** "已保存 10:42:05" — a polite live region so screen readers hear the state. */
export function SaveStatus() {
  const status = useStore($saveStatus);
  const text =
    status.state === 'saved'
      ? `已保存 ${new Date(status.at).toLocaleTimeString('zh-CN', { hour12: false })}`
      : status.state === 'saving'
        ? '正在保存…'
        : status.state === 'error'
          ? status.message
          : '自动保存已开启';
  return (
    <p className={status.state === 'error' ? 'status-line is-error save-status' : 'status-line save-status'} role="status">
      {text}
    </p>
  );
}
