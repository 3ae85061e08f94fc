import type { SeedParticipant } from './insurance-seed.schema';

/**
 * Fixed entries of the default seed, for the README's quick start, the demos and end-to-end tests
 * (their PINs are quoted there, so they never change). Every one is a person of residence-service's
 * default population seed:
 * - Nguyen Van Binh (079055000003), the death group's example: a pensioner since 2015 (entitled);
 * - Lê Đức Bình (001088356451), head of household HK-001-000002: a participant with 6 months of
 *   contributions (below the 12 months: not entitled);
 * - Ngô Đức Hùng (001083731125), head of household HK-001-000004: a participant with exactly 12
 *   months (entitled, the threshold itself).
 */
export const DEMO_INSURED_PEOPLE: readonly SeedParticipant[] = [
  { pin: '079055000003', kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
  { pin: '001088356451', kind: 'participant', contributionMonths: 6, since: '2025-03-01' },
  { pin: '001083731125', kind: 'participant', contributionMonths: 12, since: '2024-10-01' },
];

/**
 * Demo people of the population register who are in this register under no circumstances, so
 * the death group's other cases stay what the docs say they are: Do Van Nam (in neither register)
 * and Le Thi Hoa (social assistance only), and the living demo family (Lan, Hung, Mai).
 */
export const DEMO_PEOPLE_NOT_INSURED: readonly string[] = [
  '079092000006',
  '079158000005',
  '079190000001',
  '079088000002',
  '079195000004',
];
