import MarkdownIt from 'markdown-it';

/**
 * Markdown the working group writes, as HTML safe to put in a page: raw HTML in the text is escaped (html: false),
 * and markdown-it's link check drops javascript:, vbscript:, file: and data: links other than images.
 */
/** Markdown source text; the GraphQL Markdown type resolves from it. */
export type MarkdownText = string;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
