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

    /// The code as it crosses IPC (`store-read-only`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::ItemNotFound => "item-not-found",
            ErrorCode::GuidesInvalid => "guides-invalid",
            ErrorCode::SettingsUnreadable => "settings-unreadable",
            ErrorCode::SettingsUnwritable => "settings-unwritable",
            ErrorCode::SearchNotReady => "search-not-ready",
            ErrorCode::StoreCorrupt => "store-corrupt",
            ErrorCode::StoreNewer => "store-newer",
            ErrorCode::StoreUnavailable => "store-unavailable",
            ErrorCode::StoreRestored => "store-restored",
            ErrorCode::StoreMissing => "store-missing",
            ErrorCode::StoreReadOnly => "store-read-only",
            ErrorCode::DiskFull => "disk-full",
            ErrorCode::AssessmentNotFound => "assessment-not-found",
            ErrorCode::AnswerInvalid => "answer-invalid",
            ErrorCode::ImportInvalid => "import-invalid",
            ErrorCode::ExportFailed => "export-failed",
            ErrorCode::Internal => "internal",
        }
    }

    /// The Fluent message ID that explains this error to a user.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_written_as_it_serializes() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json.as_str(), Some(code.as_str()));
        }
    }
}
