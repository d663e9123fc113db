// Exit statuses, shared by every command and written into the help (sysexits' 70 for a bug).
export const EXIT = {
  ok: 0,
  inputFailed: 1,
  usage: 2,
  internal: 70,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0   success
  1   some input failed (an unreadable, empty or binary file, invalid UTF-8, a bad JSONL line)
      or the store cannot be opened or reached (a bad --db path, a PostgreSQL server that is down)
  2   usage error (unknown flag, missing or invalid argument such as --published 2025-02-30)
  70  internal error, a bug in crosscheck (rerun with CROSSCHECK_DEBUG=1 for the stack trace)`;
