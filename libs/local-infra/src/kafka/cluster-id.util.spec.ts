import { newClusterId } from './cluster-id.util';

describe('newClusterId', () => {
  it('encodes 16 bytes as 22 URL-safe base64 characters, like Kafka Uuid.toString()', () => {
    const id = newClusterId(() => Buffer.from('00fbff00fbff00fbff00fbff00fbff00', 'hex'));
    expect(id).toBe('APv_APv_APv_APv_APv_AA');
  });

  it('draws again when the id would start with a dash, which a command line reads as an option', () => {
    const draws = [Buffer.alloc(16, 0xfb), Buffer.alloc(16, 0x01)];
    const id = newClusterId(() => draws.shift() ?? Buffer.alloc(16));
    expect(id).toBe(Buffer.alloc(16, 0x01).toString('base64url'));
    expect(id).toHaveLength(22);
  });

  it('gives a different id each call by default', () => {
    expect(newClusterId()).not.toBe(newClusterId());
  });
});
