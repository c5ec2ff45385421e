//! The navigator's screens, as saved with an assessment so that a restart resumes where the user
//! stopped: the profile, the principles, one screen per directive's questions, the results, the
//! roadmap and the finish. Stored and sent as text (`assess-3`); the UI's type is generated.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(
    rename = "StepId",
    type = "\"profile\" | \"principles\" | `assess-${number}` | \"results\" | \"roadmap\" | \"finish\""
)]
pub enum Step {
    Profile,
    Principles,
    /// The questions of the directive at this index (0 for D1).
    Assess(u8),
    Results,
    Roadmap,
    Finish,
}

impl Step {
    pub fn parse(text: &str) -> Option<Step> {
        Some(match text {
            "profile" => Step::Profile,
            "principles" => Step::Principles,
            "results" => Step::Results,
            "roadmap" => Step::Roadmap,
            "finish" => Step::Finish,
            other => {
                let index = other.strip_prefix("assess-")?;
                // One canonical spelling: no sign, no leading zero.
                if index.starts_with(['+', '0']) && index != "0" {
                    return None;
                }
                Step::Assess(index.parse().ok()?)
            }
        })
    }
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Step::Profile => f.write_str("profile"),
            Step::Principles => f.write_str("principles"),
            Step::Assess(index) => write!(f, "assess-{index}"),
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
            Step::Principles,
            Step::Assess(0),
            Step::Assess(9),
            Step::Results,
            Step::Roadmap,
            Step::Finish,
        ] {
            assert_eq!(Step::parse(&step.to_string()), Some(step));
        }
        for bad in [
            "",
            "assess-",
            "assess-x",
            "assess--1",
            "assess-01",
            "assess-+1",
            "Results",
            "assessment",
        ] {
            assert_eq!(Step::parse(bad), None, "{bad}");
        }
    }
}
