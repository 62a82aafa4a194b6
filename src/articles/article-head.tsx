import { useMessages } from '../i18n/messages.ts'
import { paths } from '../paths.ts'
import { absoluteUrl } from '../site-url.ts'
import type { Article } from './article-schema.ts'

/**
 * What link previews and search engines read: title, description, canonical URL, Open Graph, Twitter card and a
 * JSON-LD NewsArticle. React hoists the title, meta and link elements into `<head>`, in the prerendered HTML too.
 * Without SITE_URL there is no absolute address to claim, so canonical and og:url are left out.
 */
export function ArticleHead({ article }: { article: Article }) {
  const t = useMessages()
  const description = article.summary ?? article.excerpt
  const canonical = absoluteUrl(paths.article.href(article.slug))
  const image = article.image ? (absoluteUrl(article.image) ?? article.image) : null
  return (
    <>
      <title>{`${article.title} — ${t.siteName}`}</title>
      <meta name="description" content={description} />
      {canonical ? <link rel="canonical" href={canonical} /> : null}
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={t.siteName} />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={description} />
      <meta property="og:locale" content={article.openGraphLocale} />
      {canonical ? <meta property="og:url" content={canonical} /> : null}
      {image ? <meta property="og:image" content={image} /> : null}
      {article.date ? <meta property="article:published_time" content={article.date} /> : null}
      {article.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <script
        type="application/ld+json"
        // A data block, never executed (and allowed by our CSP); `<` is escaped so no text can end it early.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON.stringify output with `<` escaped
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(newsArticleJsonLd(article, canonical, image, t.siteName)).replace(/</g, '\\u003c'),
        }}
      />
    </>
  )
}

export function newsArticleJsonLd(article: Article, canonical: string | null, image: string | null, siteName: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? article.excerpt,
    inLanguage: article.lang,
    ...(article.date ? { datePublished: article.date, dateModified: article.date } : {}),
    author: article.author ? { '@type': 'Person', name: article.author } : { '@type': 'Organization', name: siteName },
    publisher: { '@type': 'Organization', name: siteName },
    ...(canonical ? { mainEntityOfPage: canonical, url: canonical } : {}),
    ...(image ? { image: [image] } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
  }
}
