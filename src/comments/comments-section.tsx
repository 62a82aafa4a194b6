import { useId } from 'react'
import { useMessages } from '../i18n/messages.ts'

/** "Post a Comment", under every article. */
export function CommentsSection({ slug, lang }: { slug: string; lang: string }) {
  const t = useMessages()
  const nameId = useId()
  const bodyId = useId()
  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-12" data-slug={slug} data-lang={lang}>
      <h2 id="comments-title" className="text-2xl font-bold">
        {t.postAComment}
      </h2>
      <form className="mt-4 grid gap-3" aria-describedby={`${bodyId}-status`}>
        <p id={`${bodyId}-status`} className="text-stone-600 dark:text-stone-400">
          {t.commentsOpenSoon}
        </p>
        <fieldset disabled className="grid gap-3">
          <label htmlFor={nameId} className="font-medium">
            {t.commentName}
          </label>
          <input id={nameId} name="name" className="field" autoComplete="name" />
          <label htmlFor={bodyId} className="font-medium">
            {t.commentBody}
          </label>
          <textarea id={bodyId} name="body" rows={4} className="field" />
          <div>
            <button type="submit" className="button">
              {t.publish}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  )
}
