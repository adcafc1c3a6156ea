import fc from 'fast-check';

/** What the URL parser of the environment makes of `url` as a media URL: its href if http(s), else `null`. */
export function parsedHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Mostly `plain` values, now and then `tricky` ones. */
const mostly = (plain: string[], tricky: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 6 }, { arbitrary: fc.constantFrom(...tricky), weight: 1 });

const label = mostly(['a', 'cdn', 'x-1', 'media', 's3', '0', '127', '1a', 'b-'], ['256', '0x7f', '01', 'xn--nxasmq6b', 'xn--a', 'xn--', 'ab--c', 'EXAMPLE', 'é', 'a_b', '', '-']);
const host = fc.oneof(
  { arbitrary: fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')), weight: 3 },
  { arbitrary: mostly(['127.0.0.1', '10.0.0.255', '192.168.1.20'], ['1.2.3', '1.2.3.4.5', '192.168.001.1', '255.255.255.256', '[::1]', '0x7f.0.0.1']), weight: 1 },
);
const segment = mostly(['media', 'a.png', 'pro-plan.svg', 'x_1', '~u', '', 'b.c.d'], ['.', '..', '%2e', '%2E%2e', '%41', 'a b', "'", '|', '^', '"', '\\', 'é', 'a\tb', '@', ';', '{', '`']);

/**
 * URL-like strings, mostly in the shape a shortcut for plain http(s) URLs accepts, each part now and
 * then with a detail that makes a URL parser rewrite or refuse it: scheme and host case, IPv4
 * spellings, internationalised labels, default and out-of-range ports, dot segments, escapes,
 * characters the parser escapes.
 */
export const httpUrlLike = fc
  .tuple(
    mostly(['http://', 'https://'], ['HTTP://', 'Https://', 'ftp://', 'http:/', ' http://', 'http:\\\\', 'javascript://']),
    host,
    mostly(['', '', ':8080', ':5173', ':65535', ':1'], [':80', ':443', ':0', ':65536', ':099', ':']),
    fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`),
    mostly(['', '', '?v=2', '?a=1&b=x-y'], ['?', "?a='", '?a b', '#x', '?x#y', '?%2F', '?é']),
  )
  .map((parts) => parts.join(''));
