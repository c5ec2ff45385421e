//! The app and the command line are two faces over one API: the same question must get the
//! same answer from both. Each test asks once as the app does (a session with saved data, the
//! answers imported into the store first) and once as `shirube` does (a headless session on an
//! answers file), and compares the results byte for byte.

use crate::app;
use shirube_api::{
    ImportedFile, Lang, NamedFile, ReportFormat, ReportLang, ReportOptions, SearchRequest, Shirube,
};

const ANSWERS: &str =
    include_str!("../../../shirube-cli/tests/fixtures/answers/medical.shirube.json");
/// The same hospital half a year earlier: the baseline.
const EARLIER: &str =
    include_str!("../../../shirube-cli/tests/fixtures/answers/medical-earlier.shirube.json");

fn named(bytes: &str) -> NamedFile<'_> {
    NamedFile {
        name: "tests/medical.shirube.json",
        bytes: bytes.as_bytes(),
    }
}

#[test]
fn a_report_is_the_same_bytes_from_the_app_and_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let file = ImportedFile {
        file_name: "medical.shirube.json".to_owned(),
        text: ANSWERS.to_owned(),
    };
    let id = app.import_assessment(&file, Lang::En).unwrap();
    let earlier = ImportedFile {
        file_name: "medical-earlier.shirube.json".to_owned(),
        text: EARLIER.to_owned(),
    };
    let earlier_id = app.import_assessment(&earlier, Lang::En).unwrap();
    let cli = Shirube::headless(Lang::En);
    for format in [
        ReportFormat::Html,
        ReportFormat::Markdown,
        ReportFormat::Json,
    ] {
        for langs in [ReportLang::En, ReportLang::Ja, ReportLang::Both] {
            // The whole report, the summary alone, and both against the earlier assessment.
            for (baseline, summary_only) in
                [(false, false), (false, true), (true, false), (true, true)]
            {
                let options = ReportOptions {
                    baseline: baseline.then_some(earlier_id),
                    summary_only,
                };
                let from_app = app.report(id, langs, format, options).unwrap();
                let from_cli = cli
                    .report_from_file(
                        named(ANSWERS),
                        baseline.then(|| named(EARLIER)),
                        Lang::En,
                        langs,
                        format,
                        summary_only,
                    )
                    .unwrap();
                let what = format!("{format:?} {langs:?} {options:?}");
                assert!(from_app.len() > 500, "{what} has content");
                assert!(
                    from_app.as_bytes() == from_cli,
                    "{what}: the app and the CLI disagree"
                );
            }
        }
    }
}

#[test]
fn word_and_excel_reports_are_saved_by_the_app_and_written_by_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let file = ImportedFile {
        file_name: "medical.shirube.json".to_owned(),
        text: ANSWERS.to_owned(),
    };
    let id = app.import_assessment(&file, Lang::En).unwrap();
    let cli = Shirube::headless(Lang::En);
    for (format, suffix) in [(ReportFormat::Docx, ".docx"), (ReportFormat::Xlsx, ".xlsx")] {
        let saved = app
            .save_report(id, ReportLang::Ja, format, ReportOptions::default())
            .unwrap();
        assert!(saved.ends_with(suffix), "{saved}");
        let from_app = std::fs::read(&saved).unwrap();
        let from_cli = cli
            .report_from_file(
                named(ANSWERS),
                None,
                Lang::En,
                ReportLang::Ja,
                format,
                false,
            )
            .unwrap();
        // Zip packages both; their contents are read back in e2e/tests/it/office.rs.
        for bytes in [&from_app, &from_cli] {
            assert!(
                bytes.starts_with(b"PK\x03\x04") && bytes.len() > 5_000,
                "{format:?}"
            );
        }
        // A file format is saved, never shown as text.
        assert!(app
            .report(id, ReportLang::Ja, format, ReportOptions::default())
            .is_err());
    }
}

#[test]
fn a_search_gives_the_same_hits_from_the_app_and_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.build_search_index().unwrap();
    let cli = Shirube::headless(Lang::Ja);
    cli.build_search_index().unwrap();
    let requests = [
        ("ランサムウェア バックアップ", None, None),
        ("multi-factor authentication", Some(Lang::En), None),
        // Nothing in English: both fall back to the other language the same way.
        ("取締役会への報告", Some(Lang::En), None),
        ("backup", None, Some("railways")),
        ("protecton", Some(Lang::En), None),
    ];
    for (query, lang, sector) in requests {
        let request = SearchRequest {
            query: query.to_owned(),
            lang,
            limit: 10,
            sector: sector.map(str::to_owned),
            ..SearchRequest::default()
        };
        let from_app = serde_json::to_string(&app.search(&request).unwrap()).unwrap();
        let from_cli = serde_json::to_string(&cli.search(&request).unwrap()).unwrap();
        assert_eq!(from_app, from_cli, "{query}");
        if query != "protecton" {
            assert_ne!(from_app, "[]", "{query} finds something");
        }
    }
}
