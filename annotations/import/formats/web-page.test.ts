/**
 * Saved web pages on real text: the pages in fixtures/web-pages are built
 * around the seed articles (README.md there says how), the .mhtml written by
 * Chromium itself. The article must come out line for line as the seed has
 * it, without the page furniture around it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnnotatorError } from '../../errors';
import { DEFAULT_IMPORT_LIMITS } from '../limits';
import { convertArticle } from './convert';
import { decodeQuotedPrintable, readWebArchive } from './mhtml';
import { savedFrom } from './saved-page';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/web-pages/${name}`, import.meta.url)));
const seedLines = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../seeds/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const utf8 = (text: string) => new TextEncoder().encode(text);

const EURONEWS_URL = 'https://www.euronews.com/my-europe/2025/08/06/historic-peace-agreement-between-armenia-and-azerbaijan-might-be-signed-in-the-us';
const seed003 = seedLines('003_8d5387ac8c00ce0b.txt');
const HEADLINE = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the US';
/** The article as the seed has it: the headline, then every line after the reading time and comment count. */
const ARTICLE_003 = [HEADLINE, ...seed003.slice(seed003.indexOf('1') + 1)];
const FURNITURE_003 = ['Logo Pasino du Havre', 'in partnership with', 'Logo Nextory', '6 min de lecture', 'Business', 'changed by a script', 'Aug 6, 2025, 4:21 PM'];

describe('a saved article page (Chrome, "Webpage, HTML only")', () => {
  it('becomes its article, line for line, without the page around it', async () => {
    const article = await convertArticle('euronews-003.html', fixture('euronews-003.html'));
    expect(article.extraction).toBe('article');
    expect(article.text.split('\n').slice(0, -1)).toEqual(ARTICLE_003);
    for (const furniture of FURNITURE_003) expect(article.text).not.toContain(furniture);
    expect(article.meta).toEqual({ title: HEADLINE, source: 'euronews', published: '2025-08-06', url: EURONEWS_URL });
  });

  it('is taken whole when asked, furniture and all', async () => {
    const article = await convertArticle('euronews-003.html', fixture('euronews-003.html'), DEFAULT_IMPORT_LIMITS, 'page');
    expect(article.extraction).toBe('page');
    for (const line of ARTICLE_003) expect(article.text).toContain(line);
    for (const furniture of ['Logo Pasino du Havre', '6 min de lecture', 'Business']) expect(article.text).toContain(furniture);
    expect(article.meta.url).toBe(EURONEWS_URL);
  });

  it('a page with no article (a section front) is taken whole, and says so', async () => {
    const article = await convertArticle('section-front.html', fixture('section-front.html'));
    expect(article.extraction).toBe('page');
    expect(article.text).toBe(['Home World', 'South Caucasus', `• ${HEADLINE}`, `• ${seedLines('004_f5d7da63b06ad7bc.txt')[0]}`, ''].join('\n'));
    expect(article.meta).toEqual({ title: 'South Caucasus | Latest news', source: 'news.example', url: 'https://news.example/topics/south-caucasus' });
  });
});

describe('a page saved by SingleFile, in windows-1252', () => {
  it('is decoded by its declared charset (curly quotes and dashes included), with where and when it was saved', async () => {
    const bytes = fixture('seed-004-singlefile-windows-1252.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const article = await convertArticle('seed-004.html', bytes);
    const seed = seedLines('004_f5d7da63b06ad7bc.txt');
    expect(article.extraction).toBe('article');
    // The seed's paragraphs and its date line; the tag links are navigation.
    expect(article.text.split('\n').slice(0, -1)).toEqual([...seed.slice(0, -4), seed.at(-1)]);
    expect(article.text).toContain('Azerbaijan’s participation');
    expect(article.meta).toEqual({
      title: seed[0],
      source: 'news.example',
      url: 'https://news.example/world/washington-prepares-meeting-of-armenian-and-azerbaijani-leaders',
      accessed: '2025-08-07',
    });
  });
});

describe('a web archive (.mhtml, Chrome\'s "Webpage, single file")', () => {
  it('gives the same article as the page, with the address and the day it was saved', async () => {
    const article = await convertArticle('euronews-003.mhtml', fixture('euronews-003.mhtml'));
    expect(article.format).toBe('mhtml');
    expect(article.extraction).toBe('article');
    expect(article.text.split('\n').slice(0, -1)).toEqual(ARTICLE_003);
    // The fixture's Date header: "Thu, 03 Dec 2026 04:26:28 GMT".
    expect(article.meta).toEqual({ title: HEADLINE, source: 'euronews', published: '2025-08-06', url: EURONEWS_URL, accessed: '2026-12-03' });
  });

  it('takes only the page: the frame, picture and style parts are never decoded', () => {
    const archive = readWebArchive('euronews-003.mhtml', fixture('euronews-003.mhtml'));
    const html = new TextDecoder().decode(archive.html);
    expect(html).toContain(HEADLINE);
    expect(html).not.toContain('MultipartBoundary');
    expect(html).not.toContain('font: 1em serif');
    expect(archive.location).toBe(EURONEWS_URL);
  });

  const message = (parts: string[], extra = '') =>
    utf8(
      [
        'From: <Saved by Blink>',
        'Snapshot-Content-Location: https://news.example/a',
        'Date: Fri, 8 Aug 2025 23:59:00 -0700',
        'MIME-Version: 1.0',
        `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="B"${extra}`,
        '',
        '',
        ...parts.flatMap((part) => ['--B', part]),
        '--B--',
        '',
      ].join('\r\n'),
    );

  it('decodes base64 and quoted-printable parts, in their charset; picks the root part named by `start`', async () => {
    const cp1251 = Buffer.from('<p>Переговоры</p>', 'utf8');
    const asCp1251 = Uint8Array.from([0x3c, 0x70, 0x3e, 0xcf, 0xe5, 0xf0, 0xe5, 0xe3, 0xee, 0xe2, 0xee, 0xf0, 0xfb, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(cp1251.length).toBeGreaterThan(asCp1251.length);
    const archive = message(
      [
        'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-ID: <frame>\r\n\r\n<p>An iframe=\r\n, not the page</p>',
        `Content-Type: text/html; charset="windows-1251"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <root>\r\n\r\n${Buffer.from(asCp1251).toString('base64')}`,
      ],
      ';\r\n\tstart="<root>"',
    );
    const article = await convertArticle('talks.mht', archive);
    expect(article.text).toBe('Переговоры\n');
    // The day as the saver's clock wrote it, not moved to UTC.
    expect(article.meta).toEqual({ source: 'news.example', url: 'https://news.example/a', accessed: '2025-08-08' });
  });

  it('joins soft line breaks and decodes =XX bytes; a stray "=" stays', () => {
    expect(decodeQuotedPrintable('Caf=C3=A9 au=\r\n lait =3D 3=\n=E2=82=AC, a = sign')).toBe('Caf\u00c3\u00a9 au lait = 3\u00e2\u0082\u00ac, a = sign');
  });

  it('refuses what is no web archive, naming the file and the problem, and a page over the .html limit', async () => {
    const refusal = (name: string, bytes: Uint8Array, limits = DEFAULT_IMPORT_LIMITS) =>
      convertArticle(name, bytes, limits).then(
        () => 'converted',
        (error: unknown) => (error instanceof AnnotatorError ? error.message : String(error)),
      );
    expect(await refusal('page.mhtml', utf8('<html><p>Saved as HTML, named .mhtml</p></html>'))).toBe('page.mhtml: this is not a web archive (.mhtml): it does not start with MIME headers.');
    expect(await refusal('pictures.mhtml', message(['Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=']))).toBe('pictures.mhtml: the web archive has no HTML page in it.');
    expect(await refusal('broken.mhtml', message(['Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n====A']))).toBe('broken.mhtml: the web archive is damaged: its page is not valid base64.');
    expect(await refusal('odd.mhtml', message(['Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin']))).toBe('odd.mhtml: the web archive\'s page is in an encoding this app cannot read ("x-uuencode").');
    const small = { ...DEFAULT_IMPORT_LIMITS, maxSourceBytes: { ...DEFAULT_IMPORT_LIMITS.maxSourceBytes, html: 100 } };
    expect(await refusal('euronews-003.mhtml', fixture('euronews-003.mhtml'), small)).toMatch(/^euronews-003\.mhtml: its page is \d+ KiB, over the 100 bytes limit for \.html files\.$/u);
  });
});

describe('where a page was saved from', () => {
  it('reads the mark of the web and SingleFile\'s comment; only web addresses count', () => {
    expect(savedFrom('<!DOCTYPE html>\n<!-- saved from url=(0022)https://news.example/a -->\n<html>')).toEqual({ url: 'https://news.example/a' });
    expect(savedFrom('<!-- saved from url=(0019)javascript:alert(1) -->')).toEqual({});
    expect(savedFrom('<html><!--\n Page saved with SingleFile \n url: https://news.example/b \n saved date: Sat Jun 01 2024 23:30:00 GMT-0500 (Central Daylight Time)\n-->')).toEqual({
      url: 'https://news.example/b',
      accessed: '2024-06-01',
    });
    expect(savedFrom('<p>Page saved with SingleFile</p> url: https://news.example/c')).toEqual({});
  });

  it('a page that declares an unknown charset, or bytes its charset cannot hold, is refused', async () => {
    const latin = Uint8Array.from([...utf8('<meta charset="x-klingon"><p>Caf'), 0xe9, ...utf8('</p>')]);
    await expect(convertArticle('k.html', latin)).rejects.toThrow('k.html: the page declares the character set "x-klingon", which this app cannot read. Save it as UTF-8 and import it again.');
    const undeclared = Uint8Array.from([...utf8('<p>Caf'), 0xe9, ...utf8('</p>')]);
    await expect(convertArticle('u.html', undeclared)).rejects.toThrow('u.html: the file is not valid UTF-8 text. Save it as UTF-8 and import it again.');
    const sjis = Uint8Array.from([...utf8('<meta charset="shift_jis"><p>'), 0x82, 0xa0, ...utf8('</p>')]);
    expect((await convertArticle('j.html', sjis)).text).toBe('あ\n');
  });
});
