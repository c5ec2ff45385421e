//! The board report outside the app, as a board secretary would open it: headless Chromium
//! loads the saved HTML from a sample workshop and prints it to PDF. Every request Chromium
//! makes goes through a proxy that records it: a self-contained report asks for nothing.
//! (Chromium's own calls home, to Google's update and time services, are told apart; a canary
//! page with one remote image proves that a page's requests do reach the proxy.)
//! The sample (HTML, PDF) is left in `target/sample-report/` to look at.

use std::io::Read as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use shirube_api::{
    Answer, AnswerUpdate, AnswersFile, AppDirs, ImportedFile, ItemId, Lang, ReportFormat,
    ReportLang, ReportOptions, Shirube,
};

fn sample_workshop_report(langs: ReportLang) -> String {
    let (_dir, navigator, workshop) = sample_workshop();
    navigator
        .report(
            workshop,
            langs,
            ReportFormat::Html,
            ReportOptions::default(),
        )
        .unwrap()
}

/// The sample workshop (three participants, agreed answers, a facilitator's note), saved in a
/// session of its own whose exports go to the returned folder.
pub fn sample_workshop() -> (tempfile::TempDir, Shirube, i64) {
    let dir = tempfile::tempdir().unwrap();
    let navigator = Shirube::open(
        AppDirs {
            config: dir.path().to_path_buf(),
            data: dir.path().to_path_buf(),
            exports: dir.path().to_path_buf(),
            cache: dir.path().join("cache"),
        },
        None,
    );
    let library = navigator.library();
    let workshop = navigator
        .create_assessment("Sample board workshop")
        .unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/workshop");
    for name in ["aiko", "ben", "chika"] {
        let file = ImportedFile {
            file_name: format!("{name}.shirube.json"),
            text: std::fs::read_to_string(fixtures.join(format!("{name}.shirube.json"))).unwrap(),
        };
        navigator
            .import_participant(workshop, &file, Lang::En)
            .unwrap();
    }
    // The agreed answers: Aiko's, but for backups, which the group agreed at level 1.
    let aiko = std::fs::read(fixtures.join("aiko.shirube.json")).unwrap();
    for (practice, answer) in AnswersFile::parse(&aiko, library).unwrap().answers {
        let update = AnswerUpdate {
            assessment: workshop,
            practice,
            answer,
        };
        navigator.set_answer(&update).unwrap();
    }
    let backup = ItemId::parse("practice:backup-and-restore").unwrap();
    let update = AnswerUpdate {
        assessment: workshop,
        practice: backup.clone(),
        answer: Answer::Level(1),
    };
    navigator.set_answer(&update).unwrap();
    navigator
        .set_note(workshop, &backup, "Restores were never tested end to end.")
        .unwrap();
    (dir, navigator, workshop)
}

pub fn out_dir() -> PathBuf {
    let dir = shirube_e2e::screenshot_dir()
        .parent()
        .unwrap()
        .join("sample-report");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Prints `html` with headless Chromium through a recording proxy; returns the requests the
/// page made (the first line of each), leaving out Chromium's own calls to Google.
fn print_with_chromium(html: &Path, pdf: &Path) -> Vec<String> {
    let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = proxy.local_addr().unwrap().port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&requests);
    std::thread::spawn(move || {
        for mut stream in proxy.incoming().flatten() {
            let mut head = [0; 512];
            let read = stream.read(&mut head).unwrap_or(0);
            let line = String::from_utf8_lossy(&head[..read]);
            let line = line.lines().next().unwrap_or_default().to_owned();
            recorded.lock().unwrap().push(line);
        }
    });
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--proxy-bypass-list=<-loopback>",
        ])
        .arg(format!("--proxy-server=http://127.0.0.1:{port}"))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .status()
        .expect("chromium runs (cargo xtask test installs it)");
    assert!(status.success(), "chromium failed: {status}");
    let browser_itself = |line: &String| {
        ["google.com", "googleapis.com", "gstatic.com"]
            .iter()
            .any(|host| line.contains(&format!("{host}:")) || line.contains(&format!("{host}/")))
    };
    let requests = requests.lock().unwrap().clone();
    requests
        .into_iter()
        .filter(|r| !browser_itself(r))
        .collect()
}

/// How many pages the PDF has; it must have some, and they must be A4.
pub fn a4_pages(pdf: &Path) -> usize {
    let output = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs (poppler-utils)");
    let info = String::from_utf8_lossy(&output.stdout);
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .unwrap_or(0);
    assert!(pages > 0, "{}: no pages\n{info}", pdf.display());
    assert!(info.contains("(A4)"), "{}: not A4\n{info}", pdf.display());
    pages
}

#[test]
fn the_proxy_sees_what_a_page_asks_for() {
    let dir = tempfile::tempdir().unwrap();
    let canary = dir.path().join("canary.html");
    std::fs::write(
        &canary,
        r#"<p>canary</p><img src="http://canary.invalid/pixel.png">"#,
    )
    .unwrap();
    let requests = print_with_chromium(&canary, &dir.path().join("canary.pdf"));
    assert!(
        requests.iter().any(|r| r.contains("canary.invalid")),
        "{requests:?}"
    );
}

#[test]
fn the_sample_report_prints_to_a4_pages_and_fetches_nothing() {
    for (langs, name) in [
        (ReportLang::En, "sample-report-en"),
        (ReportLang::Ja, "sample-report-ja"),
        (ReportLang::Both, "sample-report-both"),
    ] {
        let html = sample_workshop_report(langs);
        let (html_path, pdf_path) = (
            out_dir().join(format!("{name}.html")),
            out_dir().join(format!("{name}.pdf")),
        );
        std::fs::write(&html_path, &html).unwrap();
        let _ = std::fs::remove_file(&pdf_path);
        let requests = print_with_chromium(&html_path, &pdf_path);
        assert!(requests.is_empty(), "{name} asked for {requests:?}");
        let pages = a4_pages(&pdf_path);
        eprintln!("{name}: {pages} A4 pages, {} bytes of HTML", html.len());
    }
}

#[test]
fn the_summary_alone_prints_to_two_a4_pages_at_most() {
    let (_dir, navigator, workshop) = sample_workshop();
    for (langs, name) in [
        (ReportLang::En, "sample-summary-en"),
        (ReportLang::Ja, "sample-summary-ja"),
    ] {
        let options = ReportOptions {
            baseline: None,
            summary_only: true,
        };
        let html = navigator
            .report(workshop, langs, ReportFormat::Html, options)
            .unwrap();
        let (html_path, pdf_path) = (
            out_dir().join(format!("{name}.html")),
            out_dir().join(format!("{name}-html.pdf")),
        );
        std::fs::write(&html_path, &html).unwrap();
        let _ = std::fs::remove_file(&pdf_path);
        let requests = print_with_chromium(&html_path, &pdf_path);
        assert!(requests.is_empty(), "{name} asked for {requests:?}");
        let pages = a4_pages(&pdf_path);
        // Page 1 as a PNG, for people to look at.
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf_path)
            .arg(pdf_path.with_extension(""))
            .status()
            .expect("pdftoppm runs (poppler-utils)");
        assert!(status.success());
        eprintln!("{name}: {pages} A4 pages, {} bytes of HTML", html.len());
        assert!(pages <= 2, "{name}: {pages} pages");
    }
}
