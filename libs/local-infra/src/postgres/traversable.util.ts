import { statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** The mode bits and owner of a path, as far as access checks need them. */
export type PathStat = Pick<Stats, 'mode' | 'uid' | 'gid'>;

/**
 * The first directory from the root down to `target` that `identity` may not enter (no search
 * permission), or `undefined`. A repository under `/root` (mode 700) is the usual case: PostgreSQL,
 * running as `postgres`, can then reach neither its binaries nor its data, and says only
 * "Permission denied". Supplementary groups are ignored, so the answer errs towards "blocked" only
 * when no owner, group or other bit applies.
 */
export function findBlockedAncestor(args: {
  readonly target: string;
  readonly uid: number;
  readonly gid: number;
  readonly stat?: (dir: string) => PathStat;
}): string | undefined {
  const stat = args.stat ?? statSync;
  const dirs: string[] = [];
  for (let dir = path.resolve(args.target); ; dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (path.dirname(dir) === dir) {
      break;
    }
  }
  for (const dir of dirs) {
    let info: PathStat;
    try {
      info = stat(dir);
    } catch {
      // Not created yet: whatever we create below a reachable parent is made reachable by us.
      return undefined;
    }
    if (!canSearch(info, args.uid, args.gid)) {
      return dir;
    }
  }
  return undefined;
}

function canSearch(info: PathStat, uid: number, gid: number): boolean {
  if (uid === 0) {
    return true;
  }
  if (info.uid === uid) {
    return (info.mode & 0o100) !== 0;
  }
  if (info.gid === gid) {
    return (info.mode & 0o010) !== 0;
  }
  return (info.mode & 0o001) !== 0;
}
