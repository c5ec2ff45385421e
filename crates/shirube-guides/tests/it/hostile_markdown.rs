//! Pack Markdown is untrusted. Each way a hostile pack could try to run code, load something
//! from the network or restyle the app must come out of `to_safe_html` inert: only a small set
//! of plain tags, no attributes but a link's `href` and `rel`, and links only to the web or mail.

use shirube_guides::render::to_safe_html;

const ALLOWED_TAGS: &[&str] = &[
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
];

/// Every tag of the output as (name, [(attribute, value)]). The sanitizer serializes text with
/// `<` escaped, so every `<` left in its output opens a tag.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    html.split('<')
        .skip(1)
        .filter(|raw| !raw.starts_with('/'))
        .map(|raw| {
            let inside = raw.split('>').next().unwrap().trim_end_matches('/');
            let (name, mut rest) = inside.split_once(' ').unwrap_or((inside, ""));
            let mut attributes = Vec::new();
            while let Some((attribute, after)) = rest.trim_start().split_once("=\"") {
                let (value, after) = after.split_once('"').expect("a closing quote");
                attributes.push((attribute.to_owned(), value.to_owned()));
                rest = after;
            }
            assert!(rest.trim().is_empty(), "an unquoted attribute in <{raw}");
            (name.to_owned(), attributes)
        })
        .collect()
}

/// Fails unless the rendered HTML could not run, load or restyle anything.
fn assert_inert(markdown: &str) -> String {
    let html = to_safe_html(markdown);
    for (name, attributes) in tags(&html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "<{name}> survived: {html}"
        );
        for (attribute, value) in attributes {
            match (name.as_str(), attribute.as_str()) {
                ("a", "href") => assert!(
                    ["http://", "https://", "mailto:"]
                        .iter()
                        .any(|scheme| value.starts_with(scheme)),
                    "a link to {value:?} survived: {html}"
                ),
                ("a", "rel") => assert!(value.contains("noopener"), "{html}"),
                _ => panic!("the attribute {attribute}={value:?} on <{name}> survived: {html}"),
            }
        }
    }
    html
}

#[test]
fn the_checker_itself_catches_what_it_must() {
    let caught = |html: &str| {
        std::panic::catch_unwind(|| {
            for (name, attributes) in tags(html) {
                assert!(ALLOWED_TAGS.contains(&name.as_str()));
                assert!(attributes.iter().all(|(a, _)| a == "href" || a == "rel"));
            }
        })
        .is_err()
    };
    assert!(caught(r#"<p onclick="x()">a</p>"#));
    assert!(caught("<script>x()</script>"));
    assert!(caught(r#"<a href="/x" style="color:red">a</a>"#));
    assert!(!caught(
        r#"<p>a &lt;script&gt;</p><a href="https://x/" rel="noopener">b</a>"#
    ));
}

#[test]
fn script_tags_are_shown_as_text() {
    let html = assert_inert(
        "<script>window.__pwned = 1</script>\n\nInline <script>document.title='x'</script> too.",
    );
    assert!(html.contains("&lt;script&gt;window.__pwned"), "{html}");
}

#[test]
fn event_handler_attributes_never_reach_an_element() {
    assert_inert(
        r#"<p onclick="alert(1)">hi</p> <b onmouseover=alert(1)>x</b> <img src=x onerror=alert(1)>"#,
    );
    assert_inert(r#"<details open ontoggle=alert(1)><summary>x</summary></details>"#);
}

#[test]
fn javascript_vbscript_and_data_links_lose_their_target() {
    for link in [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](java%0ascript:alert(1))",
        "[a](vbscript:msgbox(1))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "[a][ref]\n\n[ref]: javascript:alert(1)",
        "[a](file:///etc/passwd)",
    ] {
        let html = assert_inert(link);
        assert!(!html.contains("href"), "{link} kept a target: {html}");
    }
}

#[test]
fn relative_and_protocol_relative_links_lose_their_target() {
    for link in [
        "[a](//evil.example/x)",
        "[a](/etc/passwd)",
        "[a](page.html)",
    ] {
        let html = assert_inert(link);
        assert!(!html.contains("href"), "{link} kept a target: {html}");
    }
}

#[test]
fn link_titles_do_not_become_attributes() {
    let html = assert_inert(r#"[a](https://example.com/ "onmouseover=alert(1)")"#);
    assert!(html.contains(r#"href="https://example.com/""#), "{html}");
}

#[test]
fn frames_objects_and_embeds_are_shown_as_text() {
    let html = assert_inert(
        "<iframe src=https://evil.example/></iframe>\n\n<object data=x.swf></object><embed src=x.swf>\n\n<frameset><frame src=x></frameset>",
    );
    assert!(html.contains("&lt;iframe"), "{html}");
}

#[test]
fn images_never_load_neither_markdown_nor_html() {
    let html = assert_inert(
        "![tracker](https://evil.example/pixel.png)\n\n<img src=https://evil.example/x.png>\n\n![x][p]\n\n[p]: http://evil.example/p.gif",
    );
    assert!(!html.contains("evil.example/pixel"), "{html}");
}

#[test]
fn style_elements_attributes_and_css_urls_are_shown_as_text() {
    let html = assert_inert(
        "<style>body{background:url(https://evil.example/bg.png)}</style>\n\n<p style=\"background:url(https://evil.example/x)\">x</p>\n\n<link rel=stylesheet href=https://evil.example/x.css>",
    );
    assert!(html.contains("&lt;style&gt;"), "{html}");
}

#[test]
fn svg_and_math_with_script_are_shown_as_text() {
    assert_inert(
        "<svg onload=alert(1)><script>alert(1)</script><a xlink:href=javascript:alert(1)>x</a></svg>\n\n<math><mtext><script>alert(1)</script></mtext></math>",
    );
}

#[test]
fn forms_meta_and_base_are_shown_as_text() {
    assert_inert(
        "<form action=https://evil.example/><input name=x><button>go</button></form>\n\n<meta http-equiv=refresh content=\"0;url=https://evil.example/\">\n\n<base href=https://evil.example/>",
    );
}

#[test]
fn markup_hidden_in_code_and_tables_stays_text() {
    assert_inert("`<script>alert(1)</script>`\n\n```html\n<img src=x onerror=alert(1)>\n```\n\n| a |\n|---|\n| <script>alert(1)</script> |");
}
