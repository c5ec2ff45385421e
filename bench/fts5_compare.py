#!/usr/bin/env python3
"""Compare Shirube's search with SQLite FTS5 (trigram) on the same documents and queries.

Both engines see exactly the documents printed by `shirube corpus --json` and the queries of the
evaluation set (crates/shirube-search/tests/eval.tsv: `lang<TAB>query<TAB>expected,ids`). A query
passes when any expected ID is among the engine's top 5 results in the query's language.

Usage (from the repository root):
    python3 bench/fts5_compare.py [--shirube target/debug/shirube] [--eval PATH] [--fts5-only]

Standard library only (Python 3.11).
"""

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP_K = 5
LANGS = ("en", "ja")


class ShirubeError(Exception):
    """The shirube binary is missing, or a subcommand failed or is not there yet."""


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def load_eval(path):
    """Read the evaluation set: a list of (lang, query, [expected ids]); '#' lines are comments."""
    queries = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[0] not in LANGS:
                sys.exit(f"{path}:{n}: expected lang<TAB>query<TAB>ids, got {line!r}")
            ids = [i.strip() for i in parts[2].split(",") if i.strip()]
            queries.append((parts[0], parts[1], ids))
    return queries


def run_shirube(shirube, *args):
    """Run one shirube subcommand and return its stdout; raise ShirubeError with a clear message."""
    try:
        proc = subprocess.run([shirube, *args], capture_output=True, text=True, encoding="utf-8")
    except FileNotFoundError:
        raise ShirubeError(f"shirube binary not found at {shirube!r}; build it or pass --shirube")
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        hint = err[0] if err else f"exit code {proc.returncode}"
        if "unrecognized subcommand" in proc.stderr:
            hint = f"this shirube has no `{args[0]}` subcommand yet ({hint})"
        raise ShirubeError(f"`shirube {' '.join(args[:3])} ...` failed: {hint}")
    return proc.stdout


# ---------------------------------------------------------------- FTS5 ----

def build_fts5(docs):
    """Load the documents into an in-memory FTS5 trigram table; return (connection, build ms)."""
    db = sqlite3.connect(":memory:")
    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE docs USING fts5("
               "id UNINDEXED, lang UNINDEXED, title, text, tokenize='trigram')")
    db.executemany("INSERT INTO docs(id, lang, title, text) VALUES (?, ?, ?, ?)",
                   [(d["id"], d["lang"], nfkc(d["title"]), nfkc(d["text"])) for d in docs])
    db.commit()
    return db, (time.perf_counter() - start) * 1000


def fts5_terms(query):
    """Whitespace terms of the NFKC query, split into (usable, too short for trigrams)."""
    terms = nfkc(query).split()
    return [t for t in terms if len(t) >= 3], [t for t in terms if len(t) < 3]


# bm25() takes one weight per column in declaration order, UNINDEXED ones included:
# id and lang never match, so title gets 5.0 and text 1.0.
FTS5_SQL = ("SELECT id FROM docs WHERE docs MATCH ? AND lang = ? "
            "ORDER BY bm25(docs, 0.0, 0.0, 5.0, 1.0) LIMIT ?")


def fts5_search(db, lang, query):
    """Top IDs for a user query: each term quoted as a phrase, terms OR-ed, best first."""
    usable, _ = fts5_terms(query)
    if not usable:
        return []  # every term is shorter than a trigram: FTS5 cannot match anything
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in usable)
    ids = []
    for (doc_id,) in db.execute(FTS5_SQL, (match, lang, TOP_K * 2)):
        if doc_id not in ids:  # dedupe by id, keeping rank order
            ids.append(doc_id)
    return ids[:TOP_K]


def time_fts5(db, queries, reps):
    """Warm, in-process latency of every query, `reps` times each; returns samples in µs."""
    samples = []
    for lang, query, _ in queries:
        fts5_search(db, lang, query)  # warm-up
        for _ in range(reps):
            start = time.perf_counter_ns()
            fts5_search(db, lang, query)
            samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


# ------------------------------------------------------------- Shirube ----

def shirube_search(shirube, lang, query):
    out = run_shirube(shirube, "search", "--json", "--lang", lang, "--limit", str(TOP_K), "--", query)
    try:
        hits = json.loads(out)
    except json.JSONDecodeError as e:
        raise ShirubeError(f"`shirube search --json` did not print a JSON array: {e}")
    return [h["id"] for h in hits][:TOP_K]


def shirube_bench(shirube, queries):
    """Run `shirube bench` on the eval queries; its last output line is the JSON summary."""
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8", delete=False) as f:
        f.writelines(f"{lang}\t{query}\n" for lang, query, _ in queries)
        path = f.name
    try:
        out = run_shirube(shirube, "bench", "--queries", path, "--json")
    finally:
        os.unlink(path)
    lines = [l for l in out.splitlines() if l.strip()]
    try:
        summary = json.loads(lines[-1])
        return {k: summary[k] for k in ("docs", "index_build_ms", "p50_us", "p99_us")}
    except (IndexError, json.JSONDecodeError, KeyError) as e:
        raise ShirubeError(f"`shirube bench --json` did not end with the expected JSON line: {e!r}")


# ------------------------------------------------------------- Report ----

def evaluate(queries, search):
    """Run every query; return ({lang: (passed, total)}, [(lang, query, expected, got)] failed)."""
    score = {lang: [0, 0] for lang in LANGS}
    failed = []
    for lang, query, expected in queries:
        got = search(lang, query)
        score[lang][1] += 1
        if any(e in got for e in expected):
            score[lang][0] += 1
        else:
            failed.append((lang, query, expected, got))
    return score, failed


def pct(samples, q):
    """The q-th percentile (1..99) of the samples."""
    if len(samples) < 2:
        return samples[0] if samples else float("nan")
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


def cell(score):
    passed, total = score
    return f"{passed}/{total} ({100 * passed / total:.1f}%)" if total else "-"


def report(rows, failures, notes):
    print("| engine | success@5 en | success@5 ja | index build ms | p50 µs | p99 µs |")
    print("|---|---|---|---|---|---|")
    for name, score, build_ms, p50, p99 in rows:
        print(f"| {name} | {cell(score['en'])} | {cell(score['ja'])} "
              f"| {build_ms:.1f} | {p50:.0f} | {p99:.0f} |")
    for name, failed in failures:
        print(f"\n### {name}: {len(failed)} failed queries\n")
        for lang, query, expected, got in failed:
            print(f"- `{lang}` {query!r} — expected any of {', '.join(expected)}; "
                  f"got {', '.join(got) or '(nothing)'}")
    if notes:
        print("\n### Notes\n")
        for note in notes:
            print(f"- {note}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shirube", default=os.path.join(REPO, "target/debug/shirube"),
                    help="path of the shirube binary (default: target/debug/shirube)")
    ap.add_argument("--eval", default=os.path.join(REPO, "crates/shirube-search/tests/eval.tsv"),
                    help="evaluation set (default: crates/shirube-search/tests/eval.tsv)")
    ap.add_argument("--reps", type=int, default=50, help="FTS5 timing repetitions per query")
    ap.add_argument("--fts5-only", action="store_true", help="skip the Shirube half")
    args = ap.parse_args()

    queries = load_eval(args.eval)
    try:
        docs = [json.loads(l) for l in run_shirube(args.shirube, "corpus", "--json").splitlines() if l]
    except ShirubeError as e:
        sys.exit(f"error: {e}")

    # FTS5: build, judge, time.
    db, fts_build_ms = build_fts5(docs)
    fts_score, fts_failed = evaluate(queries, lambda lang, q: fts5_search(db, lang, q))
    samples = time_fts5(db, queries, args.reps)
    rows = [("SQLite FTS5 trigram", fts_score, fts_build_ms, pct(samples, 50), pct(samples, 99))]
    failures = [("SQLite FTS5 trigram", fts_failed)]
    short = [q for _, q, _ in queries if fts5_terms(q)[1]]
    empty = [q for _, q, _ in queries if not fts5_terms(q)[0]]
    notes = [f"{len(docs)} documents, {len(queries)} queries; FTS5 timing: {args.reps} warm "
             f"repetitions per query, in-process ({len(samples)} samples).",
             f"FTS5 limitation: {len(short)} queries have terms under 3 characters that trigrams "
             f"cannot match; {len(empty)} have no usable term at all: "
             + ", ".join(repr(q) for q in empty)]

    # Shirube: judge with `shirube search`, time with `shirube bench`.
    error = None
    if not args.fts5_only:
        try:
            sh_score, sh_failed = evaluate(queries, lambda lang, q: shirube_search(args.shirube, lang, q))
            bench = shirube_bench(args.shirube, queries)
            rows.insert(0, ("Shirube", sh_score, bench["index_build_ms"], bench["p50_us"], bench["p99_us"]))
            failures.insert(0, ("Shirube", sh_failed))
            notes.append(f"Shirube timing from `shirube bench` over {bench['docs']} documents.")
        except ShirubeError as e:
            error = e
            notes.append(f"Shirube half NOT run: {e}")

    report(rows, failures, notes)
    if error:
        print(f"\nerror: Shirube half failed: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
