//! What the workbook's sheets share: cell formats, A4 page set-up, and rows as tall as their
//! wrapped text.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

use crate::Fonts;

/// A4 in Excel's paper sizes.
const A4: u8 = 9;

pub(crate) struct Styles {
    pub(crate) title: Format,
    pub(crate) head: Format,
    pub(crate) text: Format,
    pub(crate) number: Format,
    /// Cells the organization fills in: owner, due date, status.
    pub(crate) fill_in: Format,
    pub(crate) fill_in_date: Format,
}

impl Styles {
    pub(crate) fn new(fonts: &Fonts) -> Styles {
        let base = Format::new()
            .set_font_name(fonts.east_asian)
            .set_font_size(10)
            .set_align(FormatAlign::Top);
        let cell = base.clone().set_border(FormatBorder::Thin).set_text_wrap();
        Styles {
            title: base.set_bold().set_font_size(13).set_font_color("0F4C5C"),
            head: cell.clone().set_bold().set_background_color("E6EEF2"),
            number: cell.clone().set_align(FormatAlign::Right),
            fill_in: cell.clone().set_background_color("FFF6D6"),
            fill_in_date: cell
                .clone()
                .set_background_color("FFF6D6")
                .set_num_format("yyyy-mm-dd"),
            text: cell,
        }
    }
}

pub(crate) fn page_setup(
    sheet: &mut Worksheet,
    name: &str,
    landscape: bool,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    sheet.set_paper_size(A4);
    if landscape {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_footer("&P / &N");
    Ok(())
}

/// Column widths (in Excel's character units) and the heading row.
pub(crate) fn columns(
    sheet: &mut Worksheet,
    row: u32,
    heads: &[String],
    widths: &[f64],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (column, (head, &width)) in heads.iter().zip(widths).enumerate() {
        sheet.set_column_width(column as u16, width)?;
        sheet.write_with_format(row, column as u16, head, &styles.head)?;
    }
    fit_row(sheet, row, heads, widths)
}

/// Gives a row the height its wrapped text needs. Excel and LibreOffice do not grow a row
/// written by a program when they open it, so long cells would show their first line only.
pub(crate) fn fit_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[String],
    widths: &[f64],
) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(text, &width)| {
            text.lines()
                .map(|line| {
                    // A Japanese character is as wide as two digits.
                    let units: usize = line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
                    (units as f64 / (width - 1.0).max(1.0)).ceil().max(1.0)
                })
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    sheet.set_row_height(row, 14.0 * lines + 3.0)?;
    Ok(())
}
