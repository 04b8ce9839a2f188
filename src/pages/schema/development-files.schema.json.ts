/**
 * The JSON Schema of the export format, published with the site so that
 * other tools (a CRM import, a script) can check a file before sending it.
 * Generated from the same zod schema the import validates with.
 */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../domain/exchange/export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
