//! The plan as an Excel workbook, a sheet per view: the scores (with a native bar chart per
//! axis), every answer with the level it names, and the roadmap with owner, due date and status
//! columns for the organization to fill in. Numbers are numbers, so people can sort and sum;
//! texts come from the same views the app shows.

use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartDataLabel, ChartFormat, ChartLegendPosition, ChartSolidFill,
    ChartType, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use shirube_guides::l10n::Localizer;
use shirube_guides::{AppError, Lang};
use shirube_navigator::report::{phase_id, ReportInput};
use shirube_navigator::view::{plan_view, question_groups, Score};
use shirube_navigator::Answer;

use crate::{failed, Fonts};

/// A4 in Excel's paper sizes.
const A4: u8 = 9;

/// The workbook, with each language's sheets (named in that language) one after the other.
pub fn xlsx(input: &ReportInput, langs: &[Lang]) -> Result<Vec<u8>, AppError> {
    let fail = |err: XlsxError| failed("xlsx", err);
    let mut workbook = Workbook::new();
    for &lang in langs {
        let l10n = Localizer::new(lang);
        let styles = Styles::new(&Fonts::for_lang(lang));
        // Two languages' sheets need different names: Excel refuses duplicates.
        let name = |id: &str| match langs.len() {
            1 => l10n.text(id),
            _ => format!("{} ({})", l10n.text(id), lang.code()),
        };
        scores(
            workbook.add_worksheet(),
            &name("office-sheet-scores"),
            input,
            &l10n,
            &styles,
        )
        .map_err(fail)?;
        answers(
            workbook.add_worksheet(),
            &name("office-sheet-answers"),
            input,
            &l10n,
            &styles,
        )
        .map_err(fail)?;
        roadmap(
            workbook.add_worksheet(),
            &name("office-sheet-roadmap"),
            input,
            &l10n,
            &styles,
        )
        .map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}

pub(crate) struct Styles {
    pub(crate) title: Format,
    pub(crate) head: Format,
    pub(crate) text: Format,
    pub(crate) number: Format,
    /// Cells the organization fills in: owner, due date, status.
    fill_in: Format,
    fill_in_date: Format,
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

/// Both axes' scores, each with its bar chart beside the table.
fn scores(
    sheet: &mut Worksheet,
    name: &str,
    input: &ReportInput,
    l10n: &Localizer,
    styles: &Styles,
) -> Result<(), XlsxError> {
    page_setup(sheet, name, true)?;
    let view = plan_view(input.library, input.answers, input.plan, l10n.lang());
    let baseline = input
        .baseline
        .map(|plan| plan_view(input.library, input.answers, plan, l10n.lang()));
    sheet.write_with_format(0, 0, l10n.text("plan-report-title"), &styles.title)?;
    if !input.answers.name.is_empty() {
        sheet.write(1, 0, &input.answers.name)?;
    }
    let mut heads = vec![
        l10n.text("office-col-id"),
        l10n.text("plan-score-item"),
        l10n.text("plan-score-value"),
        l10n.text("plan-score-target"),
        l10n.text("plan-score-unknown"),
    ];
    if baseline.is_some() {
        heads.push(l10n.text("plan-score-change"));
    }
    let widths = [8.0, 44.0, 14.0, 10.0, 16.0, 12.0];
    let mut row = 3;
    let axes = [
        (
            "plan-scores-directives",
            &view.directives,
            baseline.as_ref().map(|b| &b.directives),
        ),
        (
            "plan-scores-functions",
            &view.functions,
            baseline.as_ref().map(|b| &b.functions),
        ),
    ];
    for (heading, rows, before) in axes {
        let heading = l10n.text(heading);
        sheet.write_with_format(row, 0, &heading, &styles.title)?;
        columns(sheet, row + 1, &heads, &widths, styles)?;
        let first = row + 2;
        for (index, score) in rows.iter().enumerate() {
            let at = first + index as u32;
            score_row(sheet, at, score, before.and_then(|b| b.get(index)), styles)?;
        }
        let last = first + rows.len().saturating_sub(1) as u32;
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_name((name, row + 1, 2))
            .set_categories((name, first, 1, last, 1))
            .set_values((name, first, 2, last, 2))
            .set_data_label(ChartDataLabel::new().show_value())
            .set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color("0F4C5C")),
            );
        chart
            .add_series()
            .set_name((name, row + 1, 3))
            .set_categories((name, first, 1, last, 1))
            .set_values((name, first, 3, last, 3))
            .set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color("B7791F")),
            );
        chart.title().set_name(&heading);
        chart.legend().set_position(ChartLegendPosition::Bottom);
        chart.x_axis().set_min(0).set_max(100).set_major_unit(25);
        // Bars top to bottom in the table's order, the values' scale still along the bottom.
        chart
            .y_axis()
            .set_reverse()
            .set_crossing(ChartAxisCrossing::Max);
        chart
            .set_width(560)
            .set_height(120 + 40 * rows.len() as u32);
        sheet.insert_chart(row, 6, &chart)?;
        row = last + 12;
    }
    Ok(())
}

fn score_row(
    sheet: &mut Worksheet,
    row: u32,
    score: &Score,
    before: Option<&Score>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.write_with_format(row, 0, &score.item.label, &styles.text)?;
    sheet.write_with_format(row, 1, &score.item.title, &styles.text)?;
    match score.score {
        Some(value) => sheet.write_with_format(row, 2, value, &styles.number)?,
        None => sheet.write_blank(row, 2, &styles.number)?,
    };
    sheet.write_with_format(row, 3, score.target, &styles.number)?;
    sheet.write_with_format(row, 4, score.unknowns as u32, &styles.number)?;
    if let Some(before) = before {
        match (score.score, before.score) {
            (Some(now), Some(then)) => {
                sheet.write_with_format(row, 5, i32::from(now) - i32::from(then), &styles.number)?
            }
            _ => sheet.write_blank(row, 5, &styles.number)?,
        };
    }
    Ok(())
}

/// Every practice's answer: the level as a number and the level's own words.
fn answers(
    sheet: &mut Worksheet,
    name: &str,
    input: &ReportInput,
    l10n: &Localizer,
    styles: &Styles,
) -> Result<(), XlsxError> {
    page_setup(sheet, name, true)?;
    let heads = [
        l10n.text("office-col-directive"),
        l10n.text("office-col-id"),
        l10n.text("office-col-practice"),
        l10n.text("office-col-level"),
        l10n.text("office-col-answer"),
    ];
    let widths = [28.0, 30.0, 36.0, 7.0, 60.0];
    columns(sheet, 0, &heads, &widths, styles)?;
    let mut row = 1;
    for group in question_groups(input.library, l10n.lang()) {
        for question in &group.questions {
            let directive = format!("{} {}", group.directive.label, group.directive.title);
            sheet.write_with_format(row, 0, &directive, &styles.text)?;
            sheet.write_with_format(row, 1, question.practice.id.as_str(), &styles.text)?;
            sheet.write_with_format(row, 2, &question.practice.title, &styles.text)?;
            let answer = input.answers.answers.get(&question.practice.id).copied();
            match answer.and_then(Answer::level) {
                Some(level) => sheet.write_with_format(row, 3, level, &styles.number)?,
                None => sheet.write_blank(row, 3, &styles.number)?,
            };
            let words = match answer {
                Some(Answer::Level(level)) => question
                    .levels
                    .get(usize::from(level))
                    .cloned()
                    .unwrap_or_default(),
                Some(Answer::Unknown(_)) => l10n.text("office-answer-unknown"),
                None => l10n.text("office-answer-none"),
            };
            sheet.write_with_format(row, 4, &words, &styles.text)?;
            let texts = [
                directive,
                String::new(),
                question.practice.title.clone(),
                String::new(),
                words,
            ];
            fit_row(sheet, row, &texts, &widths)?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row.saturating_sub(1), 4)?;
    Ok(())
}

/// The roadmap, with owner, due date and status left for the organization to fill in.
fn roadmap(
    sheet: &mut Worksheet,
    name: &str,
    input: &ReportInput,
    l10n: &Localizer,
    styles: &Styles,
) -> Result<(), XlsxError> {
    page_setup(sheet, name, true)?;
    let heads = [
        l10n.text("office-col-rank"),
        l10n.text("office-col-phase"),
        l10n.text("office-col-practice"),
        l10n.text("plan-why-here"),
        l10n.text("plan-first-steps"),
        l10n.text("office-col-owner"),
        l10n.text("office-col-due"),
        l10n.text("office-col-status"),
    ];
    let widths = [6.0, 12.0, 28.0, 40.0, 56.0, 14.0, 12.0, 10.0];
    columns(sheet, 0, &heads, &widths, styles)?;
    let view = plan_view(input.library, input.answers, input.plan, l10n.lang());
    for (index, step) in view.roadmap.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_with_format(row, 0, step.rank as u32, &styles.number)?;
        sheet.write_with_format(row, 1, l10n.text(phase_id(step.phase)), &styles.text)?;
        let practice = format!("{}\n{}", step.practice.title, step.practice.id.as_str());
        sheet.write_with_format(row, 2, &practice, &styles.text)?;
        let reasons = step.reasons.join("\n");
        sheet.write_with_format(row, 3, &reasons, &styles.text)?;
        let steps: Vec<String> = step
            .first_steps
            .iter()
            .enumerate()
            .map(|(n, text)| format!("{}. {text}", n + 1))
            .collect();
        let steps = steps.join("\n");
        sheet.write_with_format(row, 4, &steps, &styles.text)?;
        let texts = [String::new(), String::new(), practice, reasons, steps];
        fit_row(sheet, row, &texts, &widths)?;
        sheet.write_blank(row, 5, &styles.fill_in)?;
        sheet.write_blank(row, 6, &styles.fill_in_date)?;
        sheet.write_blank(row, 7, &styles.fill_in)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.autofilter(0, 0, view.roadmap.len() as u32, 7)?;
    Ok(())
}
