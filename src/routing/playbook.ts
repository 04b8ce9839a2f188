/**
 * Route data for playbook pages, computed once per build from the content
 * collections; components only render what this returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PlaybookCollection, PlaybookPage } from '../domain/playbook/navigation';

export type PlaybookEntry = CollectionEntry<'procedure'> | CollectionEntry<'guide'>;

export function toPlaybookPage(entry: PlaybookEntry): PlaybookPage {
  return {
    collection: entry.collection as PlaybookCollection,
    slug: entry.id,
    title: entry.data.title,
    section: entry.data.section,
    order: entry.data.order,
  };
}

export async function allPlaybookEntries(): Promise<PlaybookEntry[]> {
  const [procedure, guide] = await Promise.all([getCollection('procedure'), getCollection('guide')]);
  return [...procedure, ...guide];
}

export async function allPlaybookPages(): Promise<PlaybookPage[]> {
  return (await allPlaybookEntries()).map(toPlaybookPage);
}
