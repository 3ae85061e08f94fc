import { renderEventsCatalogue } from '@lienthong/contracts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync(join(__dirname, '..', '..', 'docs', 'events.md'), renderEventsCatalogue());
console.log('docs/events.md written');
