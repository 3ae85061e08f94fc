import { CorrelationContext } from '../correlation/correlation.context';
import { captureLines } from '../../test/log-capture';
import { createPlatformLogger } from './platform-logger';

describe('createPlatformLogger', () => {
  function setup() {
    const capture = captureLines();
    const sut = createPlatformLogger(
      { SERVICE_NAME: 'sample-service', LOG_LEVEL: 'info' },
      capture.stream,
    );
    return { sut, capture };
  }

  it('writes JSON lines with the service, a level word and an ISO time', () => {
    const { sut, capture } = setup();

    sut.info('hello');

    const [line] = capture.lines();
    expect(line).toMatchObject({ level: 'info', service: 'sample-service', msg: 'hello' });
    expect(line?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('adds the correlation id of the surrounding run, as a Kafka consumer would set it', () => {
    const { sut, capture } = setup();

    CorrelationContext.run('kafka-corr-1', () => sut.info('consumed'));
    sut.info('outside');

    const [inside, outside] = capture.lines();
    expect(inside).toMatchObject({ correlationId: 'kafka-corr-1', msg: 'consumed' });
    expect(outside).not.toHaveProperty('correlationId');
  });

  it('censors personal data at any depth up to five levels and credentials in headers', () => {
    const { sut, capture } = setup();

    sut.info(
      {
        email: 'top@example.vn',
        event: {
          data: {
            child: { fullName: 'Nguyễn Văn A', dateOfBirth: '2024-01-01', sex: 'male' },
            parents: [{ pin: '001204000001', phone: '0900000000', address: 'Hà Nội' }],
            payment: { bankAccount: '123' },
          },
        },
        req: { headers: { authorization: 'Bearer secret', cookie: 's=1', accept: 'json' } },
      },
      'payload',
    );

    const [line] = capture.lines();
    expect(line).toMatchObject({
      email: '[REDACTED]',
      event: {
        data: {
          child: { fullName: '[REDACTED]', dateOfBirth: '[REDACTED]', sex: 'male' },
          parents: [{ pin: '[REDACTED]', phone: '[REDACTED]', address: '[REDACTED]' }],
          payment: { bankAccount: '[REDACTED]' },
        },
      },
      req: { headers: { authorization: '[REDACTED]', cookie: '[REDACTED]', accept: 'json' } },
    });
  });
});
