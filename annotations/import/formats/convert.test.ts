/**
 * Each converter on real files of its format (docx and PDF built by
 * sample-files.ts, the others written out here), and every refusal: the
 * message names the file and the problem.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { AnnotatorError } from '../../errors';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../limits';
import { convertArticle } from './convert';
import { pdfDate } from './pdf';
import { sampleDocx, samplePdf } from './sample-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusalOf(name: string, bytes: Uint8Array, limits?: ImportLimits): Promise<string> {
  const error = await convertArticle(name, bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AnnotatorError);
  expect((error as AnnotatorError).kind).toBe('invalid-article');
  expect((error as AnnotatorError).file).toBe(name);
  expect((error as AnnotatorError).message.startsWith(`${name}: `)).toBe(true);
  return (error as AnnotatorError).message;
}

describe('plain text', () => {
  it('keeps the text exactly as it is (an article is never cleaned): only a BOM goes', async () => {
    const article = await convertArticle('notes.txt', utf8('\uFEFF  First line\u00a0 \r\n\r\n\r\nSecond line'));
    expect(article).toEqual({ format: 'txt', text: '  First line\u00a0 \r\n\r\n\r\nSecond line', meta: {} });
  });
});

describe('Markdown', () => {
  it('turns blocks into lines and markup into its text; front matter gives the metadata', async () => {
    const md = [
      '---',
      'title: "Talks resume"',
      'author: [Ann Lee, Bo Chan]',
      'source: Example Times',
      'date: 2024-03-05',
      '---',
      '# Heading one',
      '',
      'A *claim* with a [link](https://example.invalid/x) and ![a chart](https://example.invalid/c.png).',
      'Same paragraph, `code` too.',
      '',
      '- item one',
      '- item **two**',
      '',
      '1. first',
      '',
      '> quoted line',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '<script>window.x = 1</script>',
      '',
      '<div onclick="x()">raw <b>html</b> text</div>',
      '',
      '```',
      'code line',
      '```',
    ].join('\n');
    const article = await convertArticle('talks.md', utf8(md));
    expect(article.meta).toEqual({ title: 'Talks resume', author: 'Ann Lee, Bo Chan', source: 'Example Times', published: '2024-03-05' });
    expect(article.text).toBe(
      [
        'Heading one',
        'A claim with a link and [a chart].\nSame paragraph, code too.',
        '• item one',
        '• item two',
        '1. first',
        'quoted line',
        'a | b',
        '1 | 2',
        'raw html text',
        'code line',
        '',
      ].join('\n'),
    );
    expect(article.text).not.toContain('example.invalid');
    expect(article.text).not.toContain('window.x');
  });

  it('takes the title from the first level-1 heading when there is no front matter; bad YAML is no metadata', async () => {
    expect((await convertArticle('a.markdown', utf8('Intro\n\n# The title\n\nBody'))).meta).toEqual({ title: 'The title' });
    const bad = await convertArticle('b.md', utf8('---\ntitle: [unclosed\n---\nBody text'));
    expect(bad.meta).toEqual({});
    expect(bad.text).toBe('Body text\n');
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head>
    <title>Page title | Site</title>
    <meta property="og:title" content="Talks resume in Geneva">
    <meta property="og:site_name" content="Example Times">
    <meta name="author" content="Ann Lee">
    <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
    <base href="http://canary.invalid/"><meta http-equiv="refresh" content="0;url=http://canary.invalid/">
    <script>window.__pwned = 1</script><style>p { color: red }</style>
  </head><body onload="window.__pwned = 2">
    <h1>Talks   resume</h1>
    <p>First <b>paragraph</b>,
       on two source lines &amp; an entity.</p>
    <p>Line<br>break</p>
    <ul><li>one</li><li>two <a href="javascript:alert(1)">link text</a></li></ul>
    <iframe srcdoc="<script>x()</script>">frame text</iframe>
    <svg><text>svg text</text><script>y()</script></svg><math><mi>math text</mi></math>
    <img src="http://canary.invalid/x.png" alt="A chart" onerror="z()">
    <table><tr><th>Who</th><th>Said</th></tr><tr><td>A</td><td>B</td></tr></table>
    <noscript>no script</noscript><template><p>template</p></template><object data="x">object</object><embed src="y">
    <pre>  kept
    spacing</pre>
  </body></html>`;

  it('keeps the text as lines, drops what would run or load, takes the metadata', async () => {
    const article = await convertArticle('page.html', utf8(page));
    expect(article.meta).toEqual({ title: 'Talks resume in Geneva', author: 'Ann Lee', source: 'Example Times', published: '2024-03-05' });
    expect(article.text).toBe(
      ['Talks resume', 'First paragraph, on two source lines & an entity.', 'Line\nbreak', '• one', '• two link text', '[A chart]', 'Who | Said', 'A | B', '  kept\n    spacing', ''].join('\n'),
    );
    for (const gone of ['pwned', 'frame text', 'svg text', 'math text', 'no script', 'template', 'object', 'canary', 'Page title']) {
      expect(article.text).not.toContain(gone);
    }
  });

  it('falls back to <title>, then the first <h1>; a javascript: canonical address is no source', async () => {
    expect((await convertArticle('a.htm', utf8('<title>Only title</title><p>x</p>'))).meta).toEqual({ title: 'Only title' });
    expect((await convertArticle('b.html', utf8('<h1>Big <i>head</i></h1><p>x</p><link rel="canonical" href="javascript:alert(1)">'))).meta).toEqual({ title: 'Big head' });
    expect((await convertArticle('c.html', utf8('<link rel="canonical" href="https://news.example/a"><p>x</p>'))).meta).toEqual({ source: 'news.example', url: 'https://news.example/a' });
  });

  it('ends an SVG left open where a browser would (a paragraph breaks out), and takes only the first <title>', async () => {
    const article = await convertArticle('open-svg.html', utf8('<title>Real</title><h1>Real</h1><svg/onload=x()><text>drawn</text>\n<p>Kept after the SVG.</p><title>Injected</title>'));
    expect(article.meta).toEqual({ title: 'Real' });
    expect(article.text).toBe('Real\nKept after the SVG.\n');
  });

  it('refuses a page with no text', async () => {
    expect(await refusalOf('only-script.html', utf8('<script>alert(1)</script><img src=x>'))).toBe('only-script.html: the file has no text to import.');
  });
});

describe('Word (.docx)', () => {
  it('has one line per paragraph and the core properties as metadata', async () => {
    const bytes = await sampleDocx({ paragraphs: ['Ceasefire talks', 'The first paragraph & more.', '', 'The second one.'], title: 'Ceasefire talks', creator: 'Ann Lee', created: '2024-03-05T09:00:00Z' });
    const article = await convertArticle('talks.docx', bytes);
    expect(article).toEqual({
      format: 'docx',
      text: 'Ceasefire talks\nThe first paragraph & more.\nThe second one.\n',
      meta: { title: 'Ceasefire talks', author: 'Ann Lee', published: '2024-03-05' },
    });
  });

  it('refuses a document that would unpack to more than its limit, before unpacking it', async () => {
    const bytes = await sampleDocx({ paragraphs: ['x'.repeat(5000)] });
    expect(bytes.length).toBeLessThan(2000);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxDocxUnpackedBytes: 4000 };
    expect(await refusalOf('bomb.docx', bytes, limits)).toMatch(/^bomb\.docx: the document would unpack to \d+ KiB, over the 4 KiB limit \(is it a zip bomb\?\)\.$/u);
  });

  it('refuses a real zip bomb under the default limit: 272 MiB of zeros in a file of a few hundred KiB, by what its central directory states', async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const parts: Parameters<typeof zipSync>[0] = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 17; i++) parts[`word/media/image${i}.png`] = [zeros, { level: 9 }];
    const bomb = zipSync(parts);
    expect(bomb.length).toBeLessThan(512 * 1024);
    expect(DEFAULT_IMPORT_LIMITS.maxDocxUnpackedBytes).toBe(256 * 1024 * 1024);
    expect(await refusalOf('bomb.docx', bomb)).toBe('bomb.docx: the document would unpack to 272.0 MiB, over the 256 MiB limit (is it a zip bomb?).');
  }, 60_000);

  it('refuses an old .doc, a file that is not a zip, and a zip that is not a Word document', async () => {
    expect(await refusalOf('old.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).toMatch(/old Word \(\.doc\) file/u);
    expect(await refusalOf('text.docx', utf8('just text'))).toMatch(/not a Word \.docx file/u);
    expect(await refusalOf('other.docx', zipSync({ 'readme.txt': strToU8('hello') }))).toMatch(/not a Word document/u);
    expect(await refusalOf('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toMatch(/cannot be read/u);
  });
});

describe('PDF', () => {
  it('joins lines into paragraphs, starts a paragraph per page, and reads the Info dictionary', async () => {
    const bytes = samplePdf({
      pages: [['Talks resume in Geneva (AP)', ''], ['The delegations met on Monday and agreed', 'to meet again next week.']],
      title: 'Talks resume',
      author: 'Ann Lee',
      creationDate: 'D:20240305120000Z',
    });
    const article = await convertArticle('talks.pdf', bytes);
    expect(article).toEqual({
      format: 'pdf',
      text: 'Talks resume in Geneva (AP)\nThe delegations met on Monday and agreed to meet again next week.\n',
      meta: { title: 'Talks resume', author: 'Ann Lee', published: '2024-03-05' },
    });
  });

  it('refuses a file that is not a PDF, a broken PDF, one without text, and one over the page limit', async () => {
    expect(await refusalOf('fake.pdf', utf8('<html>not a pdf</html>'))).toBe('fake.pdf: this is not a PDF file (it does not start with "%PDF-").');
    expect(await refusalOf('broken.pdf', utf8('%PDF-1.4\ngarbage'))).toMatch(/broken\.pdf: the PDF (cannot be read|has no text layer)/u);
    expect(await refusalOf('scan.pdf', samplePdf({ pages: [[]] }))).toMatch(/no text layer/u);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxPdfPages: 1 };
    expect(await refusalOf('book.pdf', samplePdf({ pages: [['a'], ['b']] }), limits)).toBe('book.pdf: the PDF has 2 pages, over the limit of 1.');
  });

  it('reads PDF dates', () => {
    expect(pdfDate('D:20240305120000Z')).toBe('2024-03-05');
    expect(pdfDate('D:2024')).toBe('2024');
    expect(pdfDate('yesterday')).toBeUndefined();
  });
});

describe('refusals of any format', () => {
  it('refuses empty files, unsupported extensions and files without one', async () => {
    expect(await refusalOf('empty.txt', new Uint8Array())).toBe('empty.txt: the file is empty.');
    expect(await refusalOf('photo.jpg', utf8('x'))).toMatch(/^photo\.jpg: "\.jpg" files are not supported; import \.txt, .*\.pdf files\.$/u);
    expect(await refusalOf('README', utf8('x'))).toMatch(/a file without an extension is not supported/u);
  });

  it('refuses binary content and invalid UTF-8 in text formats', async () => {
    expect(await refusalOf('bad.txt', new Uint8Array([0x68, 0x00, 0x69]))).toBe('bad.txt: the file contains NUL bytes: it looks like a binary file, not text.');
    expect(await refusalOf('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('latin1.md: the file is not valid UTF-8 text. Save it as UTF-8 and import it again.');
    expect(await refusalOf('bad.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xff]))).toMatch(/not valid UTF-8/u);
    expect(await refusalOf('whitespace.txt', utf8(' \n\t\n'))).toBe('whitespace.txt: the file has no text to import.');
  });

  it('refuses a source over its format’s limit, and a text over the article limit', async () => {
    const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxSourceBytes: { ...DEFAULT_IMPORT_LIMITS.maxSourceBytes, txt: 10 } };
    expect(await refusalOf('big.txt', utf8('x'.repeat(11)), limits)).toBe('big.txt: the file is 11 bytes, over the 10 bytes limit for .txt files.');
    expect((await convertArticle('fits.txt', utf8('x'.repeat(9)), limits)).text).toBe('x'.repeat(9));
    expect(await refusalOf('long.md', utf8('y'.repeat(50)), { ...DEFAULT_IMPORT_LIMITS, maxArticleBytes: 20 })).toMatch(/its text is 51 bytes, over the 20 bytes an article may have/u);
  });
});
