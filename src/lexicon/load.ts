// Loads the word lists kept as data under <package root>/lexicon/en/, once per name.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('crosscheck: cannot find the package root (package.json) for the lexicon');
    dir = up;
  }
  return dir;
}

/** The folder holding package.json: lexicon/ and data/ are read from here. */
export const packageRoot = findPackageRoot();
const root = packageRoot;
const cache = new Map<string, unknown>();

export function loadLexicon<T>(name: string, language = 'en'): T {
  const key = `${language}/${name}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = JSON.parse(readFileSync(join(root, 'lexicon', language, `${name}.json`), 'utf8'));
    cache.set(key, value);
  }
  return value as T;
}
