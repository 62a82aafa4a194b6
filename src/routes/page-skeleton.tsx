import { useMessages } from '../i18n/messages.ts'

/** Holds the page's place while its data loads, so nothing jumps when it arrives. */
export function PageSkeleton() {
  const t = useMessages()
  return (
    <div aria-busy="true">
      <div className="navigation-progress" role="progressbar" aria-label={t.loading} />
      <p className="sr-only">{t.loading}</p>
      <div className="skeleton h-10 w-4/5" />
      <div className="skeleton mt-3 h-4 w-1/3" />
      {[1, 2, 3, 4].map((line) => (
        <div key={line} className="skeleton mt-6 h-20 w-full" />
      ))}
    </div>
  )
}
