import { buildCommandData } from './build-command-data.util';
import { resolvePointer } from './json-pointer.util';

describe('resolvePointer', () => {
  const document = { data: { child: { fullName: 'A' }, 'a/b': 1, 'm~n': 2 }, list: [10, 20] };

  it('walks objects and arrays', () => {
    expect(resolvePointer(document, '/data/child/fullName')).toBe('A');
    expect(resolvePointer(document, '/list/1')).toBe(20);
    expect(resolvePointer(document, '')).toBe(document);
  });

  it('unescapes ~1 and ~0', () => {
    expect(resolvePointer(document, '/data/a~1b')).toBe(1);
    expect(resolvePointer(document, '/data/m~0n')).toBe(2);
  });

  it('gives undefined for a path that is not there', () => {
    expect(resolvePointer(document, '/data/father/pin')).toBeUndefined();
    expect(resolvePointer(document, '/data/child/fullName/x')).toBeUndefined();
  });

  it('refuses a pointer without a leading slash', () => {
    expect(() => resolvePointer(document, 'data')).toThrow('must start with "/"');
  });
});

describe('buildCommandData', () => {
  const document = {
    applicant: { pin: '079190000001' },
    data: { motherPin: '079190000001', child: { fullName: 'Tran Minh An' } },
    steps: { birth: { result: { pin: '079226000123' } } },
  };

  it('maps fields, nests "a/b" targets and starts with dossierId and step', () => {
    expect(
      buildCommandData({
        input: {
          pin: '/steps/birth/result/pin',
          'payer/pin': '/applicant/pin',
          child: '/data/child',
        },
        document,
        dossierId: 'd-1',
        step: 'insurance',
      }),
    ).toEqual({
      dossierId: 'd-1',
      step: 'insurance',
      pin: '079226000123',
      payer: { pin: '079190000001' },
      child: { fullName: 'Tran Minh An' },
    });
  });

  it('leaves out fields whose source is absent', () => {
    const data = buildCommandData({
      input: { fatherPin: '/data/fatherPin', 'payer/email': '/applicant/email' },
      document,
      dossierId: 'd-1',
      step: 'birth',
    });
    expect(data).toEqual({ dossierId: 'd-1', step: 'birth' });
  });

  it('copies values, so the command never shares objects with the dossier', () => {
    const data = buildCommandData({
      input: { child: '/data/child' },
      document,
      dossierId: 'd',
      step: 's',
    });
    (data['child'] as { fullName: string }).fullName = 'changed';
    expect(document.data.child.fullName).toBe('Tran Minh An');
  });
});
