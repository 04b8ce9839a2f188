import { z } from '../zod';

/** Frontmatter of every playbook page (procedure chapters and guide steps). */
export const playbookPageSchema = z.object({
  title: z.string().min(1, '缺少标题 title'),
  description: z.string().min(1, '缺少页面说明 description').max(80, '页面说明 description 请控制在 80 字以内'),
  order: z.number().int('order 必须是整数').positive('order 从 1 开始'),
  /** The number shown in navigation, such as "4.3", "1–3" or "第一步". */
  section: z.string().min(1, '缺少章节编号 section'),
});

export type PlaybookPageData = z.infer<typeof playbookPageSchema>;
