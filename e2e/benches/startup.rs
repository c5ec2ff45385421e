//! App start to first interactive screen, under Xvfb: five cold starts, each with a fresh
//! settings folder; the app itself reports the time from process start to the painted screen.
//! Run by `cargo xtask bench`.

use shirube_e2e::{App, Profile};

#[tokio::main]
async fn main() {
    let mut millis = Vec::new();
    for _ in 0..5 {
        let profile = Profile::new();
        let app = App::launch(&profile, "en_US.UTF-8").await;
        let element = app.wait_for("body[data-ready-ms]").await;
        let value = element
            .attr("data-ready-ms")
            .await
            .unwrap()
            .unwrap_or_default();
        app.quit().await;
        millis.push(value.parse::<f64>().expect("a number of milliseconds"));
    }
    millis.sort_by(f64::total_cmp);
    println!("cold starts {millis:?} ms");
    println!(
        "{}",
        serde_json::json!({"runs": millis.len(), "median_ms": millis[millis.len() / 2]})
    );
}
