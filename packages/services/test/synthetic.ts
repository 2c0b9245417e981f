/**
 * Synthetic services for the finder's tests (made-up names, example.org addresses): a service with
 * the schema's required facts filled in as "the source does not say", so a test names only what it checks.
 */
import type { Service } from '@hki-widgets/data';

export function service(fields: Partial<Service> & Pick<Service, 'id' | 'name' | 'description'>): Service {
  return {
    topics: [],
    audiences: [],
    languages: [],
    channels: ['in-person'],
    openingHours: { kind: 'unknown' },
    sources: [{ sourceId: 'synthetic' }],
    provenance: { name: 'editorial', description: 'editorial' },
    ...fields,
  };
}
