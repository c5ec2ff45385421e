//! Crash safety: a writer process saves answers through the real `Navigator` and is killed with
//! SIGKILL at random moments, 1,000 times (`SHIRUBE_CRASH_KILLS` to change), some during start
//! (recovery, the last good copy) and most while saving. After every kill the database must pass
//! `PRAGMA integrity_check`, open cleanly (no restore), and hold every acknowledged answer
//! exactly; only the one save in flight at the kill may have landed or not.
//!
//! The writer is this test binary run again with `SHIRUBE_CRASH_WRITER` set (harness = false),
//! so it needs nothing beyond the crate. Set `SHIRUBE_CRASH_SEED` to replay a run's choices.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use shirube_api::navigator::Navigator;
use shirube_api::{Answer, AnswerUpdate};
use shirube_guides::{ItemId, Library};
use shirube_navigator::view::question_ids;

const WRITER: &str = "SHIRUBE_CRASH_WRITER";
const SEED: &str = "SHIRUBE_CRASH_SEED";
const KILLS: &str = "SHIRUBE_CRASH_KILLS";
/// Writers killed at the same time, each on its own database. A round mostly waits (for the
/// kill moment, for fsync), so four keep two cores busy.
const WORKERS: u64 = 4;

fn main() {
    match std::env::var(WRITER) {
        Ok(spec) => write_until_killed(&spec),
        Err(_) => run_kills(),
    }
}

/// splitmix64: small, seeded, and the same everywhere, so a failing seed replays its choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

fn random_answer(rng: &mut Rng) -> Answer {
    match rng.below(6) {
        5 => Answer::UNKNOWN,
        level => Answer::Level(level as u8),
    }
}

/// The writer: `<db path>|<assessment>|<seed>`. Prints `try <practice> <answer>` before each
/// save and `ack` only after it returned.
fn write_until_killed(spec: &str) {
    let mut parts = spec.split('|');
    let (path, assessment, seed) = (
        parts.next().unwrap(),
        parts.next().unwrap().parse().unwrap(),
        parts.next().unwrap().parse().unwrap(),
    );
    let (library, _) = Library::bundled();
    let practices = question_ids(&library);
    let navigator = Navigator::open(Path::new(path));
    let mut out = std::io::stdout().lock();
    if let Some(problem) = navigator.problem() {
        writeln!(out, "problem {problem:?}").unwrap();
        return;
    }
    writeln!(out, "ready").unwrap();
    let mut rng = Rng(seed);
    loop {
        let practice = practices[rng.below(practices.len() as u64) as usize].clone();
        let answer = random_answer(&mut rng);
        let answer_json = serde_json::to_string(&answer).unwrap();
        writeln!(out, "try {practice} {answer_json}").unwrap();
        let update = AnswerUpdate {
            assessment,
            practice,
            answer,
        };
        navigator.set_answer(&library, &update).unwrap();
        writeln!(out, "ack").unwrap();
    }
}

/// What the database must hold: every acknowledged answer, by practice.
type Model = BTreeMap<ItemId, Answer>;

struct Tally {
    kills: u64,
    during_start: u64,
    acknowledged: u64,
}

fn run_kills() {
    let seed: u64 = std::env::var(SEED).map_or(0x5eed_cafe, |s| s.parse().expect("a number"));
    let kills: u64 = std::env::var(KILLS).map_or(1000, |s| s.parse().expect("a number"));
    println!("crash: {kills} kills, seed {seed} ({SEED}={seed} to replay)");
    let started = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS)
            .map(|worker| {
                let share = kills / WORKERS + u64::from(worker < kills % WORKERS);
                scope.spawn(move || kill_repeatedly(seed.wrapping_add(worker), share))
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let sum = |f: fn(&Tally) -> u64| tallies.iter().map(f).sum::<u64>();
    let survived = sum(|t| t.kills);
    assert_eq!(survived, kills);
    println!(
        "crash: {survived} kills survived ({} during start-up, the rest while saving), \
         {} acknowledged saves verified, in {:.1} s",
        sum(|t| t.during_start),
        sum(|t| t.acknowledged),
        started.elapsed().as_secs_f64()
    );
}

fn kill_repeatedly(seed: u64, kills: u64) -> Tally {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shirube.db");
    let assessment = Navigator::open(&path).create("Crash test").unwrap();
    let mut rng = Rng(seed);
    let mut model = Model::new();
    let mut tally = Tally {
        kills: 0,
        during_start: 0,
        acknowledged: 0,
    };
    let exe = std::env::current_exe().unwrap();
    let writer = |writer_seed: u64| {
        Command::new(&exe)
            .env(
                WRITER,
                format!("{}|{assessment}|{writer_seed}", path.display()),
            )
            .stdout(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // How long a writer takes to open the store, from the first round (which waits for it).
    let mut start_up: Option<Duration> = None;
    for round in 0..kills {
        let writer_seed = rng.next();
        let mut child = writer(writer_seed);
        let spawned = Instant::now();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        // A quarter of the kills anywhere in start-up (recovery, the last good copy), the rest
        // within the first saves after the store is open.
        let during_start_up = rng.below(4) == 0;
        match start_up {
            Some(start_up) if during_start_up => {
                std::thread::sleep(start_up.mul_f64(rng.below(1000) as f64 / 1000.0));
            }
            _ => {
                lines.push(read_line(&mut out));
                start_up.get_or_insert(spawned.elapsed());
                std::thread::sleep(Duration::from_micros(rng.below(10_000)));
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        lines.extend(out.lines().map(Result::unwrap));
        let context = format!("seed {seed}, round {round}, writer seed {writer_seed}");
        let in_flight = apply_acknowledged(&lines, &mut model, &mut tally, &context);
        if lines.first().is_none_or(|line| line != "ready") {
            tally.during_start += 1;
        }
        verify(&path, assessment, &mut model, in_flight, &context);
        tally.kills += 1;
    }
    tally
}

fn read_line(out: &mut impl BufRead) -> String {
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    line.trim_end().to_owned()
}

/// Moves acknowledged saves into the model; returns the save in flight at the kill, if any.
fn apply_acknowledged(
    lines: &[String],
    model: &mut Model,
    tally: &mut Tally,
    context: &str,
) -> Option<(ItemId, Answer)> {
    let mut pending = None;
    for line in lines {
        if let Some(rest) = line.strip_prefix("try ") {
            let (practice, answer) = rest.split_once(' ').unwrap();
            pending = Some((
                ItemId::parse(practice).unwrap(),
                serde_json::from_str(answer).unwrap(),
            ));
        } else if line == "ack" {
            let (practice, answer) = pending.take().expect("ack follows try");
            model.insert(practice, answer);
            tally.acknowledged += 1;
        } else {
            assert_eq!(line, "ready", "{context}: the writer said {line}");
        }
    }
    pending
}

fn verify(
    path: &Path,
    assessment: i64,
    model: &mut Model,
    in_flight: Option<(ItemId, Answer)>,
    context: &str,
) {
    let raw =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let integrity: String = raw
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "{context}");
    drop(raw);

    let navigator = Navigator::open(path);
    assert_eq!(navigator.problem(), None, "{context}: opens cleanly");
    let saved = navigator.state(assessment).unwrap().answers.answers;
    if let Some((practice, answer)) = in_flight {
        // It either landed or not; from now on the database decides.
        let landed = saved.get(&practice) == Some(&answer);
        if landed {
            model.insert(practice, answer);
        }
    }
    assert_eq!(
        &saved, model,
        "{context}: every acknowledged answer, exactly"
    );
}
