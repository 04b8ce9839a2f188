/**
 * Company-tunable rules of the development file, in one place: a sales
 * director who disagrees with a weight or a threshold changes it here.
 */
export const DEVELOPMENT_CONFIG = {
  evaluation: {
    /** Weights of the four 4.1.2 criteria; they must sum to 1. */
    weights: {
      finance: 0.3,
      investment: 0.2,
      contribution: 0.3,
      capability: 0.2,
    },
    /** Total (0–100) at or above which the file is 推荐. */
    recommendAt: 70,
    /** Total below which the file is 不推荐; between the two it is 需复核. */
    rejectBelow: 50,
    /**
     * 财务管理能力与信用, the one criterion 4.1.2 words as a must (必须): the
     * score it needs for 推荐 (4 = 较好); a lower score is 需复核 at best.
     */
    mandatoryMinimum: 4,
    /** 财务管理能力与信用 at or below this is 不推荐, and the file cannot move on. */
    mandatoryRejectAtOrBelow: 2,
    /** Any other criterion scored at or below this is a veto: never 推荐. */
    vetoScore: 1,
  },
  /** Days without a logged activity after which a file in execution is 停滞. */
  stalledAfterDays: 14,
  /** Customer codes: prefix, year, zero-padded serial, e.g. KH-2026-0001. */
  customerCode: {
    prefix: 'KH',
    serialDigits: 4,
  },
  /** Reminder to export a backup when nothing has been exported for this long. */
  backupReminderDays: 7,
} as const;

export type DevelopmentConfig = typeof DEVELOPMENT_CONFIG;
