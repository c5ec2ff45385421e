//! The executive summary as the workbook's first sheet: the same texts as the summary in the
//! report, one a row, with the risks' owner and due date and the decisions' date as cells to
//! fill in, and the chart's numbers as a table.

use rust_xlsxwriter::{Worksheet, XlsxError};

use shirube_guides::l10n::Localizer;
use shirube_navigator::report::{document, Block, ReportInput, Summary};

use crate::xlsx_style::{fit_row, page_setup, Styles};

const WIDTHS: [f64; 4] = [70.0, 14.0, 14.0, 14.0];

pub fn summary(
    sheet: &mut Worksheet,
    name: &str,
    input: &ReportInput,
    l10n: &Localizer,
    styles: &Styles,
) -> Result<(), XlsxError> {
    page_setup(sheet, name, false)?;
    for (column, &width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(column as u16, width)?;
    }
    let found = document(input, l10n.lang())
        .into_iter()
        .find_map(|block| match block {
            Block::Summary(summary) => Some(summary),
            _ => None,
        });
    match found {
        Some(summary) => write(sheet, &summary, styles),
        None => Ok(()),
    }
}

/// Rows of text down column A; tables start at their heading row.
fn write(sheet: &mut Worksheet, summary: &Summary, styles: &Styles) -> Result<(), XlsxError> {
    let mut row = 0;
    sheet.write_with_format(row, 0, &summary.title, &styles.title)?;
    sheet.write_with_format(row, 3, &summary.confidential, &styles.head)?;
    row += 2;
    for (name, value) in &summary.header {
        sheet.write_with_format(row, 0, name, &styles.head)?;
        let format = if value.is_empty() {
            &styles.fill_in
        } else {
            &styles.text
        };
        sheet.merge_range(row, 1, row, 3, value, format)?;
        row += 1;
    }
    let text = |sheet: &mut Worksheet, row: &mut u32, line: &str| -> Result<(), XlsxError> {
        sheet.write_with_format(*row, 0, line, &styles.text)?;
        fit_row(sheet, *row, &[line.to_owned()], &WIDTHS)?;
        *row += 1;
        Ok(())
    };
    let mut sections = vec![&summary.picture];
    sections.extend(summary.done.as_ref());
    sections.push(&summary.basis);
    for (heading, lines) in sections {
        row += 1;
        sheet.write_with_format(row, 0, heading, &styles.title)?;
        row += 1;
        for line in lines {
            text(sheet, &mut row, line)?;
        }
    }
    for table in summary.tables() {
        row += 1;
        sheet.write_with_format(row, 0, &table.heading, &styles.title)?;
        row += 1;
        if table.rows.is_empty() {
            text(sheet, &mut row, &table.none)?;
            continue;
        }
        for (column, title) in table.columns().enumerate() {
            sheet.write_with_format(row, column as u16, title, &styles.head)?;
        }
        row += 1;
        for (what, item) in &table.rows {
            let cell = format!("{what}\n{item}");
            sheet.write_with_format(row, 0, &cell, &styles.text)?;
            sheet.write_blank(row, 1, &styles.fill_in)?;
            if table.blanks > 1 {
                sheet.write_blank(row, 2, &styles.fill_in_date)?;
            }
            fit_row(sheet, row, &[cell], &WIDTHS)?;
            row += 1;
        }
    }
    let chart = &summary.chart;
    row += 1;
    sheet.write_with_format(row, 0, &chart.heading, &styles.title)?;
    row += 1;
    sheet.write_blank(row, 0, &styles.head)?;
    for (column, name) in chart.series.iter().enumerate() {
        sheet.write_with_format(row, 1 + column as u16, name, &styles.head)?;
    }
    row += 1;
    for bar in &chart.bars {
        sheet.write_with_format(row, 0, format!("{} {}", bar.code, bar.name), &styles.text)?;
        let values = [bar.score, bar.target, bar.before];
        for (column, value) in values.iter().take(chart.series.len()).enumerate() {
            match value {
                Some(value) => {
                    sheet.write_with_format(row, 1 + column as u16, *value, &styles.number)?
                }
                None => sheet.write_blank(row, 1 + column as u16, &styles.number)?,
            };
        }
        row += 1;
    }
    let (heading, next) = &summary.next_review;
    row += 1;
    sheet.write_with_format(row, 0, heading, &styles.title)?;
    text(sheet, &mut row.saturating_add(1), next)
}
