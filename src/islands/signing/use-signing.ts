import { useStore } from '@nanostores/react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { counted, currentVerdicts, pinnedRoster, verdicts } from '../../stores/signing';

/**
 * The file as the rules count it (with a pinned roster, records whose
 * signature check fails are left out), and its checks; re-rendered when the
 * checks arrive.
 */
export function useCounted(file: DevelopmentFile | undefined) {
  useStore(verdicts());
  const pinned = useStore(pinnedRoster());
  if (!file) return { file, checks: new Map(), signing: pinned !== null };
  return { file: counted(file), checks: currentVerdicts(file), signing: pinned !== null };
}

/** Every file as the rules count it (for lists and the desk), re-rendered when the checks arrive. */
export function useCountedFiles(files: readonly DevelopmentFile[]): readonly DevelopmentFile[] {
  useStore(verdicts());
  const pinned = useStore(pinnedRoster());
  return pinned === null ? files : files.map(counted);
}
