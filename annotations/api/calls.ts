/**
 * The names of the API's calls and the IPC channels they travel on.
 *
 * Apart from the argument schemas (contract.ts) so that what runs in the
 * page's process (the preload, client.ts) carries no schema library: the
 * arguments are validated in main, and zod's code and schema objects in the
 * preload would take room on the renderer's heap for nothing.
 * contract.ts checks at compile time that `callArgs` has exactly these keys.
 */
export const CALL_NAMES = [
  'getSession',
  'clearRecentSets',
  'saveViewState',
  'setTheme',
  'setAnalystName',
  'getAbout',
  'showContextMenu',
  'openRecentSet',
  'chooseSet',
  'closeSet',
  'openArticle',
  'createAnnotation',
  'updateAnnotation',
  'listClaims',
  'updateArticleMeta',
  'deleteAnnotation',
  'moveSidecarAside',
  'reattachAnnotation',
  'addTag',
  'getCodebook',
  'renameTag',
  'mergeTags',
  'deleteTag',
  'updateTag',
  'undo',
  'redo',
  'getHistory',
  'retrySaves',
  'listTrash',
  'restoreFromTrash',
  'emptyTrash',
  'getBrief',
  'exportBrief',
  'importArticles',
  'importArticleFiles',
  'exportProject',
  'exportCodebook',
  'importCodebook',
  'searchSet',
  'listTagQuotes',
  'getElsewhere',
  'decideCandidate',
  'getReviewQueue',
  'getCompare',
  'copyAnnotationLink',
  'mergeFromCopy',
  'compareWithCopy',
  'getAgreement',
  'compareArticle',
  'exportAgreement',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export const CHANNEL_PREFIX = 'annotator:';
export const COMMAND_CHANNEL = 'annotator:command';
export const EVENT_CHANNEL = 'annotator:event';

export function channelOf(name: CallName): string {
  return CHANNEL_PREFIX + name;
}

export function callNameOf(channel: string): CallName | null {
  if (!channel.startsWith(CHANNEL_PREFIX)) return null;
  const name = channel.slice(CHANNEL_PREFIX.length);
  return (CALL_NAMES as readonly string[]).includes(name) ? (name as CallName) : null;
}
