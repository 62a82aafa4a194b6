/**
 * Every UI string, in one typed catalogue. English is the default and matches the seed blog theme's wording; a second
 * language adds an object of the same type.
 */
export const en = {
  siteName: 'Warta',
  siteTagline: 'News, fast and shareable',
  skipToContent: 'Skip to content',
  home: 'Home',
  backToList: 'All articles',
  previousPost: 'Previous Post',
  nextPost: 'Next Post',
  postNavigation: 'More articles',
  pagination: 'Pages',
  newerArticles: 'Newer articles',
  olderArticles: 'Older articles',
  pageOf: (page: number, pageCount: number) => `Page ${page} of ${pageCount}`,
  minutesRead: (minutes: number) => `${minutes} min read`,
  byAuthor: (author: string) => `By ${author}`,
  linkToBlock: (blockNumber: number) => `Link to paragraph ${blockNumber}`,
  latestArticles: 'Latest articles',
  noArticles: 'No articles yet.',
  postAComment: 'Post a Comment',
  commentName: 'Name',
  commentBody: 'Comment',
  publish: 'Publish',
  commentsOpenSoon: 'Comments open soon.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no article at this address. It may have moved, or the link may be incomplete.',
  goHome: 'Go to the front page',
  errorTitle: 'Something went wrong',
  tryAgain: 'Try again',
  loading: 'Loading…',
} as const

export type Messages = typeof en

export function useMessages(): Messages {
  return en
}
