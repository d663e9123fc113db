// Runs the real `crosscheck serve` (the built bin, as users run it) on a free port with a fresh
// SQLite store in a temporary folder, and seeds it through the API as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const TOKEN = 'browser-test-token-0123456789';

export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-browser-'));
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'serve', '--db', join(dir, 'store.db'), '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_TOKEN: TOKEN },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await listeningUrl(child);
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server says where it listens on stderr ("crosscheck: serving http://127.0.0.1:PORT ..."). */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`crosscheck serve did not start in 20 s:\n${err}`)), 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      err += chunk;
      const m = /serving (http:\/\/\S+?)[\s(]/.exec(err);
      if (m) { clearTimeout(timer); resolve(`${m[1]!}/`); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`crosscheck serve exited (${code}):\n${err}`)); });
  });
}

export interface Posted {
  readonly id: string;
  readonly claims: number;
}

/** POST /articles with a text/plain body, as `curl --data-binary @file` would. */
export async function postText(server: Server, text: string, published: string, outlet: string): Promise<Posted> {
  const q = new URLSearchParams({ published, outlet });
  const response = await fetch(`${server.url}articles?${q}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}` },
    body: text,
  });
  if (!response.ok) throw new Error(`POST /articles: ${response.status} ${await response.text()}`);
  const doc = await response.json() as { article: { id: string }; claims: unknown[] };
  return { id: doc.article.id, claims: doc.claims.length };
}

/** The bundled examples (examples/meta.json): four invented reports of one strike. */
export async function seedExamples(server: Server): Promise<Posted[]> {
  const meta = JSON.parse(readFileSync(join(ROOT, 'examples/meta.json'), 'utf8')) as Record<string, { published: string; outlet: string }>;
  const posted: Posted[] = [];
  for (const [slug, m] of Object.entries(meta)) {
    posted.push(await postText(server, readFileSync(join(ROOT, 'examples', `${slug}.txt`), 'utf8'), m.published, m.outlet));
  }
  return posted;
}

/** The shared seed article (North Korea's losses in Kursk), read in place: it is not ours to copy. */
export const SEED_ARTICLE = join(ROOT, '../shared/data/seed/seed-article.txt');
export const readSeed = () => readFileSync(SEED_ARTICLE, 'utf8');
