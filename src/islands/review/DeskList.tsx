import type { DevelopmentFile } from '../../domain/development-file/schema';
import { DeskOverview } from './DeskOverview';
import { ProgressReportSection } from './ProgressReportSection';
import { ReviewQueue } from './ReviewQueue';

/** The desk without a file open: the overview, the applications to decide, the 进度报表. */
export function DeskList({ files, today, stalledAfterDays }: { files: readonly DevelopmentFile[]; today: string; stalledAfterDays: number }) {
  return (
    <>
      <DeskOverview files={files} today={today} stalledAfterDays={stalledAfterDays} />
      <ReviewQueue files={files} />
    </>
  );
}

export { ProgressReportSection };
