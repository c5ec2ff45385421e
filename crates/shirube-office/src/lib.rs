//! The plan document as the files people edit and forward: a Word document of the board report
//! and an Excel workbook with a sheet per view. Both are made from the navigator's one document
//! model and engine output, so they show the numbers the app and the HTML report show.

mod chart;
mod docx;
mod docx_summary;
mod rollup;
mod xlsx;
mod xlsx_style;
mod xlsx_summary;

pub use docx::docx;
pub use rollup::rollup_xlsx;
pub use xlsx::xlsx;

use shirube_guides::{AppError, ErrorCode, Lang};

/// The fonts a file names for its text. Yu Gothic is on every Windows and macOS that has
/// Office; where it is missing (LibreOffice on Linux), fontconfig picks the Japanese font the
/// system has (Noto Sans CJK JP on Debian) for Japanese text. English text keeps Arial, which
/// every office suite has or maps to a metric twin.
struct Fonts {
    latin: &'static str,
    east_asian: &'static str,
}

impl Fonts {
    fn for_lang(lang: Lang) -> Fonts {
        const YU_GOTHIC: &str = "Yu Gothic";
        match lang {
            Lang::En => Fonts {
                latin: "Arial",
                east_asian: YU_GOTHIC,
            },
            // A Japanese paper sets its Latin text in the same face, as Word does by default.
            Lang::Ja => Fonts {
                latin: YU_GOTHIC,
                east_asian: YU_GOTHIC,
            },
        }
    }
}

/// A writer failed on an in-memory buffer: not the user's doing, but never a panic.
fn failed(what: &str, err: impl std::fmt::Display) -> AppError {
    AppError::new(ErrorCode::ExportFailed, format!("{what}: {err}"))
}
