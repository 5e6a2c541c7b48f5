import { describe, expect, it } from "vitest";
import { escapeHtml, highlight, pickTitle } from "./highlight";

describe("pickTitle", () => {
  it("follows the reader's fallback chain", () => {
    expect(pickTitle({ en: "Fridge", zh: "冰箱" }, "kk")).toEqual({ text: "Fridge", locale: "en" });
    expect(pickTitle({ zh: "冰箱" }, "ru")).toEqual({ text: "冰箱", locale: "zh" });
    expect(pickTitle({ ru: "  ", en: "Fridge" }, "ru").locale).toBe("en");
  });
});

describe("highlight", () => {
  it("marks words that produced a matched term, keeping their original spelling", () => {
    expect(highlight("Холодильники Haier", "ru", new Set(["холодильник"]))).toBe("<mark>Холодильники</mark> Haier");
    expect(highlight("Тоңазытқыш 120 л", "kk", new Set(["тоназыткыш"]))).toBe("<mark>Тоңазытқыш</mark> 120 л");
  });
  it("marks Chinese by word, pinyin or character pair", () => {
    expect(highlight("双门冰箱 318升", "zh", new Set(["bingxiang"]))).toBe("双门<mark>冰箱</mark> 318升");
    expect(highlight("铜芯电力电缆", "zh", new Set(["电缆"]))).toBe("铜芯电力<mark>电缆</mark>");
  });
  it("escapes everything around and inside the marks", () => {
    expect(highlight(`Sofa "Comfort" <3-seat> & recliner`, "en", new Set(["sofa"]))).toBe("<mark>Sofa</mark> &quot;Comfort&quot; &lt;3-seat&gt; &amp; recliner");
    expect(escapeHtml(`<b>'x'</b>`)).toBe("&lt;b&gt;&#39;x&#39;&lt;/b&gt;");
  });
});
