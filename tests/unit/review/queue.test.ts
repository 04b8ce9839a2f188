import { describe, expect, test } from 'vitest';
import { developmentFileSchema, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import { approvalNeeds, DEFAULT_REVIEW_QUERY, filterItems, reviewItem, reviewLists } from '../../../src/domain/review/queue';
import { blankFile, completeFile } from '../development-file/fixtures';

const SUBMITTED = '2026-10-10T08:00:00.000Z';
type Decision = 'approved' | 'rejected' | 'returned';
const approval = (decision: Decision, at: string, by = '李部长') => ({ decision, comment: '', by, at });

/** completeFile at 开发申请, submitted at `submittedAt`, with the given decisions. */
function submitted(
  id: string,
  approvals: { marketingManager?: ReturnType<typeof approval> | null; generalManager?: ReturnType<typeof approval> | null } = {},
  submittedAt = SUBMITTED,
  extra: Partial<DevelopmentFile> = {},
): DevelopmentFile {
  const base = completeFile(id);
  return developmentFileSchema.parse({
    ...base,
    ...extra,
    stage: 'application',
    application: {
      ...base.application,
      submittedAt,
      approvals: { marketingManager: approvals.marketingManager ?? null, generalManager: approvals.generalManager ?? null },
    },
  });
}

describe('reviewItem', () => {
  test('an application never submitted is not for review', () => {
    expect(reviewItem(blankFile('a'))).toBeNull();
  });

  test('submitted, nobody decided: pending for both managers, with the evaluation', () => {
    const item = reviewItem(submitted('a'));
    expect(item).toMatchObject({
      outcome: 'pending',
      pendingRoles: ['marketingManager', 'generalManager'],
      decidedAt: null,
      submittedAt: SUBMITTED,
      owner: '张伟',
      customerName: '华东精密机械有限公司',
    });
    // completeFile scores 4/4/4/3: 0.3·75 + 0.2·75 + 0.3·75 + 0.2·50 = 70, the 推荐 line.
    expect(item?.score).toBe(70);
    expect(item?.recommendation).toBe('recommend');
    expect(item?.evaluationText).toBe('综合得分 70 · 推荐');
  });

  test('营销部长 approved: pending for the 总经理 only', () => {
    const item = reviewItem(submitted('a', { marketingManager: approval('approved', '2026-10-11T08:00:00.000Z') }));
    expect(item?.outcome).toBe('pending');
    expect(item?.pendingRoles).toEqual(['generalManager']);
  });

  test('both approved: approved, decided when the 总经理 decided', () => {
    const item = reviewItem(
      submitted('a', {
        marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
        generalManager: approval('approved', '2026-10-12T09:00:00.000Z', '王总'),
      }),
    );
    expect(item?.outcome).toBe('approved');
    expect(item?.pendingRoles).toEqual([]);
    expect(item?.decidedAt).toBe('2026-10-12T09:00:00.000Z');
  });

  test('a 总经理 decision given before the 营销部长 agreed does not count (3.2 before 3.4)', () => {
    const early = reviewItem(
      submitted('a', {
        marketingManager: approval('approved', '2026-10-12T08:00:00.000Z'),
        generalManager: approval('approved', '2026-10-11T09:00:00.000Z', '王总'),
      }),
    );
    expect(early).toMatchObject({ outcome: 'pending', pendingRoles: ['generalManager'] });
    const withoutManager = reviewItem(submitted('a', { generalManager: approval('approved', '2026-10-11T09:00:00.000Z', '王总') }));
    expect(withoutManager).toMatchObject({ outcome: 'pending', pendingRoles: ['marketingManager', 'generalManager'] });
  });

  test('returned by one manager: returned, even with the other not decided', () => {
    const item = reviewItem(submitted('a', { marketingManager: approval('returned', '2026-10-11T08:00:00.000Z') }));
    expect(item?.outcome).toBe('returned');
    expect(item?.decidedAt).toBe('2026-10-11T08:00:00.000Z');
  });

  test('不同意 by the 总经理 after the 营销部长 agreed: rejected', () => {
    const item = reviewItem(
      submitted('a', {
        marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
        generalManager: approval('rejected', '2026-10-11T09:00:00.000Z'),
      }),
    );
    expect(item?.outcome).toBe('rejected');
  });

  test('a decision older than the latest submission does not count: resubmitted after 退回修改 is pending again', () => {
    const item = reviewItem(
      submitted(
        'a',
        {
          marketingManager: approval('returned', '2026-10-11T08:00:00.000Z'),
          generalManager: approval('approved', '2026-10-11T09:00:00.000Z'),
        },
        '2026-10-20T08:00:00.000Z',
      ),
    );
    expect(item?.outcome).toBe('pending');
    expect(item?.approvals).toEqual({ marketingManager: null, generalManager: null });
    expect(item?.pendingRoles).toEqual(['marketingManager', 'generalManager']);
  });
});

describe('reviewLists and filterItems', () => {
  const files = [
    blankFile('never'),
    submitted('late', {}, '2026-10-15T08:00:00.000Z'),
    submitted('early', {}, '2026-10-01T08:00:00.000Z'),
    submitted('ok', {
      marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
      generalManager: approval('approved', '2026-10-13T08:00:00.000Z'),
    }),
    submitted('back', { marketingManager: approval('returned', '2026-10-12T08:00:00.000Z') }, SUBMITTED, {
      owner: '李娜',
      customer: { name: '苏州恒达电子', region: '', industry: '', type: '', sourceChannel: '' },
    }),
  ];

  test('pending oldest first, decided most recent first, unsubmitted left out', () => {
    const lists = reviewLists(files);
    expect(lists.pending.map((i) => i.id)).toEqual(['early', 'late']);
    expect(lists.decided.map((i) => i.id)).toEqual(['ok', 'back']);
  });

  test('search by customer or rep, filter by outcome', () => {
    const { decided } = reviewLists(files);
    expect(filterItems(decided, DEFAULT_REVIEW_QUERY).map((i) => i.id)).toEqual(['ok', 'back']);
    expect(filterItems(decided, { text: '', outcome: 'returned' }).map((i) => i.id)).toEqual(['back']);
    expect(filterItems(decided, { text: '李娜', outcome: 'all' }).map((i) => i.id)).toEqual(['back']);
    expect(filterItems(decided, { text: ' 恒达 ', outcome: 'all' }).map((i) => i.id)).toEqual(['back']);
    expect(filterItems(decided, { text: '恒达', outcome: 'approved' })).toEqual([]);
  });
});

describe('approvalNeeds: the domain requirement messages', () => {
  test('nobody decided: the 营销部长 is awaited first (the 总经理 decides after the 营销部长’s 同意)', () => {
    expect(approvalNeeds(submitted('a'))).toEqual(['开发申请尚待营销部长审批']);
    const agreed = submitted('a', { marketingManager: approval('approved', '2026-10-11T08:00:00.000Z') });
    expect(approvalNeeds(agreed)).toEqual(['开发申请尚待总经理批准']);
  });

  test('approved by both: nothing left', () => {
    expect(approvalNeeds(completeFile('a'))).toEqual([]);
  });

  test('returned: what the rep must do, and the other manager is no longer awaited', () => {
    const file = submitted('a', { marketingManager: approval('returned', '2026-10-11T08:00:00.000Z') });
    expect(approvalNeeds(file)).toEqual(['营销部长退回修改：请按审批意见修改后重新提交']);
  });
});
