import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { approvalEntryProblems, opinionRequired } from '../../../src/domain/development-file/approval-entry';
import { APPROVAL_DECISIONS } from '../../../src/domain/development-file/schema';

describe('a manager decision on the application', () => {
  test('同意 with the approver named can be recorded without an opinion', () => {
    expect(approvalEntryProblems({ decision: 'approved', comment: '', by: '李娜' })).toEqual({});
  });

  test('退回修改 and 不同意 need an opinion; whitespace is not one', () => {
    expect(approvalEntryProblems({ decision: 'returned', comment: ' \n　', by: '李娜' })).toEqual({
      comment: '退回修改时请写明审批意见：需要修改哪些内容',
    });
    expect(approvalEntryProblems({ decision: 'rejected', comment: '', by: '李娜' })).toEqual({
      comment: '不同意时请写明审批意见：不同意的理由',
    });
    expect(approvalEntryProblems({ decision: 'returned', comment: '补充付款条件', by: '李娜' })).toEqual({});
  });

  test('no decision and no approver are each named', () => {
    expect(approvalEntryProblems({ decision: null, comment: '', by: '  ' })).toEqual({
      decision: '请选择决定：同意、退回修改或不同意',
      by: '请填写审批人',
    });
  });

  test('an entry has no problems exactly when it is complete', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...APPROVAL_DECISIONS), { nil: null }),
        fc.string(),
        fc.string(),
        (decision, comment, by) => {
          const complete = decision !== null && by.trim() !== '' && (!opinionRequired(decision) || comment.trim() !== '');
          expect(Object.keys(approvalEntryProblems({ decision, comment, by })).length === 0).toBe(complete);
        },
      ),
    );
  });
});
