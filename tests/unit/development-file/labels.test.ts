import { describe, expect, test } from 'vitest';
import { RECOMMENDATION_IDS } from '../../../src/domain/development-file/evaluation';
import {
  ACTIVITY_TYPE_LABELS,
  APPROVAL_DECISION_LABELS,
  APPROVER_ROLE_LABELS,
  ATTITUDE_LABELS,
  CRITERION_LABELS,
  FIELDS,
  RECOMMENDATION_LABELS,
  RISK_KIND_LABELS,
  SCREENING_RESULT_LABELS,
} from '../../../src/domain/development-file/labels';
import { missingFor, REQUIREMENTS } from '../../../src/domain/development-file/requirements';
import {
  ACTIVITY_TYPES,
  APPROVAL_DECISIONS,
  APPROVER_ROLES,
  ATTITUDES,
  CRITERION_IDS,
  developmentFileSchema,
  RISK_KINDS,
  SCREENING_RESULTS,
  STAGE_IDS,
} from '../../../src/domain/development-file/schema';
import { moveStage } from '../../../src/domain/development-file/transitions';
import { isClauseNumber } from '../../../src/domain/playbook/clauses';
import { blankFile } from './fixtures';

const CHINESE = /\p{Script=Han}/u;

/** The bits of a zod schema needed to follow a dotted path through it. */
interface SchemaNode {
  def: { type: string; innerType?: SchemaNode; element?: SchemaNode; shape?: Record<string, SchemaNode> };
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.def.innerType) current = current.def.innerType;
  return current.def.element ? unwrap(current.def.element) : current;
}

/** Follows `path` through objects, wrappers and list items; undefined when it leads nowhere. */
function schemaAt(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = developmentFileSchema as unknown as SchemaNode;
  for (const key of path.split('.')) {
    node = node ? unwrap(node).def.shape?.[key] : undefined;
  }
  return node;
}

describe('enum labels', () => {
  test('every value of every enum has a label', () => {
    const cases: [readonly string[], Readonly<Record<string, string>>][] = [
      [CRITERION_IDS, CRITERION_LABELS],
      [ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS],
      [RISK_KINDS, RISK_KIND_LABELS],
      [ATTITUDES, ATTITUDE_LABELS],
      [SCREENING_RESULTS, SCREENING_RESULT_LABELS],
      [APPROVAL_DECISIONS, APPROVAL_DECISION_LABELS],
      [APPROVER_ROLES, APPROVER_ROLE_LABELS],
      [RECOMMENDATION_IDS, RECOMMENDATION_LABELS],
    ];
    for (const [values, labels] of cases) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const label of Object.values(labels)) expect(label).toMatch(CHINESE);
    }
  });

  test('the wording of the procedure', () => {
    expect(CRITERION_LABELS).toEqual({
      finance: '财务管理能力与信用',
      investment: '开发投入与交易预估',
      contribution: '贡献与价值',
      capability: '技术难度与品质要求对比公司能力',
    });
    expect(SCREENING_RESULT_LABELS.focus).toBe('重点开发');
    expect(APPROVER_ROLE_LABELS).toEqual({ marketingManager: '营销部长', generalManager: '总经理' });
    expect(RECOMMENDATION_LABELS).toEqual({ recommend: '推荐', review: '需复核', reject: '不推荐' });
  });
});

describe('FIELDS', () => {
  test('every requirement points at a field in the table', () => {
    for (const requirement of REQUIREMENTS) expect(FIELDS, requirement.id).toHaveProperty([requirement.path]);
  });

  test('every path reported as missing, including termination, is in the table with its label', () => {
    const reported = [
      ...STAGE_IDS.flatMap((stage) => missingFor(blankFile('f', ''), stage)),
      ...(() => {
        const result = moveStage(blankFile(), 'terminated', { now: '2026-11-27T09:00:00.000Z' });
        return result.ok ? [] : result.missing;
      })(),
    ];
    expect(reported.length).toBeGreaterThan(20);
    for (const missing of reported) {
      expect(FIELDS, missing.path).toHaveProperty([missing.path]);
      expect(missing.label).toBe(FIELDS[missing.path].label);
      expect(isClauseNumber(missing.clause)).toBe(true);
      expect(missing.message).toMatch(CHINESE);
    }
  });

  test('every field exists in the schema', () => {
    for (const path of Object.keys(FIELDS)) expect(schemaAt(path), path).toBeDefined();
    expect(schemaAt('customer.nonsense')).toBeUndefined();
    expect(schemaAt('preparation.decisionMakers.nonsense')).toBeUndefined();
  });

  test('every field has a valid clause and a Chinese label; hints are short', () => {
    for (const [path, info] of Object.entries(FIELDS)) {
      expect(isClauseNumber(info.clause), path).toBe(true);
      expect(info.label, path).toMatch(CHINESE);
      if ('hint' in info) expect(Array.from(info.hint).length, path).toBeLessThanOrEqual(40);
    }
  });

  test('top-level fields have distinct labels, so a form never shows two alike', () => {
    const topLevel = Object.entries(FIELDS).filter(
      ([path]) => !/\.(activities|problems|risks|progressReports|decisionMakers|similarSuppliers|openPoints)\./.test(path),
    );
    const labels = topLevel.map(([, info]) => info.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('every criterion score is labelled after its criterion', () => {
    for (const id of CRITERION_IDS) expect(FIELDS[`evaluation.${id}.score`].label).toBe(`${CRITERION_LABELS[id]}评分`);
  });
});
