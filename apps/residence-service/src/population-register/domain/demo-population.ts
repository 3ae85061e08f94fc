import type { PopulationSeed } from './population-seed.schema';

/**
 * Fixed people of the default seed, for the README's quick start, the demos and end-to-end tests
 * (their PINs are quoted there, so they never change and the generator never draws them):
 * - Tran Van Hung and Nguyen Thi Lan, a married couple with a permanent residence in Ho Chi Minh
 *   City: the parents of the quick start's birth dossier;
 * - Nguyen Van Binh (Lan's father) and Le Thi Hoa, another household: the death group's example;
 * - Pham Thi Mai, known to the register with no permanent residence: a mother whose child cannot
 *   take her permanent residence;
 * - Do Van Nam, known with no permanent residence.
 */
export const DEMO_POPULATION: PopulationSeed = {
  households: [
    {
      id: 'HK-079-DEMO-0001',
      provinceCode: '079',
      communeCode: '26734',
      address: '45 Nguyen Trai, Ward Ben Thanh, Ho Chi Minh City',
      members: [
        {
          pin: '079088000002',
          fullName: 'Tran Van Hung',
          sex: 'male',
          dateOfBirth: '1988-04-12',
          relationshipToHead: 'head',
        },
        {
          pin: '079190000001',
          fullName: 'Nguyen Thi Lan',
          sex: 'female',
          dateOfBirth: '1990-08-15',
          relationshipToHead: 'spouse',
        },
      ],
    },
    {
      id: 'HK-079-DEMO-0002',
      provinceCode: '079',
      communeCode: '26737',
      address: '12 Le Loi, Ward Ben Nghe, Ho Chi Minh City',
      members: [
        {
          pin: '079055000003',
          fullName: 'Nguyen Van Binh',
          sex: 'male',
          dateOfBirth: '1955-02-10',
          relationshipToHead: 'head',
        },
        {
          pin: '079158000005',
          fullName: 'Le Thi Hoa',
          sex: 'female',
          dateOfBirth: '1958-06-01',
          relationshipToHead: 'spouse',
        },
      ],
    },
  ],
  residents: [
    { pin: '079195000004', fullName: 'Pham Thi Mai', sex: 'female', dateOfBirth: '1995-03-20' },
    { pin: '079092000006', fullName: 'Do Van Nam', sex: 'male', dateOfBirth: '1992-09-09' },
  ],
};
