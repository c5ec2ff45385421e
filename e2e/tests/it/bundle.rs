//! The .deb as a user installs it: unpacked into a temporary root with `dpkg -x`, its binary
//! opens on the bundled guides, and it carries its desktop entry in both languages.
//! Needs `SHIRUBE_DEB` (set by `cargo xtask test` after `cargo xtask bundle`).

use std::process::Command;

use shirube_e2e::{App, Profile};

#[tokio::test(flavor = "multi_thread")]
async fn the_deb_unpacks_and_its_app_opens_on_the_bundled_guides() {
    let deb = std::env::var("SHIRUBE_DEB").expect("SHIRUBE_DEB is not set: run `cargo xtask test`");
    let root = tempfile::tempdir().unwrap();
    let status = Command::new("dpkg")
        .args(["-x", &deb])
        .arg(root.path())
        .status()
        .unwrap();
    assert!(status.success(), "dpkg -x {deb}");

    let desktop =
        std::fs::read_to_string(root.path().join("usr/share/applications/Shirube.desktop"))
            .unwrap();
    assert!(
        desktop.contains("Name[ja]=") && desktop.contains("Comment[ja]="),
        "{desktop}"
    );
    assert!(root
        .path()
        .join("usr/share/icons/hicolor/128x128/apps/shirube-app.png")
        .exists());

    let binary = root.path().join("usr/bin/shirube-app");
    let profile = Profile::new();
    let app = App::launch_binary(&binary, &profile, "en_US.UTF-8").await;
    app.open_guides().await;
    app.wait_for(r#"[data-key="pack/csf2"]"#)
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(r#"[data-key="csf2:GV"]"#).await;
    app.wait_for(r#"body[data-search-ready="true"]"#).await;
    app.quit().await;
}
