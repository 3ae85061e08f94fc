import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventsCatalogue } from './catalogue-doc';

describe('docs/events.md', () => {
  it('is the catalogue the contracts describe (run `npm run docs:events` after changing them)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'events.md'), 'utf8');
    expect(committed).toBe(renderEventsCatalogue());
  });
});
