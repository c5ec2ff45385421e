//! The board report as a Word document: the blocks the HTML report renders, as real headings
//! (Word's navigation pane and table of contents see them), tables, numbered and bulleted lists
//! and a native bar chart per score section, on A4 with the title in the header and "page x of
//! y" in the footer. Every text goes in as a text run: docx-rs escapes it.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, FieldCharType, Footer, Header, IndentLevel,
    InstrNUMPAGES, InstrPAGE, InstrText, Level, LevelJc, LevelOverride, LevelText, LineSpacing,
    LineSpacingType, NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts,
    Shading, SpecialIndentType, Start, Style, StyleType, Tab, TabValueType, Table, TableCell,
    TableLayoutType, TableRow, VAlignType, WidthType,
};

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::{AppError, Lang};
use shirube_navigator::report::{document, Block, Cited, PracticeBlock, ReportInput, ScoreRow};

use crate::chart::{self, Chart};
use crate::{failed, Fonts};

/// A4 with 20 mm margins, in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1134;
pub(crate) const TEXT_WIDTH: usize = 11906 - 2 * 1134;
pub(crate) const ACCENT: &str = "0F4C5C";
pub(crate) const MUTED: &str = "3D4A5C";
pub(crate) const HEAD_FILL: &str = "E6EEF2";
/// The confidentiality mark's colour.
const MARK: &str = "9B2C2C";
/// Abstract numberings: bullets, and numbered steps (each list restarts at 1). docx-rs
/// brings a numbering 1 of its own, so these start well clear of it.
const BULLETS: usize = 100;
const STEPS: usize = 200;

/// The report in `langs`, one language after the other, each from a new page.
pub fn docx(input: &ReportInput, langs: &[Lang]) -> Result<Vec<u8>, AppError> {
    let first = langs.first().copied().unwrap_or(Lang::En);
    let fonts = Fonts::for_lang(first);
    let mut out = Out {
        docx: page_setup(&fonts, &Localizer::new(first)),
        charts: Vec::new(),
        lists: 0,
    };
    for (index, &lang) in langs.iter().enumerate() {
        out.language(input, lang, index > 0);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    out.docx
        .build()
        .pack(&mut bytes)
        .map_err(|err| failed("docx", err))?;
    chart::embed(bytes.into_inner(), &out.charts, &fonts)
}

/// A4, margins, fonts, styles, list formats, and the header and footer on every page.
fn page_setup(fonts: &Fonts, l10n: &Localizer) -> Docx {
    let run_fonts = RunFonts::new()
        .ascii(fonts.latin)
        .hi_ansi(fonts.latin)
        .cs(fonts.latin)
        .east_asia(fonts.east_asian);
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(size)
            .color(ACCENT)
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(80))
    };
    let title = l10n.text("plan-report-title");
    Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(567)
                .footer(567),
        )
        .default_fonts(run_fonts)
        .default_size(20)
        .default_line_spacing(
            LineSpacing::new()
                .after(60)
                .line(276)
                .line_rule(LineSpacingType::Auto),
        )
        .add_style(heading("Title", "Title", 36, 0).line_spacing(LineSpacing::new().after(160)))
        .add_style(heading("Heading1", "heading 1", 28, 0))
        .add_style(heading("Heading2", "heading 2", 24, 1))
        .add_style(heading("Heading3", "heading 3", 21, 2).color("1B2330"))
        .add_style(
            Style::new("Label", StyleType::Paragraph)
                .name("Label")
                .based_on("Normal")
                .bold()
                .size(19)
                .color(MUTED)
                .line_spacing(LineSpacing::new().before(100).after(20)),
        )
        .add_abstract_numbering(list_format(BULLETS, "bullet", "•"))
        .add_abstract_numbering(list_format(STEPS, "decimal", "%1."))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        // The confidentiality mark at the left of every page's header, the title at the right.
        .header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH))
                    .add_run(
                        Run::new()
                            .add_text(l10n.text("summary-confidential"))
                            .bold()
                            .size(18)
                            .color(MARK),
                    )
                    .add_run(Run::new().add_tab().add_text(title).size(18).color(MUTED)),
            ),
        )
        .footer(Footer::new().add_paragraph(page_of(l10n)))
}

fn list_format(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(300)), None, None),
    )
}

/// "Page 1 of 3" with live fields, worded by Fluent around them.
fn page_of(l10n: &Localizer) -> Paragraph {
    const PAGE_MARK: char = '\u{E000}';
    const PAGES_MARK: char = '\u{E001}';
    let args = Args::new()
        .with("page", PAGE_MARK.to_string())
        .with("pages", PAGES_MARK.to_string());
    let text = l10n.format("plan-page-of", &args);
    let mut paragraph = Paragraph::new().align(AlignmentType::Center).size(16);
    let mut rest = text.as_str();
    while let Some(at) = rest.find([PAGE_MARK, PAGES_MARK]) {
        let (before, mark) = rest.split_at(at);
        if !before.is_empty() {
            paragraph = paragraph.add_run(Run::new().add_text(before).size(16));
        }
        let instruction = if mark.starts_with(PAGE_MARK) {
            InstrText::PAGE(InstrPAGE::new())
        } else {
            InstrText::NUMPAGES(InstrNUMPAGES::new())
        };
        // The field as runs of its own, so the number takes the footer's size.
        paragraph = paragraph.add_run(
            Run::new()
                .size(16)
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(instruction)
                .add_field_char(FieldCharType::Separate, false)
                .add_text("1")
                .add_field_char(FieldCharType::End, false),
        );
        rest = &mark[PAGE_MARK.len_utf8()..];
    }
    if !rest.is_empty() {
        paragraph = paragraph.add_run(Run::new().add_text(rest).size(16));
    }
    paragraph
}

/// The document being written, and the charts to add to its package once docx-rs is done.
pub(crate) struct Out {
    docx: Docx,
    pub(crate) charts: Vec<Chart>,
    /// Numbered lists so far: each gets its own numbering, so each starts at 1.
    lists: usize,
}

pub(crate) fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

impl Out {
    pub(crate) fn push(&mut self, paragraph: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    pub(crate) fn push_table(&mut self, table: Table) {
        self.docx = std::mem::take(&mut self.docx).add_table(table);
    }

    fn language(&mut self, input: &ReportInput, lang: Lang, new_page: bool) {
        for block in document(input, lang) {
            match block {
                Block::Summary(summary) => self.summary(&summary, new_page),
                Block::Annex(heading) => {
                    self.push(styled("Heading1", &heading).page_break_before(true));
                }
                Block::Title(title) => self.push(styled("Title", &title)),
                Block::Facts(facts) => {
                    let rows = facts
                        .iter()
                        .map(|(name, value)| vec![(name.as_str(), true), (value.as_str(), false)]);
                    self.push_table(table(&[3600, TEXT_WIDTH - 3600], rows.collect(), None));
                }
                Block::Heading(heading) => self.push(styled("Heading1", &heading).keep_next(true)),
                Block::Scores {
                    heading,
                    radar,
                    head,
                    rows,
                } => {
                    self.push(styled("Heading2", &heading).keep_next(true));
                    let chart = Chart {
                        title: heading.clone(),
                        categories: rows.iter().map(|row| row.name.clone()).collect(),
                        series: vec![
                            (
                                head.score.clone(),
                                radar.iter().map(|axis| axis.1).collect(),
                            ),
                            (
                                head.target.clone(),
                                rows.iter().map(|row| row.target.parse().ok()).collect(),
                            ),
                        ],
                    };
                    self.push(chart::placeholder(self.charts.len()).keep_next(true));
                    self.charts.push(chart);
                    self.scores_table(&head, &rows);
                }
                Block::List(heading, items) => self.list(&(heading, items), None),
                Block::Practice(practice) => self.practice(&practice),
                Block::Appendix(items) => items.iter().for_each(|cited| self.cited(cited)),
                Block::Closing(text) => self.push(
                    Paragraph::new()
                        .line_spacing(LineSpacing::new().before(360))
                        .add_run(Run::new().add_text(text).size(17).color(MUTED)),
                ),
            }
        }
    }

    fn scores_table(&mut self, head: &ScoreRow, rows: &[ScoreRow]) {
        let with_change = head.change.is_some();
        let mut widths = vec![TEXT_WIDTH - 5000, 1900, 1100, 1000];
        if with_change {
            widths[0] -= 1000;
            widths.push(1000);
        }
        fn line(row: &ScoreRow) -> Vec<&str> {
            let mut cells = vec![&row.name, &row.score, &row.target, &row.unknown];
            cells.extend(row.change.as_ref());
            cells.into_iter().map(String::as_str).collect()
        }
        let mut lines = vec![line(head)
            .into_iter()
            .map(|text| (text, true))
            .collect::<Vec<_>>()];
        lines.extend(
            rows.iter()
                .map(|row| line(row).into_iter().map(|text| (text, false)).collect()),
        );
        self.push_table(table(&widths, lines, Some(1)));
    }

    fn practice(&mut self, practice: &PracticeBlock) {
        self.push(styled("Heading3", &practice.heading).keep_next(true));
        self.push(Paragraph::new().add_run(Run::new().add_text(&practice.summary)));
        self.list(&practice.reasons, None);
        let steps = self.new_numbering();
        self.list(&practice.first_steps, Some(steps));
        self.list(&practice.questions, None);
        if let Some((heading, note)) = &practice.note {
            self.push(
                Paragraph::new()
                    .add_run(
                        Run::new()
                            .add_text(heading)
                            .bold()
                            .shading(Shading::new().fill("FFF6D6")),
                    )
                    .add_run(
                        Run::new()
                            .add_text(format!(" {note}"))
                            .shading(Shading::new().fill("FFF6D6")),
                    ),
            );
        }
    }

    /// A numbering of its own for the next numbered list, so that it starts at 1.
    fn new_numbering(&mut self) -> usize {
        self.lists += 1;
        let id = STEPS + self.lists;
        self.docx = std::mem::take(&mut self.docx)
            .add_numbering(Numbering::new(id, STEPS).add_override(LevelOverride::new(0).start(1)));
        id
    }

    /// A labelled list; bulleted unless `numbering` names a numbered one.
    pub(crate) fn list(
        &mut self,
        (label, items): &(String, Vec<String>),
        numbering: Option<usize>,
    ) {
        if items.is_empty() {
            return;
        }
        self.push(styled("Label", label).keep_next(true));
        let id = numbering.unwrap_or(BULLETS);
        for item in items {
            self.push(
                Paragraph::new()
                    .numbering(NumberingId::new(id), IndentLevel::new(0))
                    .add_run(Run::new().add_text(item)),
            );
        }
    }

    fn cited(&mut self, cited: &Cited) {
        self.push(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(LineSpacing::new().before(100).after(0))
                .add_run(Run::new().add_text(&cited.id).bold().color(MUTED))
                .add_run(Run::new().add_text(format!(" {}", cited.title)).bold()),
        );
        self.push(
            Paragraph::new()
                .indent(Some(284), None, None, None)
                .add_run(Run::new().add_text(&cited.summary).size(18))
                .add_run(
                    Run::new()
                        .add_text(format!(" ({})", cited.as_of))
                        .size(16)
                        .color(MUTED),
                ),
        );
    }
}

/// A table of text cells, `(text, bold)`; the first `head_rows` rows shaded as a heading.
/// Columns after the first hold numbers and sit right.
fn table(widths: &[usize], rows: Vec<Vec<(&str, bool)>>, head_rows: Option<usize>) -> Table {
    let head_rows = head_rows.unwrap_or(0);
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(row, cells)| {
            let cells = cells
                .into_iter()
                .zip(widths)
                .enumerate()
                .map(|(column, ((text, bold), &width))| {
                    let mut run = Run::new().add_text(text);
                    if bold {
                        run = run.bold();
                    }
                    let mut paragraph = Paragraph::new()
                        .line_spacing(LineSpacing::new().after(0))
                        .add_run(run);
                    if column > 0 && head_rows > 0 {
                        paragraph = paragraph.align(AlignmentType::Right);
                    }
                    let cell = TableCell::new()
                        .width(width, WidthType::Dxa)
                        .vertical_align(VAlignType::Center)
                        .add_paragraph(paragraph);
                    if row < head_rows {
                        cell.shading(Shading::new().fill(HEAD_FILL))
                    } else {
                        cell
                    }
                })
                .collect();
            TableRow::new(cells).cant_split()
        })
        .collect();
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}
