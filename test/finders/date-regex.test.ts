import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { DATE_PARSERS } from '../../src/finders/date/parsers.js';

// The date reader runs every parser's pattern over whole sentences: each must stay linear whatever the
// text (the refiners' expressions only see a few dozen characters around a date).
describe("the date parsers' patterns", () => {
  it.each(DATE_PARSERS.map((p) => [p.pattern().source.slice(0, 50), p.pattern()] as const))('%s… is safe from catastrophic backtracking', async (_name, re) => {
    const result = await check(re.source, re.flags, { timeout: 20_000 });
    expect(result.status).toBe('safe');
  });
});
