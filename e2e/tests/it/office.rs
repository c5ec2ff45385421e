//! The Word and Excel reports opened the way a person opens them: LibreOffice (headless Writer
//! and Calc, which the set-up installs) loads each file the app saves for the sample workshop
//! and prints it to PDF. The PDF must have A4 pages, the Japanese text and the chart; page 1 is
//! kept as a PNG in `sample-report/` for people to look at. The workbook is also read back cell
//! by cell and must hold the numbers the app shows; so is the group's picture, with its marks.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use shirube_api::{ImportedFile, Lang, ReportFormat, ReportLang, ReportOptions, RollupFormat};

use crate::report::{a4_pages, out_dir, sample_workshop};

/// LibreOffice's PDF of `file`, beside it, made with a profile of its own (so a desktop
/// LibreOffice the user has open is neither used nor disturbed).
fn print_with_libreoffice(file: &Path) -> PathBuf {
    let profile = tempfile::tempdir().unwrap();
    let out = file.parent().unwrap();
    let status = Command::new("timeout")
        .args(["180", "soffice"])
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .arg(file)
        .status()
        .expect("timeout runs");
    assert!(
        status.success(),
        "soffice could not convert {} ({status}): LibreOffice is needed here; `cargo xtask test` \
         installs libreoffice-writer-nogui and libreoffice-calc-nogui",
        file.display()
    );
    let pdf = out.join(file.with_extension("pdf").file_name().unwrap());
    assert!(
        pdf.exists(),
        "LibreOffice wrote no PDF for {}",
        file.display()
    );
    pdf
}

fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// One page's text.
fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let output = Command::new("pdftotext")
        .args(["-layout", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Page 1 as a PNG beside the PDF, for people to look at.
fn keep_first_page(pdf: &Path) {
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(pdf.with_extension(""))
        .status()
        .expect("pdftoppm runs (poppler-utils)");
    assert!(status.success());
}

/// The value axis LibreOffice draws under a bar chart: the chart is there.
fn has_chart_axis(text: &str) -> bool {
    text.lines().any(|line| {
        let ticks: Vec<&str> = line.split_whitespace().collect();
        ticks
            .windows(5)
            .any(|w| w == ["0", "25", "50", "75", "100"])
    })
}

#[test]
fn the_word_and_excel_reports_open_in_libreoffice_with_japanese_text_and_charts() {
    let (dir, app, workshop) = sample_workshop();
    for (lang, langs, title) in [
        (
            Lang::Ja,
            ReportLang::Ja,
            "サイバーセキュリティのロードマップ",
        ),
        (Lang::En, ReportLang::En, "Cybersecurity roadmap"),
    ] {
        let plan = app.plan(workshop, lang).unwrap();
        let first_step = &plan.roadmap[0].practice.title;
        for format in [ReportFormat::Docx, ReportFormat::Xlsx] {
            let saved = PathBuf::from(
                app.save_report(workshop, langs, format, ReportOptions::default())
                    .unwrap(),
            );
            assert!(saved.starts_with(dir.path()));
            let name = format!("sample-report-{}-{format:?}", lang.code()).to_lowercase();
            let kept = out_dir()
                .join(&name)
                .with_extension(saved.extension().unwrap());
            std::fs::copy(&saved, &kept).unwrap();
            let pdf = print_with_libreoffice(&kept);
            let pages = a4_pages(&pdf);
            let text = pdf_text(&pdf);
            assert!(text.contains(title), "{name}: no title in\n{text}");
            assert!(
                text.contains(first_step.as_str()),
                "{name}: no {first_step}"
            );
            assert!(has_chart_axis(&text), "{name}: no chart axis in\n{text}");
            keep_first_page(&pdf);
            let size = std::fs::metadata(&saved).unwrap().len();
            eprintln!("{name}: {pages} A4 pages, {size} bytes");
        }
    }
}

#[test]
fn the_word_report_carries_native_charts() {
    let (_dir, app, workshop) = sample_workshop();
    let saved = app
        .save_report(
            workshop,
            ReportLang::Ja,
            ReportFormat::Docx,
            ReportOptions::default(),
        )
        .unwrap();
    let mut package = zip::ZipArchive::new(std::fs::File::open(saved).unwrap()).unwrap();
    let names: Vec<String> = package.file_names().map(str::to_owned).collect();
    for part in ["word/charts/chart1.xml", "word/charts/chart2.xml"] {
        assert!(names.iter().any(|n| n == part), "{part} in {names:?}");
    }
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut package.by_name("word/styles.xml").unwrap(),
        &mut styles,
    )
    .unwrap();
    assert!(
        styles.contains("w:eastAsia=\"Yu Gothic\""),
        "Japanese font set"
    );
}

fn cell(range: &calamine::Range<Data>, row: u32, column: u32) -> String {
    range
        .get_value((row, column))
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn the_excel_report_reads_back_cell_by_cell_with_the_apps_numbers() {
    let (_dir, app, workshop) = sample_workshop();
    let saved = app
        .save_report(
            workshop,
            ReportLang::Ja,
            ReportFormat::Xlsx,
            ReportOptions::default(),
        )
        .unwrap();
    let plan = app.plan(workshop, Lang::Ja).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(std::fs::read(saved).unwrap()))
        .expect("the workbook opens");
    assert_eq!(
        book.sheet_names(),
        ["要約", "スコア", "回答", "ロードマップ"]
    );

    let scores = book.worksheet_range("スコア").unwrap();
    // Row 5 (0-based) is the first directive under its heading and column heads.
    for (index, score) in plan.directives.iter().enumerate() {
        let row = 5 + index as u32;
        assert_eq!(cell(&scores, row, 0), score.item.label);
        let shown = score.score.map(|s| s.to_string()).unwrap_or_default();
        assert_eq!(cell(&scores, row, 2), shown, "{}", score.item.label);
    }

    let answers = book.worksheet_range("回答").unwrap();
    let questions: usize = app
        .questions(Lang::Ja)
        .iter()
        .map(|g| g.questions.len())
        .sum();
    assert_eq!(answers.height(), questions + 1, "a row per practice");
    assert_eq!(cell(&answers, 0, 4), "回答");

    let roadmap = book.worksheet_range("ロードマップ").unwrap();
    assert_eq!(roadmap.height(), plan.roadmap.len() + 1);
    for (index, step) in plan.roadmap.iter().enumerate() {
        let row = index as u32 + 1;
        assert_eq!(cell(&roadmap, row, 0), step.rank.to_string());
        assert!(cell(&roadmap, row, 2).starts_with(&step.practice.title));
        // Owner, due date and status are for the organization to fill in.
        assert_eq!(cell(&roadmap, row, 5), "");
        assert_eq!(cell(&roadmap, row, 6), "");
    }
    assert_eq!(cell(&roadmap, 0, 5), "担当者");
}

#[test]
fn the_executive_summary_fits_two_a4_pages_in_word_in_both_languages() {
    let (_dir, app, workshop) = sample_workshop();
    for (lang, langs, expected) in [
        (
            Lang::Ja,
            ReportLang::Ja,
            [
                "取扱注意",
                "事業へのリスク",
                "取締役会にお願いする決定",
                "次回の見直し",
            ],
        ),
        (
            Lang::En,
            ReportLang::En,
            [
                "Confidential",
                "Risk to the business",
                "Decisions asked of the board",
                "Next review",
            ],
        ),
    ] {
        let summary_only = ReportOptions {
            baseline: None,
            summary_only: true,
        };
        let saved = app
            .save_report(workshop, langs, ReportFormat::Docx, summary_only)
            .unwrap();
        let kept = out_dir().join(format!("sample-summary-{}.docx", lang.code()));
        std::fs::copy(&saved, &kept).unwrap();
        let pdf = print_with_libreoffice(&kept);
        let pages = a4_pages(&pdf);
        let text = pdf_text(&pdf);
        for words in expected {
            assert!(
                text.contains(words),
                "{}: no {words} in\n{text}",
                kept.display()
            );
        }
        assert!(has_chart_axis(&text), "the summary's chart is drawn");
        keep_first_page(&pdf);
        let size = std::fs::metadata(&saved).unwrap().len();
        eprintln!(
            "sample-summary-{}: {pages} A4 pages, {size} bytes",
            lang.code()
        );
        assert!(pages <= 2, "the summary takes {pages} pages");

        // In the whole report the annex starts on page 3 at the latest: the summary before it
        // is two pages at most there too.
        let saved = app
            .save_report(
                workshop,
                langs,
                ReportFormat::Docx,
                ReportOptions::default(),
            )
            .unwrap();
        let kept = out_dir().join(format!("sample-full-{}.docx", lang.code()));
        std::fs::copy(&saved, &kept).unwrap();
        let pdf = print_with_libreoffice(&kept);
        let annex = if lang == Lang::Ja { "別紙" } else { "Annex" };
        let starts = (1..=a4_pages(&pdf)).find(|&page| page_text(&pdf, page).contains(annex));
        assert!(
            matches!(starts, Some(2 | 3)),
            "{}: the annex starts on page {starts:?}",
            kept.display()
        );
    }
}

/// The five sample group companies of `shirube rollup`'s tests, as the app's file picker
/// hands them over.
fn sample_group() -> Vec<ImportedFile> {
    let fixtures =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/shirube-cli/tests/fixtures/answers");
    ["hq", "rail", "hospital", "finance", "logistics-east"]
        .iter()
        .map(|name| {
            let file_name = format!("{name}.shirube.json");
            let text = std::fs::read_to_string(fixtures.join(&file_name)).unwrap();
            ImportedFile { file_name, text }
        })
        .collect()
}

#[test]
fn the_group_picture_workbook_reads_back_with_its_marks_and_opens_in_libreoffice() {
    let (dir, app, _) = sample_workshop();
    let files = sample_group();
    for (lang, sheet, title) in [
        (Lang::Ja, "グループ全体の状況", "グループ全体の状況"),
        (Lang::En, "Group picture", "The group's picture"),
    ] {
        let matrix = app.rollup(&files, lang).unwrap();
        let saved = PathBuf::from(app.save_rollup(&files, lang, RollupFormat::Xlsx).unwrap());
        assert!(saved.starts_with(dir.path()));
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(std::fs::read(&saved).unwrap()))
            .expect("the workbook opens");
        assert_eq!(book.sheet_names(), [sheet]);
        let range = book.worksheet_range(sheet).unwrap();
        assert_eq!(cell(&range, 0, 0), title);
        assert_eq!(cell(&range, 4, 2), "D1");
        // Row 5 on: a unit a row; its name, sector, the sixteen scores (as numbers) and the
        // count of "don't know" answers.
        for (index, unit) in matrix.units.iter().enumerate() {
            let row = 5 + index as u32;
            assert_eq!(cell(&range, row, 0), unit.name);
            for (offset, score) in unit.cells.iter().enumerate() {
                let shown = range.get_value((row, 2 + offset as u32));
                match score.score {
                    Some(value) => assert_eq!(shown, Some(&Data::Float(f64::from(value)))),
                    None => assert_eq!(cell(&range, row, 2 + offset as u32), "–"),
                }
            }
            assert_eq!(cell(&range, row, 18), unit.unknowns.to_string());
        }
        // The hospital's D1: 0, the group's lowest and far below target.
        assert_eq!(cell(&range, 7, 0), "Marunouchi General Hospital");
        assert_eq!(cell(&range, 7, 2), "0");

        let name = format!("sample-rollup-{}", lang.code());
        let kept = out_dir().join(&name).with_extension("xlsx");
        std::fs::copy(&saved, &kept).unwrap();
        let pdf = print_with_libreoffice(&kept);
        let text = pdf_text(&pdf);
        assert!(text.contains("丸の内鉄道"), "{name}: no unit in\n{text}");
        // The mark is printed beside the number, not only filled in.
        assert!(text.contains("0 ▼!"), "{name}: no mark in\n{text}");
        keep_first_page(&pdf);
        eprintln!("{name}: {} A4 pages", a4_pages(&pdf));
    }
}
