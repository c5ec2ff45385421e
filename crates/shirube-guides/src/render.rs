//! Markdown from packs is untrusted: it is rendered with pulldown-cmark, then sanitized with
//! ammonia before anything reaches the webview. Raw HTML in a pack is shown as text, never run.

use std::collections::HashSet;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// Safe HTML for the reader: no scripts, styles, event handlers, frames or images, no attributes
/// but a link's; links only to absolute `http`, `https` and `mailto` addresses, marked so the
/// webview never follows them in place.
pub fn to_safe_html(markdown: &str) -> String {
    let events = parser(markdown).map(|event| match event {
        // Raw HTML becomes visible text: packs are prose, not markup.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer().clean(&html).to_string()
}

fn sanitizer() -> ammonia::Builder<'static> {
    let tags: HashSet<&str> = [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "del",
        "code",
        "pre",
        "blockquote",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "br",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .generic_attributes(HashSet::new())
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        // A relative link resolves against the app's own origin (`//host/x` even leaves it):
        // packs link only to the web.
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer external"));
    builder
}

/// The text of a Markdown body without markup, as the search index sees it.
pub fn to_plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in parser(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => text.push('\n'),
            Event::Start(Tag::Item) => text.push_str("- "),
            _ => {}
        }
    }
    text.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_markup_renders_inert() {
        let hostile = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=http://evil/x.png onerror=alert(1)>\n\n<iframe src=https://evil></iframe>";
        let html = to_safe_html(hostile);
        for bad in ["<script", "<img", "<iframe", "javascript:", "onerror=\""] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        assert!(
            html.contains("&lt;script&gt;"),
            "raw HTML is shown as text: {html}"
        );
    }

    #[test]
    fn ordinary_markdown_survives() {
        let html = to_safe_html("## Why\n\n- **one**\n- [NIST](https://www.nist.gov/)");
        assert!(html.contains("<h2>Why</h2>"));
        assert!(html.contains("<strong>one</strong>"));
        assert!(html.contains(r#"href="https://www.nist.gov/""#));
        assert!(html.contains("noopener"));
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            to_plain_text("## 見出し\n\n**重要**なこと"),
            "見出し\n重要なこと"
        );
    }
}
