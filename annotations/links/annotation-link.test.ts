import { describe, expect, it } from 'vitest';
import { formatAnnotationLink, LinkError, parseAnnotationLink, type AnnotationLink } from './annotation-link';

const refusal = (link: string): string => {
  try {
    parseAnnotationLink(link);
  } catch (error) {
    expect(error).toBeInstanceOf(LinkError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${link}`);
};

describe('annotation links', () => {
  it('round-trip what the app makes: paths with spaces, accents, ampersands and plus signs; Windows paths; urn ids', () => {
    const links: AnnotationLink[] = [
      { set: '/home/ana/Documents/Research Annotator/Seed set', article: '003_8d5387ac8c00ce0b.txt', annotation: 'urn:uuid:5b0e2c1a-7d3f-4e8b-9a61-2f4c8d9e0b17' },
      { set: 'C:\\Users\\Zoë\\Sets\\A&B + C=D', article: 'Talks #1 (2).txt' },
      { set: 'D:/Sets/Caucasus' },
    ];
    for (const link of links) expect(parseAnnotationLink(formatAnnotationLink(link))).toEqual(link);
    // Nothing in a link ends a Markdown link or an HTML attribute early.
    expect(formatAnnotationLink(links[1]!)).toBe('research-annotator://open?set=C%3A%5CUsers%5CZo%C3%AB%5CSets%5CA%26B%20%2B%20C%3DD&article=Talks%20%231%20%282%29.txt');
    expect(formatAnnotationLink(links[0]!)).toBe(
      'research-annotator://open?set=%2Fhome%2Fana%2FDocuments%2FResearch%20Annotator%2FSeed%20set&article=003_8d5387ac8c00ce0b.txt&annotation=urn%3Auuid%3A5b0e2c1a-7d3f-4e8b-9a61-2f4c8d9e0b17',
    );
  });

  it('take the forms other programs give them: any case of the scheme and action, a slash before the query, "+" as a space', () => {
    expect(parseAnnotationLink('Research-Annotator://OPEN/?set=/a+b&article=x.txt')).toEqual({ set: '/a b', article: 'x.txt' });
  });

  it('refuse other schemes, hosts and actions, and anything but the query', () => {
    expect(refusal('https://open?set=/a')).toBe('it is not a research-annotator: link.');
    expect(refusal('research-annotator://delete?set=/a')).toBe('the app opens links to "open", not to "delete".');
    expect(refusal('research-annotator://evil.example?set=/a')).toBe('the app opens links to "open", not to "evil.example".');
    expect(refusal('research-annotator://user@open?set=/a')).toBe('the app opens links to "open", not to "user@open".');
    expect(refusal('research-annotator://open:80?set=/a')).toBe('the app opens links to "open", not to "open:80".');
    expect(refusal('research-annotator://open/etc/passwd?set=/a')).toMatch(/^a research-annotator link has the form/u);
    expect(refusal('research-annotator:open?set=/a')).toMatch(/^a research-annotator link has the form/u);
    expect(refusal('research-annotator://open?set=/a#x')).toBe('the link has a fragment (#…), which the app does not use.');
  });

  it('refuse unknown and repeated parameters, and missing ones', () => {
    expect(refusal('research-annotator://open?set=/a&run=calc.exe')).toBe('the link has a parameter the app does not know ("run"); it takes set, article and annotation.');
    expect(refusal('research-annotator://open?set=/a&set=/b')).toBe('the link gives "set" twice.');
    expect(refusal('research-annotator://open?article=a.txt')).toBe('the link names no set (set=…).');
    expect(refusal('research-annotator://open?set=/a&annotation=urn:uuid:1')).toBe('the link names an annotation but not its article (article=…).');
    expect(refusal('research-annotator://open?set=/a&article=a.txt&annotation=')).toBe('the annotation id is empty or too long.');
    expect(refusal(`research-annotator://open?set=/${'a'.repeat(9000)}`)).toBe('the link is longer than 8192 characters.');
  });

  it('refuse relative, network and device set paths, and "." or ".." in them, encoded or not', () => {
    expect(refusal('research-annotator://open?set=Documents/set')).toBe('the set "Documents/set" is not an absolute path.');
    expect(refusal('research-annotator://open?set=')).toBe('the set "" is not an absolute path.');
    expect(refusal('research-annotator://open?set=%5C%5Cattacker.example%5Cshare')).toBe('the set "\\\\attacker.example\\share" is on the network or a device path; a link opens sets on this computer only.');
    expect(refusal('research-annotator://open?set=//attacker.example/share')).toMatch(/is on the network or a device path/u);
    expect(refusal('research-annotator://open?set=%5C%5C%3F%5CC%3A%5Cx')).toMatch(/is on the network or a device path/u);
    expect(refusal('research-annotator://open?set=/home/ana/../../etc')).toBe('the set "/home/ana/../../etc" has "." or ".." in its path.');
    expect(refusal('research-annotator://open?set=%2Fhome%2F%2e%2e%2Fetc')).toBe('the set "/home/../etc" has "." or ".." in its path.');
    expect(refusal('research-annotator://open?set=C:%5Csets%5C..%5Cwindows')).toMatch(/has "\." or "\.\." in its path/u);
    expect(refusal('research-annotator://open?set=/a/./b')).toMatch(/has "\." or "\.\." in its path/u);
  });

  it('refuse an article that is not a bare file name of a set, encoded tricks included', () => {
    expect(refusal('research-annotator://open?set=/a&article=..%2F..%2Fsecret.txt')).toBe('the article "../../secret.txt" is not a file of a set: it names a folder.');
    expect(refusal('research-annotator://open?set=/a&article=sub%5Ca.txt')).toBe('the article "sub\\a.txt" is not a file of a set: it names a folder.');
    expect(refusal('research-annotator://open?set=/a&article=..')).toBe('the article ".." is not a file of a set: not a file name.');
    expect(refusal('research-annotator://open?set=/a&article=CON.txt')).toMatch(/is the name of a device on Windows/u);
  });

  it('refuse broken percent-encoding and control characters', () => {
    expect(refusal('research-annotator://open?set=/a%E0%A4')).toBe('the set in the link is not valid percent-encoding.');
    expect(refusal('research-annotator://open?set=/a%00b')).toBe('the set in the link holds control characters.');
    expect(refusal('research-annotator://open?set=/a&article=a.txt&annotation=x%0Ay')).toBe('the annotation in the link holds control characters.');
  });
});
