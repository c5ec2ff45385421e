//! `shirube show`: one item as readable text for a terminal.

use std::fmt::Write as _;
use std::process::ExitCode;

use shirube_api::{AppError, Args, ErrorCode, ItemId, ItemLink, Lang, Localizer, Shirube};

pub fn show(id: &str, lang: Lang) -> Result<ExitCode, String> {
    let shirube = Shirube::headless(lang);
    let item_id = parse(id, lang)?;
    let view = shirube
        .item(&item_id, lang)
        .map_err(|err| localized(err, lang))?;
    let l10n = Localizer::new(lang);
    let item = shirube
        .library()
        .item(&item_id)
        .expect("the view was found");
    let text = item.text.get(lang);

    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", view.id, view.title);
    let crumbs: Vec<String> = std::iter::once(view.pack_title.clone())
        .chain(view.breadcrumb.iter().map(link_text))
        .collect();
    let _ = writeln!(out, "{}\n", crumbs.join(" › "));
    let _ = writeln!(out, "{}\n", view.summary);
    let _ = writeln!(out, "{}\n", text.body_md.trim());
    if let Some(practice) = &text.practice {
        let _ = writeln!(out, "{}: {}", l10n.text("show-question"), practice.question);
        // Each level's text starts with its number ("0 — not started: …").
        for description in &practice.levels {
            let _ = writeln!(out, "  {description}");
        }
        section(
            &mut out,
            &l10n.text("show-first-steps"),
            practice.first_steps.iter().cloned(),
        );
        section(
            &mut out,
            &l10n.text("show-ciso-questions"),
            practice.ciso_questions.iter().cloned(),
        );
    }
    section(
        &mut out,
        &l10n.text("show-children"),
        view.children.iter().map(link_text),
    );
    section(
        &mut out,
        &l10n.text("show-maps-to"),
        view.maps_to.iter().map(link_text),
    );
    section(
        &mut out,
        &l10n.text("show-mapped-from"),
        view.mapped_from.iter().map(link_text),
    );
    section(
        &mut out,
        &l10n.text("show-see-also"),
        view.see_also.iter().map(link_text),
    );
    let _ = writeln!(out, "{}: {}", l10n.text("show-source"), view.source);
    let _ = writeln!(out, "{}", view.pack_notice);
    // A reader that went away (`| head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    Ok(ExitCode::SUCCESS)
}

fn link_text(link: &ItemLink) -> String {
    format!("{} {}", link.id, link.title)
}

fn section(out: &mut String, heading: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    if !lines.is_empty() {
        let _ = writeln!(out, "\n{heading}:");
        for line in lines {
            let _ = writeln!(out, "  - {line}");
        }
        out.push('\n');
    }
}

/// `shirube show ID --cite [--passage TEXT]`: the passage with the item's citation, as the reader
/// copies it.
pub fn cite(id: &str, passage: &str, lang: Lang) -> Result<ExitCode, String> {
    let citation = Shirube::headless(lang)
        .citation(&parse(id, lang)?, lang, passage)
        .map_err(|err| localized(err, lang))?;
    println!("{citation}");
    Ok(ExitCode::SUCCESS)
}

fn parse(id: &str, lang: Lang) -> Result<ItemId, String> {
    ItemId::parse(id).ok_or_else(|| localized(AppError::new(ErrorCode::ItemNotFound, id), lang))
}

fn localized(err: AppError, lang: Lang) -> String {
    Localizer::new(lang).format(
        &err.code.message_id(),
        &Args::new().with("detail", err.message),
    )
}
