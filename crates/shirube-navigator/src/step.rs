//! The navigator's screens, as saved with an assessment so that a restart resumes where the user
//! stopped: the profile, the quick check's pages, the snapshot, the deep dives' pages, the
//! targets, the results, the roadmap and the finish. Stored and sent as text (`deep-4-1`); the
//! UI's type is generated. A step saved by an older version reads as the first screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(
    rename = "StepId",
    type = "\"profile\" | `quick-${number}` | \"snapshot\" | `deep-${number}-${number}` | \"targets\" | \"results\" | \"roadmap\" | \"finish\""
)]
pub enum Step {
    Profile,
    /// A page of the quick check.
    Quick(u8),
    /// The quick check's one-page picture, and the choice of deep dives.
    Snapshot,
    /// A page of a deep dive: the directive's index (0 for D1), then the page's.
    Deep(u8, u8),
    Targets,
    Results,
    Roadmap,
    Finish,
}

impl Step {
    pub fn parse(text: &str) -> Option<Step> {
        Some(match text {
            "profile" => Step::Profile,
            "snapshot" => Step::Snapshot,
            "targets" => Step::Targets,
            "results" => Step::Results,
            "roadmap" => Step::Roadmap,
            "finish" => Step::Finish,
            other => {
                if let Some(page) = other.strip_prefix("quick-") {
                    return Some(Step::Quick(index(page)?));
                }
                let (directive, page) = other.strip_prefix("deep-")?.split_once('-')?;
                Step::Deep(index(directive)?, index(page)?)
            }
        })
    }
}

/// One canonical spelling of an index: digits only, no leading zero.
fn index(text: &str) -> Option<u8> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || (text.starts_with('0') && text != "0") {
        return None;
    }
    text.parse().ok()
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Step::Profile => f.write_str("profile"),
            Step::Quick(page) => write!(f, "quick-{page}"),
            Step::Snapshot => f.write_str("snapshot"),
            Step::Deep(directive, page) => write!(f, "deep-{directive}-{page}"),
            Step::Targets => f.write_str("targets"),
            Step::Results => f.write_str("results"),
            Step::Roadmap => f.write_str("roadmap"),
            Step::Finish => f.write_str("finish"),
        }
    }
}

impl TryFrom<String> for Step {
    type Error = String;
    fn try_from(text: String) -> Result<Step, String> {
        Step::parse(&text).ok_or_else(|| format!("unknown step {text:?}"))
    }
}

impl From<Step> for String {
    fn from(step: Step) -> String {
        step.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_round_trips_and_nothing_else_parses() {
        for step in [
            Step::Profile,
            Step::Quick(0),
            Step::Quick(1),
            Step::Snapshot,
            Step::Deep(0, 0),
            Step::Deep(4, 3),
            Step::Targets,
            Step::Results,
            Step::Roadmap,
            Step::Finish,
        ] {
            assert_eq!(Step::parse(&step.to_string()), Some(step));
        }
        for bad in [
            "",
            "assess-1",
            "principles",
            "quick-",
            "quick-x",
            "quick--1",
            "quick-01",
            "quick-+1",
            "deep-4",
            "deep-4-",
            "deep-04-1",
            "deep-4-1-2",
            "Results",
            "assessment",
        ] {
            assert_eq!(Step::parse(bad), None, "{bad}");
        }
    }
}
