import { describe, expect, it } from 'vitest';
import { pageKey } from './web-url';

describe('pageKey: one page under the forms of its address', () => {
  const page = 'https://www.euronews.com/my-europe/2025/08/06/historic-peace';

  it('ignores the scheme, www., host case, default port, trailing slash, fragment and tracking parameters', () => {
    const key = pageKey(page);
    for (const same of [
      'http://euronews.com/my-europe/2025/08/06/historic-peace',
      'https://WWW.Euronews.com:443/my-europe/2025/08/06/historic-peace/',
      `${page}#comments`,
      `${page}?utm_source=twitter&utm_medium=social&fbclid=IwAR0x`,
      `${page}?gclid=abc#top`,
    ]) {
      expect(pageKey(same), same).toBe(key);
    }
    expect(pageKey('https://news.example')).toBe(pageKey('https://news.example/'));
  });

  it('keeps what may name another page: the path and its case, other parameters (in any order), another port', () => {
    expect(pageKey(`${page}-2`)).not.toBe(pageKey(page));
    expect(pageKey(page.toUpperCase().replace('HTTPS', 'https'))).not.toBe(pageKey(page));
    expect(pageKey('https://news.example/a?id=1')).not.toBe(pageKey('https://news.example/a?id=2'));
    expect(pageKey('https://news.example/a?id=1&page=2')).toBe(pageKey('https://news.example/a?page=2&id=1&utm_campaign=x'));
    expect(pageKey('https://news.example:8443/a')).not.toBe(pageKey('https://news.example/a'));
  });

  it('is null for what is no web address', () => {
    for (const other of ['urn:x-pdf:6c1e48426b5', 'file:///home/a/page.html', 'javascript:alert(1)', 'news.example/a', '']) {
      expect(pageKey(other), other).toBeNull();
    }
  });
});
