import { decodeDossierCursor, encodeDossierCursor } from './dossier-cursor.util';

describe('dossier cursors', () => {
  const position = {
    submittedAt: new Date('2026-11-23T13:16:31.917Z'),
    id: '23333bea-e2b6-476e-838b-777b0ff1d08e',
  };
  const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('decodes what it encodes', () => {
    expect(decodeDossierCursor(encodeDossierCursor(position))).toEqual(position);
  });

  it('refuses text that is not a cursor', () => {
    expect(decodeDossierCursor('nonsense')).toBeUndefined();
    expect(decodeDossierCursor(forge([1, 2]))).toBeUndefined();
  });

  it('refuses an id that is not a UUID, even of the right length', () => {
    expect(
      decodeDossierCursor(forge({ t: position.submittedAt, id: '-'.repeat(36) })),
    ).toBeUndefined();
  });

  it('refuses times the database would refuse or no dossier can have', () => {
    expect(
      decodeDossierCursor(forge({ t: '-271821-04-20T00:00:00Z', id: position.id })),
    ).toBeUndefined();
    expect(
      decodeDossierCursor(forge({ t: '1999-12-31T23:59:59Z', id: position.id })),
    ).toBeUndefined();
    expect(decodeDossierCursor(forge({ t: 'yesterday', id: position.id }))).toBeUndefined();
  });
});
