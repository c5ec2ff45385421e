//! The executive summary in the Word document: the same parts as the HTML summary, as a
//! table of who and when, headed sections, the risks and decisions as tables with empty cells
//! to fill in (owner, due date, decided on), and a native bar chart of the directives.

use docx_rs::{
    AlignmentType, LineSpacing, Paragraph, Run, Shading, Table, TableCell, TableLayoutType,
    TableRow, VAlignType, WidthType,
};

use shirube_navigator::report::{Summary, SummaryTable};

use crate::chart::{self, Chart};
use crate::docx::{styled, Out, HEAD_FILL, MUTED, TEXT_WIDTH};

/// The summary's text size, in half-points: a size up from the annex, for reading on paper.
const READING: usize = 22;

/// A cell holding runs of text; empty cells keep a height to write in.
fn cell(width: usize, runs: Vec<Run>, fill: bool) -> TableCell {
    let mut paragraph = Paragraph::new().line_spacing(LineSpacing::new().after(0));
    for run in runs {
        paragraph = paragraph.add_run(run);
    }
    let cell = TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(paragraph);
    if fill {
        cell.shading(Shading::new().fill(HEAD_FILL))
    } else {
        cell
    }
}

fn fixed(rows: Vec<TableRow>, widths: Vec<usize>) -> Table {
    Table::new(rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// (text, roadmap item) rows with the table's blank columns to fill in after them.
fn fill_in_table(table: &SummaryTable) -> Table {
    const BLANK: usize = 1900;
    let blanks = table.blanks;
    let mut widths = vec![TEXT_WIDTH - BLANK * blanks];
    widths.extend(std::iter::repeat_n(BLANK, blanks));
    let mut table_rows = vec![TableRow::new(
        table
            .columns()
            .zip(&widths)
            .map(|(title, &width)| cell(width, vec![Run::new().add_text(title).bold()], true))
            .collect(),
    )];
    for (text, item) in &table.rows {
        let mut cells = vec![cell(
            widths[0],
            vec![
                Run::new().add_text(text).size(READING),
                Run::new().add_break(docx_rs::BreakType::TextWrapping),
                Run::new().add_text(item).size(18).color(MUTED),
            ],
            false,
        )];
        cells.extend(
            widths[1..]
                .iter()
                .map(|&width| cell(width, Vec::new(), false)),
        );
        table_rows.push(TableRow::new(cells).cant_split().row_height(560.0));
    }
    fixed(table_rows, widths)
}

impl Out {
    fn section(&mut self, (heading, lines): &(String, Vec<String>)) {
        self.push(styled("Heading2", heading).keep_next(true));
        for line in lines {
            self.push(Paragraph::new().add_run(Run::new().add_text(line).size(READING)));
        }
    }

    pub(crate) fn summary(&mut self, summary: &Summary, new_page: bool) {
        self.push(styled("Title", &summary.title).page_break_before(new_page));
        // Who and when: two pairs a row, the names shaded; "prepared by" left blank.
        let widths = vec![1700, TEXT_WIDTH / 2 - 1700, 1700, TEXT_WIDTH / 2 - 1700];
        let rows = summary
            .header
            .chunks(2)
            .map(|pairs| {
                let cells = pairs
                    .iter()
                    .enumerate()
                    .flat_map(|(index, (name, value))| {
                        [
                            cell(
                                widths[2 * index],
                                vec![Run::new().add_text(name).bold()],
                                true,
                            ),
                            cell(
                                widths[2 * index + 1],
                                vec![Run::new().add_text(value)],
                                false,
                            ),
                        ]
                    })
                    .collect();
                TableRow::new(cells).row_height(400.0)
            })
            .collect();
        self.push_table(fixed(rows, widths));
        self.section(&summary.picture);
        if let Some((heading, done)) = &summary.done {
            let done = if done.is_empty() {
                vec!["—".to_owned()]
            } else {
                done.clone()
            };
            self.list(&(heading.clone(), done), None);
        }
        self.section(&summary.basis);
        for table in summary.tables() {
            self.push(styled("Heading2", &table.heading).keep_next(true));
            if table.rows.is_empty() {
                self.push(Paragraph::new().add_run(Run::new().add_text(&table.none).size(READING)));
            } else {
                self.push_table(fill_in_table(table));
            }
        }
        let bars = &summary.chart.bars;
        let value = |pick: fn(&shirube_navigator::report::Bar) -> Option<u8>| {
            bars.iter().map(pick).collect::<Vec<_>>()
        };
        let mut series = vec![value(|b| b.score), value(|b| b.target)];
        if summary.chart.series.len() > 2 {
            series.push(value(|b| b.before));
        }
        let chart = Chart {
            title: summary.chart.heading.clone(),
            categories: bars
                .iter()
                .map(|bar| format!("{} {}", bar.code, bar.name))
                .collect(),
            series: summary.chart.series.iter().cloned().zip(series).collect(),
        };
        self.push(styled("Heading2", &summary.chart.heading).keep_next(true));
        self.push(chart::placeholder(self.charts.len()));
        self.charts.push(chart);
        let (heading, next) = &summary.next_review;
        self.push(styled("Heading2", heading).keep_next(true));
        self.push(
            Paragraph::new()
                .align(AlignmentType::Left)
                .add_run(Run::new().add_text(next).size(READING)),
        );
    }
}
