import {
  composeApplicantMessage,
  type ApplicantMessageInput,
} from './compose-applicant-message.util';

const DOSSIER = '5b0f7a52-3c0e-4d8f-9a43-3f1e5a8e0b11';
const PROCEDURE = 'Liên thông khai sinh, thường trú, BHYT cho trẻ dưới 6 tuổi';

function input(overrides: Partial<ApplicantMessageInput>): ApplicantMessageInput {
  return {
    dossierId: DOSSIER,
    procedureName: PROCEDURE,
    status: 'completed',
    recipientName: 'Nguyễn Thị Lan',
    steps: [],
    ...overrides,
  };
}

describe('composeApplicantMessage', () => {
  it('lists every result the citizen needs when the birth group is completed', () => {
    const message = composeApplicantMessage(
      input({
        status: 'completed',
        steps: [
          {
            key: 'birth',
            agency: 'civil-status',
            status: 'completed',
            result: { registrationNumber: 'KS-079-2026-000123', pin: '079226000123' },
          },
          {
            key: 'residence',
            agency: 'residence',
            status: 'completed',
            result: { confirmationNumber: 'TT-079-2026-000045' },
          },
          {
            key: 'insurance',
            agency: 'social-insurance',
            status: 'completed',
            result: {
              cardNumber: '079226000123',
              category: 'TE',
              benefitLevel: 1,
              validFrom: '2026-11-02',
              validTo: '2032-11-30',
            },
          },
        ],
      }),
    );

    expect(message.subject).toBe(`Hồ sơ đã hoàn thành / Dossier completed: ${PROCEDURE}`);
    expect(message.body).toBe(
      [
        'Kính gửi Nguyễn Thị Lan,',
        'Dear Nguyễn Thị Lan,',
        '',
        'Hồ sơ của bạn đã được giải quyết xong. Kết quả ở dưới đây.',
        'Your dossier is completed. The results are below.',
        '',
        `Thủ tục / Procedure: ${PROCEDURE}`,
        `Mã hồ sơ / Dossier number: ${DOSSIER}`,
        'Trạng thái / Status: Hồ sơ đã hoàn thành / Dossier completed',
        '',
        'Các bước đã hoàn thành / Completed steps:',
        '- Đăng ký khai sinh / Birth registration: đã hoàn thành / completed',
        '    Số đăng ký khai sinh / Birth registration number: KS-079-2026-000123',
        "    Số định danh cá nhân của trẻ / Child's personal identification number: 079226000123",
        "- Đăng ký thường trú cho trẻ / Child's permanent residence: đã hoàn thành / completed",
        '    Số xác nhận đăng ký thường trú / Residence confirmation number: TT-079-2026-000045',
        '- Thẻ bảo hiểm y tế / Health insurance card: đã hoàn thành / completed',
        '    Mã số thẻ BHYT / Health insurance card number: 079226000123',
        '    Đối tượng / Category: TE',
        '    Mức hưởng / Benefit level: 1',
        '    Giá trị sử dụng / Valid: 2026-11-02 – 2032-11-30',
        '',
        'Đây là thư tự động của hệ thống liên thông, vui lòng không trả lời.',
        'This is an automated message from the interconnected public services; please do not reply.',
        '',
      ].join('\n'),
    );
  });

  it('gives the reason of a step that did not apply in a completed dossier', () => {
    const { body } = composeApplicantMessage(
      input({
        status: 'completed',
        steps: [
          {
            key: 'insurance',
            agency: 'social-insurance',
            status: 'not_applicable',
            reason: 'The child reached 6 years of age on 2025-10-01.',
          },
        ],
      }),
    );

    expect(body).toContain(
      [
        'Các bước không thực hiện / Steps not carried out:',
        '- Thẻ bảo hiểm y tế / Health insurance card: không áp dụng / not applicable',
        '    Lý do / Reason: The child reached 6 years of age on 2025-10-01.',
      ].join('\n'),
    );
  });

  it("gives each step's reason when the dossier is rejected, and names the steps it stopped", () => {
    const message = composeApplicantMessage(
      input({
        status: 'rejected',
        steps: [
          {
            key: 'birth',
            agency: 'civil-status',
            status: 'rejected',
            reason: 'The mother PIN is not in the population register.',
          },
          { key: 'residence', agency: 'residence', status: 'skipped' },
          { key: 'insurance', agency: 'social-insurance', status: 'skipped' },
        ],
      }),
    );

    expect(message.subject).toBe(`Hồ sơ bị từ chối / Dossier rejected: ${PROCEDURE}`);
    expect(message.body).toContain('Hồ sơ của bạn không được chấp nhận (lý do ở dưới đây).');
    expect(message.body).toContain(
      [
        '- Đăng ký khai sinh / Birth registration: bị từ chối / rejected',
        '    Lý do / Reason: The mother PIN is not in the population register.',
        "- Đăng ký thường trú cho trẻ / Child's permanent residence: không thực hiện vì bước trước không thành / not carried out because an earlier step did not succeed",
      ].join('\n'),
    );
    expect(message.body).not.toContain('Completed steps');
  });

  it('shows both the results and the reasons of a partially completed dossier', () => {
    const { subject, body } = composeApplicantMessage(
      input({
        status: 'partially_completed',
        steps: [
          {
            key: 'birth',
            agency: 'civil-status',
            status: 'completed',
            result: { registrationNumber: 'KS-079-2026-000123', pin: '079226000123' },
          },
          {
            key: 'residence',
            agency: 'residence',
            status: 'rejected',
            reason: 'The mother has no permanent residence in the register.',
          },
        ],
      }),
    );

    expect(subject).toBe(`Hồ sơ hoàn thành một phần / Dossier partially completed: ${PROCEDURE}`);
    expect(body).toContain('Birth registration number: KS-079-2026-000123');
    expect(body).toContain('Reason: The mother has no permanent residence in the register.');
  });

  it('says which steps are done and which are still in progress', () => {
    const { subject, body } = composeApplicantMessage(
      input({
        status: 'in_progress',
        steps: [
          {
            key: 'fee',
            agency: 'payment',
            status: 'completed',
            result: { paymentId: 'PAY-42', amount: 16000, currency: 'VND' },
          },
          { key: 'birth', agency: 'civil-status', status: 'in_progress' },
          { key: 'residence', agency: 'residence', status: 'pending' },
        ],
      }),
    );

    expect(subject).toBe(`Hồ sơ đang được xử lý / Dossier in progress: ${PROCEDURE}`);
    expect(body).toContain(
      [
        'Các bước đã hoàn thành / Completed steps:',
        '- Lệ phí / Fee: đã hoàn thành / completed',
        '    Mã giao dịch / Payment id: PAY-42',
        '    Số tiền / Amount: 16.000 VND',
        '',
        'Các bước đang xử lý / Steps still in progress:',
        '- Đăng ký khai sinh / Birth registration: đang xử lý / in progress',
        "- Đăng ký thường trú cho trẻ / Child's permanent residence: chờ xử lý / waiting",
      ].join('\n'),
    );
  });

  it('names an unknown step by its key and lists result fields it has no label for', () => {
    const { body } = composeApplicantMessage(
      input({
        steps: [
          {
            key: 'survivor-allowance',
            agency: 'social-insurance',
            status: 'completed',
            result: { decisionNumber: 'QD-7', extra: { a: 1 } },
          },
        ],
      }),
    );

    expect(body).toContain(
      [
        '- survivor-allowance: đã hoàn thành / completed',
        '    decisionNumber: QD-7',
        '    extra: {"a":1}',
      ].join('\n'),
    );
  });

  it('keeps the subject on one line whatever the procedure name holds', () => {
    const { subject } = composeApplicantMessage(
      input({ status: 'submitted', procedureName: 'Khai sinh\r\nBcc: someone@example.vn' }),
    );

    expect(subject).toBe(
      'Hồ sơ đã được tiếp nhận / Dossier received: Khai sinh Bcc: someone@example.vn',
    );
  });
});

describe('composeApplicantMessage for the death group', () => {
  it('names death steps and labels a death registration number as such', () => {
    const message = composeApplicantMessage({
      dossierId: '8f7d8a52-33a4-4a7f-9a53-7a3f3b2d6f10',
      procedureName: 'Death registration bundle',
      status: 'completed',
      recipientName: 'Nguyen Thi Lan',
      steps: [
        {
          key: 'death',
          agency: 'civil-status-service',
          status: 'completed',
          result: { registrationNumber: 'KT-2026-000001' },
        },
        {
          key: 'funeral-allowance',
          agency: 'social-insurance-service',
          status: 'completed',
          result: { amount: 23400000, currency: 'VND', paymentId: 'p-1' },
        },
      ],
    });
    expect(message.body).toContain('Death registration number: KT-2026-000001');
    expect(message.body).not.toContain('Birth registration number');
    expect(message.body).toContain('Funeral allowance');
    expect(message.body).toContain('23.400.000 VND');
  });

  it("names a step it does not know as the procedure's definition names it", () => {
    const message = composeApplicantMessage({
      dossierId: '8f7d8a52-33a4-4a7f-9a53-7a3f3b2d6f10',
      procedureName: 'Survivor allowance',
      status: 'in_progress',
      recipientName: 'Nguyen Thi Lan',
      steps: [
        {
          key: 'survivor-allowance',
          name: 'Monthly survivor allowance',
          agency: 'social-insurance-service',
          status: 'dispatched',
        },
      ],
    });
    expect(message.body).toContain('Monthly survivor allowance');
  });
});
