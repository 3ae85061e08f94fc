import { findBlockedAncestor, type PathStat } from './traversable.util';

const ROOT_UID = 0;
const POSTGRES = { uid: 101, gid: 104 };

function fakeFs(entries: Record<string, PathStat>): (dir: string) => PathStat {
  return (dir) => {
    const entry = entries[dir];
    if (entry === undefined) {
      throw Object.assign(new Error(`ENOENT ${dir}`), { code: 'ENOENT' });
    }
    return entry;
  };
}

describe('findBlockedAncestor', () => {
  const open = { mode: 0o40755, uid: ROOT_UID, gid: ROOT_UID };

  it('finds nothing when every directory lets others through', () => {
    const stat = fakeFs({ '/': open, '/work': open, '/work/repo': open });
    expect(findBlockedAncestor({ target: '/work/repo', ...POSTGRES, stat })).toBeUndefined();
  });

  it("reports root's home, the usual trap for a repository cloned as root", () => {
    const stat = fakeFs({ '/': open, '/root': { ...open, mode: 0o40700 }, '/root/repo': open });
    expect(findBlockedAncestor({ target: '/root/repo/.local', ...POSTGRES, stat })).toBe('/root');
  });

  it("uses the owner's bits for the owner and the group's bits for the group", () => {
    const stat = fakeFs({
      '/': open,
      '/own': { mode: 0o40700, uid: POSTGRES.uid, gid: 0 },
      '/own/grp': { mode: 0o40750, uid: ROOT_UID, gid: POSTGRES.gid },
    });
    expect(findBlockedAncestor({ target: '/own/grp', ...POSTGRES, stat })).toBeUndefined();
  });

  it('stops at the first directory that does not exist yet, since it will be created for the user', () => {
    const stat = fakeFs({ '/': open, '/tmp': { ...open, mode: 0o41777 } });
    expect(findBlockedAncestor({ target: '/tmp/run/pg', ...POSTGRES, stat })).toBeUndefined();
  });
});
