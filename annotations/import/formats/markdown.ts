/**
 * Markdown to plain text through its syntax tree (mdast): each block
 * (heading, paragraph, list item, table row, code line) becomes a line, and
 * inline markup is reduced to its text. Link and image addresses are dropped
 * (an image keeps its alt text); raw HTML goes through the HTML converter's
 * tokenizer, so its scripts and frames are dropped and nothing runs. YAML
 * front matter gives the metadata (title, author, source, date), else the
 * first level-1 heading gives the title.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { joinBlocks, metaValue, publishedDate } from '../plain-text';
import type { ConvertedArticle, ImportedMeta } from '../types';
import { htmlToText } from './html';
import { decodeText } from './text';

export function convertMarkdown(name: string, bytes: Uint8Array): ConvertedArticle {
  const tree = parseMarkdown(decodeText(name, bytes).replace(/\r\n?/gu, '\n'));
  const blocks = tree.children.flatMap((node) => blockLines(node));
  const meta = frontMatterMeta(tree);
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const title = meta.title ?? (heading ? metaValue(inlineText(heading)) : undefined);
  return { format: 'md', text: joinBlocks(blocks), meta: title ? { ...meta, title } : meta };
}

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** The lines a block becomes. */
function blockLines(node: RootContent, prefix = ''): string[] {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return [prefix + inlineText(node)];
    case 'blockquote':
    case 'footnoteDefinition':
      return node.children.flatMap((child) => blockLines(child, prefix));
    case 'list': {
      let n = node.start ?? 1;
      return node.children.flatMap((item) => {
        const marker = node.ordered ? `${n++}. ` : '• ';
        const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
        const [first, ...rest] = item.children.flatMap((child) => blockLines(child));
        return first === undefined ? [] : [prefix + marker + check + first, ...rest.map((line) => `${prefix}  ${line}`)];
      });
    }
    case 'code':
      return node.value === '' ? [] : [node.value];
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell)).join(' | '));
    case 'html':
      return htmlToText(node.value).blocks;
    default:
      // yaml (front matter), definitions, thematic breaks: not part of the text.
      return [];
  }
}

/** The text a reader sees of inline content. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ? `[${node.alt}]` : '';
    case 'html':
      return htmlToText(node.value).blocks.join(' ');
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
  }
}

/** Metadata from YAML front matter; none when it is missing or not valid YAML (the text is imported all the same). */
function frontMatterMeta(tree: Root): ImportedMeta {
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml) return {};
  let data: unknown;
  try {
    data = parseYaml(yaml.value, { maxAliasCount: 10 });
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const fields = data as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = fields[key];
      if (Array.isArray(value)) return metaValue(value.filter((v) => typeof v === 'string').join(', '));
      if (typeof value === 'string' || typeof value === 'number') return metaValue(String(value));
      if (value instanceof Date) return value.toISOString();
    }
    return undefined;
  };
  const title = pick('title');
  const author = pick('author', 'authors', 'creator', 'byline');
  const source = pick('source', 'site', 'publisher', 'outlet', 'url');
  const published = publishedDate(pick('published', 'date', 'published_at', 'publishedAt', 'pubDate'));
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(source ? { source } : {}), ...(published ? { published } : {}) };
}
