//! Offline, proven: the CLI's whole workload runs inside a network namespace with no interface
//! but a down loopback (`unshare -n`), where any network use would fail, and under `strace`,
//! which lists every socket it opens: there must be no internet (AF_INET/AF_INET6) socket at all.

use std::path::Path;
use std::process::Command;

/// Every command of the CLI, with arguments that exercise it fully.
const WORKLOAD: &[(&str, &[&str])] = &[
    ("check", &["check", "--lang", "en"]),
    ("show", &["show", "--lang", "ja", "csf2:GV.OC-01"]),
    ("corpus", &["corpus", "--json"]),
    (
        "search",
        &["search", "--json", "--lang", "en", "ransomware"],
    ),
    (
        "plan",
        &[
            "plan",
            "--answers",
            "tests/fixtures/answers/medical.shirube.json",
            "--format",
            "json",
        ],
    ),
    (
        "plan-docx",
        &[
            "plan",
            "--answers",
            "tests/fixtures/answers/medical.shirube.json",
            "--lang",
            "ja",
            "--format",
            "docx",
            "--output",
            "{out}/report.docx",
        ],
    ),
    (
        "plan-xlsx",
        &[
            "plan",
            "--answers",
            "tests/fixtures/answers/medical.shirube.json",
            "--format",
            "xlsx",
            "--output",
            "{out}/report.xlsx",
        ],
    ),
    (
        "rollup-xlsx",
        &[
            "rollup",
            "tests/fixtures/answers/hq.shirube.json",
            "tests/fixtures/answers/rail.shirube.json",
            "--format",
            "xlsx",
            "--output",
            "{out}/group.xlsx",
        ],
    ),
    ("bench", &["bench", "--json"]),
];

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|out| out.status.success())
}

/// How to enter a new, empty network namespace here: as root, or through a user namespace.
fn empty_namespace() -> Option<&'static [&'static str]> {
    [&["-n"][..], &["-r", "-n"]]
        .into_iter()
        .find(|flags| runs("unshare", &[flags, &["true"][..]].concat()))
}

/// The namespace's network devices, as the kernel lists them inside it.
fn devices_in_empty_namespace(flags: &[&str]) -> Vec<String> {
    let out = Command::new("unshare")
        .args(flags)
        .args(["cat", "/proc/net/dev"])
        .output()
        .expect("unshare runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| line.split(':').next())
        .map(|name| name.trim().to_owned())
        .collect()
}

/// Lines of an strace log that open or reach an internet socket.
fn inet_calls(trace: &Path) -> Vec<String> {
    std::fs::read_to_string(trace)
        .unwrap_or_else(|err| panic!("{}: {err}", trace.display()))
        .lines()
        .filter(|line| line.contains("AF_INET"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_inet_filter_sees_internet_sockets() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace");
    std::fs::write(
        &trace,
        "12 socket(AF_UNIX, SOCK_STREAM, 0) = 3\n12 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 4\n",
    )
    .unwrap();
    assert_eq!(inet_calls(&trace).len(), 1);
}

#[test]
fn the_whole_workload_succeeds_with_no_network_and_opens_no_internet_socket() {
    let Some(flags) = empty_namespace() else {
        eprintln!(
            "\n!!!! SKIPPED: `unshare -n` is not available here (needs root or user namespaces): \
             the offline proof did NOT run !!!!\n"
        );
        return;
    };
    assert_eq!(
        devices_in_empty_namespace(flags),
        ["lo"],
        "the namespace has no network device but loopback"
    );
    let traced = runs("strace", &["-qq", "-e", "trace=socket", "true"]);
    if !traced {
        eprintln!("\n!!!! strace is not available: sockets are NOT being traced, only the namespace holds !!!!\n");
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, args) in WORKLOAD {
        let trace = dir.path().join(name);
        let mut command = Command::new("unshare");
        command.args(flags);
        if traced {
            command.args(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o"]);
            command.arg(&trace);
        }
        // Files the workload writes go to the test's own folder.
        let out_dir = dir.path().display().to_string();
        let args: Vec<String> = args.iter().map(|a| a.replace("{out}", &out_dir)).collect();
        let written = args.iter().find(|a| a.starts_with(&out_dir));
        let out = command
            .arg(env!("CARGO_BIN_EXE_shirube"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the command runs");
        assert!(
            out.status.success(),
            "`shirube {}` failed offline: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        match written {
            Some(file) => assert!(
                std::fs::metadata(file).is_ok_and(|m| m.len() > 0),
                "`shirube {name}` wrote nothing to {file}"
            ),
            None => assert!(
                !(out.stdout.is_empty() && out.stderr.is_empty()),
                "`shirube {name}` printed nothing"
            ),
        }
        if traced {
            let inet = inet_calls(&trace);
            assert!(
                inet.is_empty(),
                "`shirube {name}` used the network: {inet:?}"
            );
        }
    }
}
