import { LogTail } from './log-tail.util';

describe('LogTail', () => {
  it('keeps only the last lines, oldest first', () => {
    const sut = new LogTail(2);
    ['one', 'two', 'three'].forEach((line) => sut.push(line));
    expect(sut.toString()).toBe('two\nthree');
  });
});
