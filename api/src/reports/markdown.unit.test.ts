import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders the working group’s Markdown', () => {
    expect(renderMarkdown('**Väntetiderna** har minskat.\n\n- a\n- b')).toBe(
      '<p><strong>Väntetiderna</strong> har minskat.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n',
    );
  });

  it('escapes HTML and drops script links', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> [klick](javascript:alert(1))');
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('[klick](javascript:alert(1))');
  });
});
