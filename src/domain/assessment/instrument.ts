/**
 * The instrument as the island receives it: plain, serialisable data built at
 * build time from the validated YAML (links resolved to URLs), so the browser
 * needs neither zod nor the content collection.
 */
import { guideSectionHref, type GuideSection, type HeartId } from './hearts';

/** Statement ids are `<heart id>-<number>`; the pattern also keeps `__proto__` out of stored answer maps. */
export const STATEMENT_ID_PATTERN = /^[a-z]+-\d+$/;

export interface Statement {
  id: string;
  text: string;
  reverse: boolean;
}

export interface GuideLink {
  href: string;
  label: string;
}

export interface Heart {
  id: HeartId;
  name: string;
  description: string;
  advice: string[];
  links: GuideLink[];
  statements: Statement[];
}

export interface Instrument {
  hearts: Heart[];
}

/** What buildInstrument needs of a heart's YAML (HeartData from schema.ts fits). */
export interface HeartSource {
  id: HeartId;
  name: string;
  order: number;
  description: string;
  advice: string[];
  links: { section: GuideSection; label: string }[];
  statements: { id: string; text: string; reverse: boolean }[];
}

export function buildInstrument(sources: readonly HeartSource[]): Instrument {
  return {
    hearts: [...sources]
      .sort((a, b) => a.order - b.order)
      .map((h) => ({
        id: h.id,
        name: h.name,
        description: h.description,
        advice: [...h.advice],
        links: h.links.map((l) => ({ href: guideSectionHref(l.section), label: l.label })),
        statements: h.statements.map((s) => ({ id: s.id, text: s.text, reverse: s.reverse })),
      })),
  };
}

export interface Question extends Statement {
  heartId: HeartId;
}

/**
 * The order statements are asked in: round-robin across the hearts (专心 1,
 * 真心 1, …, 细心 1, 专心 2, …). Mixing the hearts keeps the rep rating each
 * behaviour on its own rather than "how good am I at 专心" five times running.
 */
export function questionOrder(instrument: Instrument): Question[] {
  const longest = Math.max(0, ...instrument.hearts.map((h) => h.statements.length));
  const out: Question[] = [];
  for (let i = 0; i < longest; i++) {
    for (const heart of instrument.hearts) {
      const statement = heart.statements[i];
      if (statement) out.push({ ...statement, heartId: heart.id });
    }
  }
  return out;
}
