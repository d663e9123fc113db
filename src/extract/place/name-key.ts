// How a place name becomes trie keys: split the way wink splits text (hyphens and a trailing 's
// apart, dots kept in "U.S."), then folded so "Côte", "Cote" and "CÔTE" share one key.

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** The lookup key of one token's text: lower case, curly apostrophes straightened, accents dropped. */
export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  // Most tokens are plain ASCII: skip the Unicode work for them (this runs on every capitalised token).
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** A gazetteer name cut into the surface tokens wink would give for it. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const chunk of name.trim().split(/\s+/)) {
    // wink cuts "Guinea-Bissau" into Guinea / - / Bissau, "Praha," before its comma, "People's" into
    // People / 's, and each run of letters beyond Latin-1 into a token of its own ("Hokkaidō": Hokkaid / ō).
    for (const part of chunk.split(/([-\u2010-\u2014,;]|(?:\p{L}(?<=[^\u0000-\u00ff]))+|^['\u2019](?=\p{L}))/u)) {
      if (!part) continue;
      const possessive = /^(.+?)(['\u2019]s?)$/i.exec(part);
      if (possessive && !/^[dl]['\u2019]/i.test(part)) out.push(possessive[1]!, possessive[2]!);
      else out.push(part);
    }
  }
  return out;
}

/** Words inside a name that stay lower case in text ("Bosnia and Herzegovina", "Isle of Man"). */
const CONNECTORS = new Set(['and', 'of', 'the', 'de', 'da', 'do', 'du', 'des', 'del', 'la', 'le', 'y', 'et', 'on', "'s"]);

/** Whether text must capitalise this name token for the name to match. */
export function needsCapital(token: string): boolean {
  const first = token[0];
  if (first === undefined || CONNECTORS.has(token.toLowerCase())) return false;
  return first !== first.toLowerCase();
}

/** Starts with an upper-case letter (any script): the cheap test every token meets first. */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const first = text[0]!;
  return first !== first.toLowerCase();
}
