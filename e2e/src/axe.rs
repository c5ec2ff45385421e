//! axe-core in the real webview: the accessibility check every screen must pass.

use std::path::Path;

use crate::{screenshot_dir, App};

impl App {
    /// Runs axe-core (ui/node_modules, installed by the set-up) on the page as it is and returns
    /// its serious and critical WCAG 2.2 A/AA violations, one line each; the whole result is kept
    /// beside the screenshots as `axe-NAME.json`.
    pub async fn axe(&self, name: &str) -> Vec<String> {
        let axe =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
        let source =
            std::fs::read_to_string(&axe).expect("axe-core is installed in ui/node_modules");
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .expect("axe-core loads");
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then((result) => done(JSON.stringify(result.violations)))
              .catch((error) => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical',
                nodes: [{ target: [String(error)] }] }])));
        "#;
        let json = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("axe-core runs");
        let text = json.as_str().unwrap_or("[]").to_owned();
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        std::fs::write(dir.join(format!("axe-{name}.json")), &text).expect("axe results written");
        let violations: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap_or_default();
        violations
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| {
                let targets: Vec<String> = v["nodes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .take(3)
                    .map(|n| n["target"].to_string())
                    .collect();
                format!(
                    "{name}: {} ({}) {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"],
                    targets.join(" ")
                )
            })
            .collect()
    }
}
