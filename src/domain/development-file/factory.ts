import { developmentFileSchema, type DevelopmentFile } from './schema';

/** A random id safe for URLs and storage keys. */
export function newId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** A new, empty development file at 策划与评估. */
export function createDevelopmentFile(
  fields: { customerName: string; owner?: string },
  now: string = new Date().toISOString(),
  id: string = newId(),
): DevelopmentFile {
  return developmentFileSchema.parse({
    id,
    createdAt: now,
    updatedAt: now,
    owner: fields.owner ?? '',
    customer: { name: fields.customerName.trim() },
    stageHistory: [{ from: null, to: 'evaluation', at: now, note: '' }],
  });
}
