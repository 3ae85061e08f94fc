import { outcomeEvents, ProcedureCatalogue } from './procedure-catalogue';

describe('ProcedureCatalogue', () => {
  const sut = new ProcedureCatalogue();
  const birth = sut.get('birth-registration-bundle');
  const form = {
    child: {
      fullName: 'Tran Minh An',
      sex: 'male',
      dateOfBirth: '2026-11-02',
      placeOfBirth: 'Tu Du',
    },
    motherPin: '079190000001',
    medicalBirthCertificateNo: 'TD-1',
    registrationAuthority: { provinceCode: '079', communeCode: '26734' },
    residence: { withParent: 'mother' },
    certifiedCopies: 3,
  };

  it('compiles every form in strict mode and accepts the example form', () => {
    expect(sut.validateForm('birth-registration-bundle', form, '2026-11-23')).toEqual([]);
  });

  it('requires the father when the child takes his residence, and knows province codes', () => {
    const violations = sut.validateForm(
      'birth-registration-bundle',
      {
        ...form,
        residence: { withParent: 'father' },
        registrationAuthority: { provinceCode: '999', communeCode: '1' },
      },
      '2026-11-23',
    );
    expect(violations.map((v) => v.pointer)).toEqual(
      expect.arrayContaining([
        '/data/fatherPin',
        '/data/registrationAuthority/provinceCode',
        '/data/registrationAuthority/communeCode',
      ]),
    );
  });

  it('gives one error per bad field, listing the allowed values, and none without a field', () => {
    const violations = sut.validateForm(
      'birth-registration-bundle',
      {
        ...form,
        child: { ...form.child, sex: 'x' },
        residence: { withParent: 'father' },
        registrationAuthority: { provinceCode: '999', communeCode: '26734' },
      },
      '2026-11-23',
    );
    expect(violations).toEqual([
      { pointer: '/data/fatherPin', detail: "must have required property 'fatherPin'" },
      { pointer: '/data/child/sex', detail: 'must be one of: male, female' },
      {
        pointer: '/data/registrationAuthority/provinceCode',
        detail: expect.stringMatching(/^must be one of: 001, 002, /) as string,
      },
    ]);
  });

  it('refuses a date of birth before 1900, which no PIN can encode', () => {
    const violations = sut.validateForm(
      'birth-registration-bundle',
      { ...form, child: { ...form.child, dateOfBirth: '1899-12-31' } },
      '2026-11-23',
    );
    expect(violations.map((v) => v.pointer)).toEqual(['/data/child/dateOfBirth']);
  });

  it('charges 8,000 VND a copy, halved online, and nothing for no copy', () => {
    expect(sut.feeFor(birth, form, 'online', '2026-11-23')?.amount).toBe(12000);
    expect(sut.feeFor(birth, form, 'counter', '2026-11-23')?.amount).toBe(24000);
    expect(
      sut.feeFor(birth, { ...form, certifiedCopies: 0 }, 'online', '2026-11-23'),
    ).toBeUndefined();
  });

  it('plans the fee step only when a fee is due and drops the need for it otherwise', () => {
    expect(sut.planSteps(birth, false, '2026-11-23').map((step) => [step.key, step.needs])).toEqual(
      [
        ['birth', []],
        ['residence', ['birth']],
        ['insurance', ['birth']],
      ],
    );
    const withFee = sut.planSteps(birth, true, '2026-11-27');
    expect(withFee.map((step) => step.key)).toEqual(['fee', 'birth', 'residence', 'insurance']);
    // Friday 27 November 2026: one working day later is Monday 30, two is Tuesday 1 December.
    expect(withFee.map((step) => step.deadline)).toEqual([
      '2026-11-30',
      '2026-11-30',
      '2026-12-01',
      '2026-12-01',
    ]);
  });

  it('routes outcomes to their step and compensation', () => {
    expect(sut.route(birth, 'fee', 'vn.gov.payment.fee-paid.v1')).toEqual({
      kind: 'step',
      effect: 'completed',
    });
    expect(sut.route(birth, 'fee', 'vn.gov.payment.fee-refunded.v1')).toEqual({
      kind: 'compensation',
    });
    expect(sut.route(birth, 'birth', 'vn.gov.payment.fee-paid.v1')).toBeUndefined();
  });

  it('consumes every outcome type the definitions name, each once', () => {
    const types = outcomeEvents().map((event) => event.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toContain('vn.gov.civil-status.birth-registered.v1');
    expect(types).toContain('vn.gov.payment.fee-refunded.v1');
  });

  it('requires a bank account for the death group only', () => {
    expect(sut.missingApplicantFields('death-registration-bundle', { pin: '1' })).toEqual([
      { pointer: '/applicant/bankAccount', detail: 'is required for this procedure' },
    ]);
    expect(sut.missingApplicantFields('birth-registration-bundle', { pin: '1' })).toEqual([]);
  });

  it('reports schema errors and form checks together', () => {
    const violations = sut.validateForm(
      'birth-registration-bundle',
      { ...form, motherPin: 'x', child: { ...form.child, dateOfBirth: '2030-01-01' } },
      '2026-11-23',
    );
    expect(violations.map((v) => v.pointer)).toEqual([
      '/data/motherPin',
      '/data/child/dateOfBirth',
    ]);
  });

  it('publishes a definition as data: the longest step is the procedure deadline', () => {
    const published = sut.publish(sut.get('death-registration-bundle'));
    expect(published.deadlineWorkingDays).toBe(7);
    expect(published.steps.find((step) => step.principal)?.key).toBe('death');
    expect(published.fee).toBeNull();
    expect(JSON.stringify(published.form)).toContain('deceasedPin');
  });
});
