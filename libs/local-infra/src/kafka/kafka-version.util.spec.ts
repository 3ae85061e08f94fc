import { kafkaVersionFromPom } from './kafka-version.util';

describe('kafkaVersionFromPom', () => {
  it('reads the kafka.version property', () => {
    expect(
      kafkaVersionFromPom('<properties>\n  <kafka.version> 4.1.2 </kafka.version>\n</properties>'),
    ).toBe('4.1.2');
  });

  it('refuses a pom without it', () => {
    expect(() => kafkaVersionFromPom('<project/>')).toThrow('<kafka.version>');
  });
});
