import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isProcessAlive } from '../process/process-alive.util';
import { findRepoRoot } from '../repo-root.util';
import { kafkaVersionFromPom } from './kafka-version.util';

const execFileAsync = promisify(execFile);

/** Options of {@link ensureKafkaLibs}. */
export interface KafkaLibsOptions {
  /** Defaults to the monorepo holding this file. */
  readonly repoRoot?: string;
  /** Progress messages (the first download takes a while). */
  readonly onLog?: (line: string) => void;
}

/** Written into a complete jar directory: the hash of the pom it was resolved from. */
const STAMP_FILE = '.pom-sha256';

/** `deploy/local/kafka/pom.xml` of the repository. */
export function kafkaPomPath(repoRoot: string = findRepoRoot()): string {
  return path.join(repoRoot, 'deploy', 'local', 'kafka', 'pom.xml');
}

/** The Kafka version pinned in `deploy/local/kafka/pom.xml`. */
export async function kafkaVersion(repoRoot: string = findRepoRoot()): Promise<string> {
  return kafkaVersionFromPom(await readFile(kafkaPomPath(repoRoot), 'utf8'));
}

/**
 * The directory of the broker's jars, `<repo>/.cache/kafka/<version>/libs`, fetched by Maven from
 * Maven Central the first time (about 45 MB).
 *
 * Maven writes into a temporary directory that is renamed into place only when complete, with the
 * pom's hash inside: an interrupted download is never mistaken for a complete one, and editing the
 * pom (a logging version, say) fetches again. Two processes racing on a fresh machine both
 * download; the first rename wins and the other's copy is discarded.
 */
export async function ensureKafkaLibs(options: KafkaLibsOptions = {}): Promise<string> {
  const repoRoot = options.repoRoot ?? findRepoRoot();
  const pomFile = kafkaPomPath(repoRoot);
  const pom = await readFile(pomFile, 'utf8');
  const version = kafkaVersionFromPom(pom);
  const pomHash = createHash('sha256').update(pom).digest('hex');
  const versionDir = path.join(repoRoot, '.cache', 'kafka', version);
  const libsDir = path.join(versionDir, 'libs');
  if ((await readStamp(libsDir)) === pomHash) {
    return libsDir;
  }

  await mkdir(versionDir, { recursive: true });
  await removeAbandonedDownloads(versionDir);
  const tmpDir = path.join(versionDir, `libs.tmp-${process.pid}-${Date.now()}`);
  options.onLog?.(`Fetching Kafka ${version} jars from Maven Central (first run only)...`);
  try {
    await execFileAsync(
      'mvn',
      [
        '-B',
        '-q',
        '-Dstyle.color=never',
        '-f',
        pomFile,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${tmpDir}`,
        '-DincludeScope=runtime',
      ],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, env: process.env },
    );
  } catch (error: unknown) {
    await rm(tmpDir, { recursive: true, force: true });
    throw new Error(`Fetching the Kafka jars with Maven failed: ${describeExecError(error)}`, {
      cause: error,
    });
  }
  await writeFile(path.join(tmpDir, STAMP_FILE), pomHash);

  const oldDir = path.join(versionDir, `libs.old-${process.pid}-${Date.now()}`);
  if (existsSync(libsDir)) {
    // Stale (pom changed): moved aside rather than deleted in place, so the swap stays atomic.
    await rename(libsDir, oldDir).catch(() => undefined);
  }
  try {
    await rename(tmpDir, libsDir);
  } catch (error: unknown) {
    // Another process finished first: keep its copy if it is complete.
    await rm(tmpDir, { recursive: true, force: true });
    if ((await readStamp(libsDir)) !== pomHash) {
      throw error;
    }
  }
  await rm(oldDir, { recursive: true, force: true });
  return libsDir;
}

async function readStamp(libsDir: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(libsDir, STAMP_FILE), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** Leftovers of downloads whose process is gone (killed mid-download). */
async function removeAbandonedDownloads(versionDir: string): Promise<void> {
  for (const entry of await readdir(versionDir)) {
    const match = /^libs\.(?:tmp|old)-(\d+)-/.exec(entry);
    if (match !== null && !isProcessAlive(Number(match[1]))) {
      await rm(path.join(versionDir, entry), { recursive: true, force: true });
    }
  }
}

function describeExecError(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
  if (failure.code === 'ENOENT') {
    return 'Maven (mvn) is not on the PATH. Install Maven 3.8+ and Java 17+, or set KAFKA_BROKERS.';
  }
  const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim().split('\n').slice(-30);
  return `${failure.message}\n${output.join('\n')}`;
}
