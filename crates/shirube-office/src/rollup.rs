//! The group's picture as an Excel sheet: a row per unit, a column per directive and function,
//! the scores as numbers (to sort and chart), and each weakest cell filled and given its text
//! mark through the number format (`50 ▼!`), so the value stays a number and the mark is not
//! carried by colour alone. The rule and the columns' titles are written under the matrix.

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use shirube_guides::l10n::{Args, Localizer};
use shirube_guides::AppError;
use shirube_navigator::rollup::{Rollup, RollupCell, FAR_BELOW, MARK_FAR_BELOW, MARK_LOWEST};

use crate::xlsx_style::{columns, fit_row, page_setup, Styles};
use crate::{failed, Fonts};

/// Where the matrix starts: the title and lead above, the two heading rows.
const GROUP_ROW: u32 = 3;
const HEAD_ROW: u32 = 4;
const FIRST_UNIT: u32 = 5;
/// The unit's name and sector come before the scores.
const FIRST_SCORE: u16 = 2;

/// The workbook of one sheet, in `l10n`'s language.
pub fn rollup_xlsx(rollup: &Rollup, l10n: &Localizer) -> Result<Vec<u8>, AppError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write(sheet, rollup, l10n).map_err(|err| failed("xlsx", err))?;
    workbook.save_to_buffer().map_err(|err| failed("xlsx", err))
}

/// A marked score's look: filled as the HTML page tints it, the marks after the number.
struct Marked {
    lowest: Format,
    far_below: Format,
    both: Format,
}

impl Marked {
    fn new(number: &Format) -> Marked {
        let style = |fill: &str, marks: &str| {
            number
                .clone()
                .set_background_color(fill)
                .set_num_format(format!("0\" {marks}\""))
        };
        Marked {
            lowest: style("F9D3CF", MARK_LOWEST).set_bold(),
            far_below: style("FFF1C2", MARK_FAR_BELOW),
            both: style("F9D3CF", &format!("{MARK_LOWEST}{MARK_FAR_BELOW}")).set_bold(),
        }
    }

    fn format<'a>(&'a self, cell: &RollupCell, plain: &'a Format) -> &'a Format {
        match (cell.lowest, cell.far_below) {
            (true, true) => &self.both,
            (true, false) => &self.lowest,
            (false, true) => &self.far_below,
            (false, false) => plain,
        }
    }
}

fn write(sheet: &mut Worksheet, rollup: &Rollup, l10n: &Localizer) -> Result<(), XlsxError> {
    let fonts = Fonts::for_lang(l10n.lang());
    let styles = Styles::new(&fonts);
    let marked = Marked::new(&styles.number);
    page_setup(sheet, &l10n.text("rollup-sheet"), true)?;
    sheet.write_with_format(0, 0, l10n.text("rollup-title"), &styles.title)?;
    sheet.set_row_height(0, 20.0)?;
    let count = Args::new().with("count", rollup.units.len().to_string());
    sheet.write(1, 0, l10n.format("rollup-lead", &count))?;

    let mut heads = vec![l10n.text("rollup-unit"), l10n.text("plan-sector")];
    heads.extend(rollup.columns.iter().map(|c| c.label.clone()));
    heads.push(l10n.text("plan-score-unknown"));
    let mut widths = vec![28.0, 20.0];
    widths.extend(rollup.columns.iter().map(|_| 7.0));
    widths.push(12.0);
    columns(sheet, HEAD_ROW, &heads, &widths, &styles)?;
    group_heads(sheet, rollup, l10n, &styles)?;

    let last_column = FIRST_SCORE + rollup.columns.len() as u16;
    for (index, unit) in rollup.units.iter().enumerate() {
        let row = FIRST_UNIT + index as u32;
        sheet.write_with_format(row, 0, &unit.name, &styles.text)?;
        sheet.write_with_format(row, 1, &unit.sector, &styles.text)?;
        fit_row(
            sheet,
            row,
            &[unit.name.clone(), unit.sector.clone()],
            &widths,
        )?;
        for (offset, cell) in unit.cells.iter().enumerate() {
            let column = FIRST_SCORE + offset as u16;
            match cell.score {
                Some(score) => sheet.write_with_format(
                    row,
                    column,
                    score,
                    marked.format(cell, &styles.number),
                )?,
                None => sheet.write_with_format(
                    row,
                    column,
                    l10n.text("rollup-no-score"),
                    &styles.number,
                )?,
            };
        }
        sheet.write_with_format(row, last_column, unit.unknowns as u32, &styles.number)?;
    }
    sheet.set_freeze_panes(FIRST_UNIT, 1)?;
    let after = FIRST_UNIT + rollup.units.len() as u32 + 1;
    legend(sheet, rollup, l10n, &fonts, after)
}

/// The row above the labels: which columns are directives and which are functions.
fn group_heads(
    sheet: &mut Worksheet,
    rollup: &Rollup,
    l10n: &Localizer,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let directives = rollup.columns.iter().filter(|c| !c.function).count() as u16;
    let functions = rollup.columns.len() as u16 - directives;
    let head = styles.head.clone().set_align(FormatAlign::Center);
    for (first, count, id) in [
        (FIRST_SCORE, directives, "plan-scores-directives"),
        (FIRST_SCORE + directives, functions, "plan-scores-functions"),
    ] {
        if count > 0 {
            let last = first + count - 1;
            sheet.merge_range(GROUP_ROW, first, GROUP_ROW, last, &l10n.text(id), &head)?;
        }
    }
    sheet.set_row_height(GROUP_ROW, 30.0)?;
    Ok(())
}

/// The marks, the rule behind them, and each column's title, under the matrix.
fn legend(
    sheet: &mut Worksheet,
    rollup: &Rollup,
    l10n: &Localizer,
    fonts: &Fonts,
    first: u32,
) -> Result<(), XlsxError> {
    let text = Format::new()
        .set_font_name(fonts.east_asian)
        .set_font_size(10);
    let bold = text.clone().set_bold();
    let far = Args::new().with("points", FAR_BELOW.to_string());
    let lines = [
        (String::new(), l10n.text("rollup-rule-unknown")),
        (MARK_LOWEST.to_owned(), l10n.text("rollup-rule-lowest")),
        (
            MARK_FAR_BELOW.to_owned(),
            l10n.format("rollup-rule-far-below", &far),
        ),
    ];
    sheet.write_with_format(first, 0, l10n.text("rollup-legend"), &bold)?;
    let mut row = first + 1;
    for (mark, line) in lines {
        sheet.write_with_format(row, 0, &mark, &bold)?;
        sheet.write_with_format(row, 1, &line, &text)?;
        row += 1;
    }
    row += 1;
    for column in &rollup.columns {
        sheet.write_with_format(row, 0, &column.label, &bold)?;
        sheet.write_with_format(row, 1, &column.title, &text)?;
        row += 1;
    }
    Ok(())
}
