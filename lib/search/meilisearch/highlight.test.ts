import { describe, expect, it } from "vitest";
import { escapeHtml, highlightPostTag as post, highlightPreTag as pre, renderHighlight } from "./highlight";

describe("renderHighlight", () => {
  it("turns Meilisearch's placeholders into <mark> and escapes the rest", () => {
    expect(renderHighlight(`Copper ${pre}cable${post} <3x2.5> & "more"`)).toBe('Copper <mark>cable</mark> &lt;3x2.5&gt; &amp; &quot;more&quot;');
  });

  it("never lets text that looks like a tag through", () => {
    expect(renderHighlight(`<mark>fake</mark> ${pre}real${post}`)).toBe("&lt;mark&gt;fake&lt;/mark&gt; <mark>real</mark>");
    expect(renderHighlight("&lt;mark&gt;")).toBe("&amp;lt;mark&amp;gt;");
    expect(renderHighlight(`<img src=x onerror='alert(1)'>`)).toBe("&lt;img src=x onerror=&#39;alert(1)&#39;&gt;");
  });

  it("keeps the output balanced when placeholders are stray or nested", () => {
    expect(renderHighlight(`${post}a${pre}b${pre}c${post}d${post}`)).toBe("a<mark>bc</mark>d");
    expect(renderHighlight(`${pre}open`)).toBe("<mark>open</mark>");
  });

  it("leaves text without matches escaped and otherwise unchanged", () => {
    expect(renderHighlight("铜芯电缆 YJV")).toBe("铜芯电缆 YJV");
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });
});
