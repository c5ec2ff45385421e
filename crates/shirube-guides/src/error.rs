//! Errors that cross to the UI: a stable code the UI localizes (`error-<code>` in Fluent) and a
//! detail for the message's `$detail` argument (an ID, a path, an OS message).

use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    ItemNotFound,
    GuidesInvalid,
    SettingsUnreadable,
    SettingsUnwritable,
    SearchNotReady,
    StoreCorrupt,
    StoreNewer,
    StoreUnavailable,
    StoreRestored,
    StoreMissing,
    StoreReadOnly,
    DiskFull,
    AssessmentNotFound,
    AnswerInvalid,
    ImportInvalid,
    ExportFailed,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 17] = [
        ErrorCode::ItemNotFound,
        ErrorCode::GuidesInvalid,
        ErrorCode::SettingsUnreadable,
        ErrorCode::SettingsUnwritable,
        ErrorCode::SearchNotReady,
        ErrorCode::StoreCorrupt,
        ErrorCode::StoreNewer,
        ErrorCode::StoreUnavailable,
        ErrorCode::StoreRestored,
        ErrorCode::StoreMissing,
        ErrorCode::StoreReadOnly,
        ErrorCode::DiskFull,
        ErrorCode::AssessmentNotFound,
        ErrorCode::AnswerInvalid,
        ErrorCode::ImportInvalid,
        ErrorCode::ExportFailed,
        ErrorCode::Internal,
    ];

    /// The Fluent message ID that explains this error to a user.
    pub fn message_id(self) -> String {
        let code = serde_json::to_value(self).expect("codes serialize");
        format!("error-{}", code.as_str().unwrap_or("internal"))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct AppError {
    pub code: ErrorCode,
    /// The detail shown inside the localized message (never a sentence of its own).
    pub message: String,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
        }
    }

    /// Names the file the error is about, before the detail.
    pub fn with_detail_prefix(mut self, path: &std::path::Path) -> AppError {
        self.message = format!("{}: {}", path.display(), self.message);
        self
    }
}
