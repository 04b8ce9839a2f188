/**
 * fast-check generators of valid development files, with the text reps
 * really type (Chinese, emoji, full-width punctuation) and the text attackers
 * try (formulas, HTML, prototype keys, lone surrogates, control characters).
 */
import fc from 'fast-check';
import {
  ACTIVITY_TYPES,
  APPROVAL_DECISIONS,
  ATTITUDES,
  DEPARTMENTS,
  LIMITS,
  RISK_KINDS,
  SCREENING_RESULTS,
  STAGE_IDS,
  developmentFileSchema,
  type DevelopmentFile,
} from '../../../src/domain/development-file/schema';

const chinese = fc.string({ unit: fc.constantFrom(...'华东精密机械有限公司客户开发张伟李娜苏州上海调查评估，。！？“”（）、'), maxLength: 40 });
const emoji = fc.string({ unit: fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', '👍🏽', '❤️', '🧧', '𠀋'), maxLength: 10 });
const tricky = fc.constantFrom('', ' ', '=SUM(A1)', '-1', '@cmd', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', '"引号",逗号', '换行\r\n第二行', '\u0000\u001f', '\uFEFF开头', '\ud800孤立代理');

export const text = (max: number) =>
  fc
    .oneof(chinese, fc.string({ unit: 'grapheme', maxLength: 20 }), emoji, tricky, fc.string({ unit: 'binary', maxLength: 20 }))
    .filter((s) => s.length <= max);
const shortText = text(LIMITS.shortText);
const longText = fc.oneof(text(LIMITS.longText), chinese.map((s) => s.repeat(20)).filter((s) => s.length <= LIMITS.longText));

const deviceId = fc.stringMatching(/^[a-z0-9-]{1,16}$/).filter((k) => !['constructor', 'prototype'].includes(k));
// Names of Object.prototype are refused as ids by the schema.
export const entityId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id));
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const timestamp = fc.oneof(
  instant.map((d) => d.toISOString()),
  instant.map((d) => `${d.toISOString().slice(0, 19)}+08:00`),
);
const day = instant.map((d) => d.toISOString().slice(0, 10));
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });
const score = orNull(fc.integer({ min: 1, max: 5 }));
const criterion = fc.record({ score, note: longText });
const approval = orNull(fc.record({ decision: fc.constantFrom(...APPROVAL_DECISIONS), comment: longText, by: shortText, at: timestamp }));

/** Any section may be missing: the schema's defaults fill it. */
const fileInput = fc.record(
  {
    id: entityId,
    createdAt: timestamp,
    updatedAt: timestamp,
    // Device ids named like prototype keys are dropped by withoutDangerousKeys
    // on every read; real device ids are random, so they are left out here.
    clock: fc.dictionary(deviceId, fc.nat(), { maxKeys: 4 }),
    owner: shortText,
    customer: fc.record({ name: shortText, region: shortText, industry: shortText, type: shortText, sourceChannel: shortText }),
    stage: fc.constantFrom(...STAGE_IDS),
    stageHistory: list(fc.record({ from: orNull(fc.constantFrom(...STAGE_IDS)), to: fc.constantFrom(...STAGE_IDS), at: timestamp, note: shortText })),
    evaluation: fc.record({ finance: criterion, investment: criterion, contribution: criterion, capability: criterion, evaluatedAt: orNull(day) }),
    survey: fc.record({
      reportedToManagerAt: orNull(day),
      findings: longText,
      teamReview: longText,
      screeningResult: fc.constantFrom(...SCREENING_RESULTS),
      screeningNote: longText,
      openPoints: list(fc.record({ id: entityId, question: shortText, needsSpecialSurvey: fc.boolean(), resolution: longText, resolved: fc.boolean() })),
    }),
    application: fc.record({
      // JSON has no -0; a real form never produces one either.
      expectedAnnualPurchase: orNull(fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => n || 0)),
      reasons: longText,
      applicant: shortText,
      appliedOn: orNull(day),
      submittedAt: orNull(timestamp),
      approvals: fc.record({ marketingManager: approval, generalManager: approval }),
    }),
    preparation: fc.record({
      responsiblePerson: fc.record({ name: shortText, title: shortText, contact: shortText, notes: longText }),
      decisionMakers: list(fc.record({ id: entityId, name: shortText, role: shortText, contact: shortText, attitude: fc.constantFrom(...ATTITUDES), notes: longText })),
      similarSuppliers: list(fc.record({ id: entityId, name: shortText, products: shortText, notes: longText })),
      procurementCharacteristics: longText,
      procurementCycle: shortText,
      paymentMethod: shortText,
      collectionCycleDays: orNull(fc.integer({ min: 0, max: 3650 })),
      businessInfo: longText,
    }),
    execution: fc.record({
      activities: list(fc.record({ id: entityId, date: day, type: fc.constantFrom(...ACTIVITY_TYPES), summary: longText, outcome: longText, nextStep: longText })),
      problems: list(fc.record({ id: entityId, foundOn: orNull(day), description: longText, solution: longText, solved: fc.boolean() })),
      risks: list(fc.record({ id: entityId, kind: fc.constantFrom(...RISK_KINDS), description: longText, raisedOn: orNull(day) })),
      termination: orNull(fc.record({ reason: longText, informed: shortText, requestedAt: timestamp, confirmedAt: orNull(timestamp) })),
      progressReports: list(
        fc.record({ id: entityId, date: day, progress: longText, achievements: longText, problems: longText, guidance: longText, guidanceBy: shortText, guidanceAt: orNull(timestamp) }),
      ),
    }),
    review: fc.record({ successPoints: longText, failurePoints: longText, correctiveActions: longText }),
    onboarding: fc.record({
      customerCode: shortText,
      departmentsNotified: fc.uniqueArray(fc.constantFrom(...DEPARTMENTS)),
      documentsArchived: fc.boolean(),
      archiveNote: longText,
    }),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt'] },
);

export const developmentFile: fc.Arbitrary<DevelopmentFile> = fileInput.map((input) => developmentFileSchema.parse(input));

/** Files with distinct ids, as one browser holds them. */
export const developmentFiles = (maxLength = 5) => fc.uniqueArray(developmentFile, { selector: (f) => f.id, minLength: 1, maxLength });

/** Freezes every object and array inside, so any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
