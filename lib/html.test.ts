import { describe, expect, it } from "vitest";
import { editableText, htmlFromEditable, plainLength, plainText, sanitizeRichHtml } from "./html";

describe("sanitizeRichHtml", () => {
  it("keeps exactly the standard's tags, as a real record carries them", () => {
    const real = "<div><p>Als er op straat iets kapot is, meldt u het.</p><p><br></p><ul><li>afval</li><li>stoep</li></ul></div>";
    expect(sanitizeRichHtml(real)).toBe("<div><p>Als er op straat iets kapot is, meldt u het.</p><p><br /></p><ul><li>afval</li><li>stoep</li></ul></div>");
  });

  it("removes scripts with their content, event attributes, javascript: links, styles, comments and unknown tags", () => {
    const hostile =
      '<p onclick="steal()" style="color:red">Hallo<script>alert(1)</script> <a href="javascript:alert(2)">klik</a></p>' +
      '<img src=x onerror=alert(3)><style>p{}</style><!-- c --><blink>knipper</blink><iframe src="https://x"></iframe><svg><text>svg</text></svg>';
    const clean = sanitizeRichHtml(hostile);
    expect(clean).toBe("<p>Hallo klik</p>knipper");
    expect(clean).not.toMatch(/script|onclick|javascript|style|img|iframe|svg|blink|<!--/i);
  });

  it("escapes text so it cannot become markup", () => {
    expect(sanitizeRichHtml("a &lt;script&gt; b")).toBe("a &lt;script&gt; b");
    expect(sanitizeRichHtml("<p>5 < 6 & 7 > 3</p>")).toBe("<p>5 &lt; 6 &amp; 7 &gt; 3</p>");
  });

  it("drops control characters", () => {
    expect(sanitizeRichHtml("<p>a\u0000b\u0007c</p>")).toBe("<p>abc</p>");
  });
});

describe("plainText", () => {
  it("gives the text of paragraphs and lists, entities decoded, never a tag", () => {
    const html = "<div><p>Eerste alinea &amp; meer.</p><p>Tweede</p><ol><li>een</li><li>twee</li></ol></div>";
    expect(plainText(html)).toBe("Eerste alinea & meer.\n\nTweede\n\n1. een\n2. twee");
    expect(plainText(html)).not.toMatch(/<|div|&amp;/);
  });

  it("counts the length without markup, as the standard does", () => {
    expect(plainLength("<div><p>abc</p><p>de</p></div>")).toBe("abc de".length);
    expect(plainLength("geen markup")).toBe(11);
  });

  it("leaves text without markup as it is", () => {
    expect(plainText("Gewoon 5 < 6")).toBe("Gewoon 5 < 6");
  });
});

describe("editing rich text in the form", () => {
  it("turns blank-line paragraphs and '- ' / '1. ' lines into HTML, and back", () => {
    const typed = "Eerste alinea\nmet een regel.\n\n- appel\n- peer\n\n1. stap een\n2. stap twee\n\nSlot <b>niet vet</b>";
    const html = htmlFromEditable(typed);
    expect(html).toBe(
      "<p>Eerste alinea<br />met een regel.</p><ul><li>appel</li><li>peer</li></ul><ol><li>stap een</li><li>stap twee</li></ol>" +
        "<p>Slot &lt;b&gt;niet vet&lt;/b&gt;</p>",
    );
    expect(editableText(html)).toBe(typed);
    expect(htmlFromEditable(editableText(html))).toBe(html);
  });

  it("shows imported HTML as editable text", () => {
    expect(editableText("<div><p>Een</p><p><br></p><ul><li>a</li></ul></div>")).toBe("Een\n\n- a");
  });
});
