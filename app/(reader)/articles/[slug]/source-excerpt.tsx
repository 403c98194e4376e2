// An article whose feed gives excerpts only: everyone sees the excerpt and a link to read it at the source;
// there is nothing behind a paywall to show.

interface Props {
  excerptHtml: string;
  sourceUrl: string | null;
  publisherName: string;
}

export function SourceExcerpt({ excerptHtml, sourceUrl, publisherName }: Props) {
  return (
    <>
      {/* Sanitised when stored (lib/feeds → lib/content/sanitize.ts). */}
      <div className="article-prose" dangerouslySetInnerHTML={{ __html: excerptHtml }} />
      {sourceUrl && (
        <p className="font-semibold">
          <a href={sourceUrl} rel="noopener noreferrer nofollow" className="underline">
            Read the full story at {publisherName}
          </a>
        </p>
      )}
    </>
  );
}
