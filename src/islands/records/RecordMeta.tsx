import { entryMarks, signature } from '../../domain/development-file/manager-records';
import type { ApproverRole } from '../../domain/development-file/schema';
import { formatDateTime } from '../files/local-time';

/** Who made a manager's record, when, and how (代登记), in one line. */
export function RecordMeta({ record }: { record: { by: string; role?: ApproverRole | undefined; at: string; entry?: 'desk' | 'paper' | undefined } }) {
  return (
    <span className="record-meta">
      {signature(record)} · <time dateTime={record.at}>{formatDateTime(record.at)}</time>
      {entryMarks(record).map((mark) => (
        <span key={mark} className="approval-mark">
          {mark}
        </span>
      ))}
    </span>
  );
}
