import { test, expect } from './fixtures';
import { SCHEMA_VERSION, STAGE_IDS } from '../../src/domain/development-file/schema';

test('the JSON Schema of the export format is published with the site', async ({ request }) => {
  const response = await request.get('/schema/development-files.schema.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/json/);
  const schema = (await response.json()) as Record<string, unknown>;
  expect(schema).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    properties: { type: { const: 'playbook.development-files' }, schemaVersion: { const: SCHEMA_VERSION } },
  });
  expect(schema).toHaveProperty('properties.files.items.properties.stage.enum', [...STAGE_IDS]);
});
