// What every stage may read besides the Doc: the publication date and a sink for messages.
import type { Message } from './types.js';

export interface Context {
  /** The publication date, YYYY-MM-DD. */
  readonly published: string;
  /** The publication date as a UTC midnight Date, the reference for relative times. */
  readonly reference: Date;
  readonly messages: Message[];
  report(message: Message): void;
}

export function createContext(published: string): Context {
  const messages: Message[] = [];
  return {
    published,
    reference: new Date(`${published}T00:00:00Z`),
    messages,
    report(message) { messages.push(message); },
  };
}
