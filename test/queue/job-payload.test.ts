// The job payload and its id: the id is a valid UUID fixed by the article's text and the pipeline
// version (the queue's dedupe key); a worker refuses, in words, anything that is not an article.
import { describe, expect, it } from 'vitest';
import { jobId, jobPayload, MAX_PAYLOAD_BYTES, readJobPayload } from '../../src/queue/job-payload.js';
import { contentHash } from '../../src/store/content-hash.js';

const article = { id: 'a1', text: 'At least 12 people were killed on Friday.', published: '2025-12-13', outlet: 'Test Wire', url: null, title: null };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('job id', () => {
  it('is a UUID (version 8) that depends on the text and the pipeline version only', () => {
    const id = jobId(contentHash(article.text), '0.1.0');
    expect(id).toMatch(UUID);
    expect(jobId(contentHash(article.text), '0.1.0')).toBe(id);
    expect(jobId(contentHash(`${article.text} `), '0.1.0')).not.toBe(id);
    expect(jobId(contentHash(article.text), '0.2.0')).not.toBe(id);
  });
});

describe('job payload', () => {
  it('round-trips an article through JSON', () => {
    const payload = JSON.parse(JSON.stringify(jobPayload(article, 'news/a1.txt')));
    expect(readJobPayload(payload)).toEqual({ v: 1, article, origin: 'news/a1.txt' });
  });

  it('refuses an article too large for a job, naming the limit', () => {
    const text = 'x'.repeat(MAX_PAYLOAD_BYTES);
    expect(() => jobPayload({ ...article, text }, 'dump.txt')).toThrow(/too large for a queue job: 16\.0 MB \(the limit is 16 MB; ingest it into the store directly with --db\)/);
  });

  it.each([
    [null, /expected an object, got null/],
    ['text', /expected an object, got "text"/],
    [{ article }, /payload version nothing, expected 1/],
    [{ v: 1 }, /^not an article job: article: /],
    [{ v: 1, article: { ...article, text: 42 } }, /article\.text: .*expected string/],
    [{ v: 1, article: { ...article, published: '2025-02-30' } }, /article: invalid published date "2025-02-30": 2025-02 has 28 days/],
    [{ v: 1, article: { ...article, text: '  ' } }, /article: text is empty/],
  ])('refuses %j', (data, message) => {
    expect(() => readJobPayload(data)).toThrow(message);
  });
});
