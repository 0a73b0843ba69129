/**
 * The comparative brief. The structure lives in model.ts (buildBriefModel),
 * the Markdown rendering in markdown.ts; this module keeps the import path
 * other code uses (`briefToMarkdown` from '../brief/brief').
 */
export { briefToMarkdown, buildBriefTree, formatUtc, locationText, modelToMarkdown, modelToTree, shortTitle } from './markdown';
export { buildBriefModel } from './model';
export type { MarkdownOptions } from './markdown';
export type {
  BriefClaimGroup,
  BriefContrast,
  BriefCorroboration,
  BriefCoverage,
  BriefModel,
  BriefModelQuote,
  BriefScope,
  BriefSource,
  BriefTagPair,
  BriefTagSection,
} from './model';
export type { BriefArticle, BriefInput, BriefOptions, BriefQuote } from './types';
