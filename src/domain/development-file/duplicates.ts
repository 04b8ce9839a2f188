/**
 * Spotting the same prospect entered twice, by two reps or by one rep who
 * forgot: names are compared after removing what varies between ways of
 * writing one company (width, case, spaces, punctuation, legal suffixes,
 * a bracketed region such as （上海）).
 */
import type { DevelopmentFile } from './schema';

/** Longest first, so 股份有限公司 goes before 有限公司 and 公司 can take what is left. */
const CHINESE_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '分公司', '总公司', '公司', '集团', '股份', '厂'];
const ENGLISH_SUFFIXES = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'group',
]);

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|〈[^〈〉]*〉/g;
const SEPARATORS = /[\s\p{P}\p{S}]+/u;

function stripChineseSuffixes(word: string): string {
  let rest = word;
  for (let stripped = true; stripped;) {
    const suffix = CHINESE_SUFFIXES.find((s) => rest.endsWith(s));
    stripped = suffix !== undefined;
    if (suffix) rest = rest.slice(0, -suffix.length);
  }
  return rest;
}

function normaliseOnce(name: string): string {
  // NFKC turns full-width letters, digits and （） into their ASCII forms.
  const words = name.normalize('NFKC').toLowerCase().replace(BRACKETED, ' ').split(SEPARATORS);
  // Suffixes count only at the end, and English ones only as whole words: "Costco" keeps its "co".
  while (words.length > 0) {
    const last = stripChineseSuffixes(words[words.length - 1] ?? '');
    if (last !== '' && !ENGLISH_SUFFIXES.has(last)) {
      words[words.length - 1] = last;
      break;
    }
    words.pop();
  }
  return words.join('');
}

/**
 * The comparable form of a company name. Repeated until it stops changing,
 * because joining the words can expose another suffix ("华东有限公 司" →
 * "华东有限公司" → "华东"): the result is idempotent.
 */
export function normaliseCustomerName(name: string): string {
  let current = name;
  for (let i = 0; i < 16; i++) {
    const next = normaliseOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1;
}

export type DuplicateReason = 'same' | 'similar' | 'contains';

export interface LikelyDuplicate {
  file: DevelopmentFile;
  reason: DuplicateReason;
  /** Chinese, for the warning next to the name field. */
  message: string;
}

/** Below this many characters a one-letter difference or containment is too common to mean anything. */
const MIN_FUZZY_LENGTH = 4;
const ORDER: Record<DuplicateReason, number> = { same: 0, similar: 1, contains: 2 };

export function findLikelyDuplicates(name: string, files: readonly DevelopmentFile[], exceptId?: string): LikelyDuplicate[] {
  const wanted = normaliseCustomerName(name);
  if (wanted === '') return [];
  const wantedLength = Array.from(wanted).length;
  const found: LikelyDuplicate[] = [];
  for (const file of files) {
    if (file.id === exceptId) continue;
    const other = normaliseCustomerName(file.customer.name);
    if (other === '') continue;
    const otherName = file.customer.name.trim();
    const shorter = Math.min(wantedLength, Array.from(other).length);
    if (other === wanted) {
      found.push({ file, reason: 'same', message: `与已有档案“${otherName}”是同一名称` });
    } else if (shorter >= MIN_FUZZY_LENGTH && withinOneEdit(wanted, other)) {
      found.push({ file, reason: 'similar', message: `与已有档案“${otherName}”只差一个字` });
    } else if (shorter >= MIN_FUZZY_LENGTH && (wanted.includes(other) || other.includes(wanted))) {
      found.push({ file, reason: 'contains', message: `与已有档案“${otherName}”的名称相互包含` });
    }
  }
  return found.sort((a, b) => ORDER[a.reason] - ORDER[b.reason]);
}
