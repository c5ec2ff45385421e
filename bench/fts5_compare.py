#!/usr/bin/env python3
"""Compare Shirube's search with SQLite FTS5 (trigram) on the same documents and queries.

Both engines see exactly the documents printed by `shirube corpus --json`, replicated `--scale`
times with distinct IDs as `shirube bench --scale` does (`csf2:GV.copy2`), and the queries of the
evaluation sets (crates/shirube-search/tests/eval.tsv and eval-lens.tsv:
`lang<TAB>query<TAB>expected,ids[<TAB>sector]`). Both are timed on all those queries in the same
run, in-process: FTS5 here, Shirube by `shirube bench --queries FILE --scale N`, which also searches
through a row's sector lens (FTS5 has none and ignores it). A query passes when any expected ID is
among the engine's top 5 results in the query's language; success is judged on the bundled corpus
(scale 1), where every answer is there once: copies would only tie with their originals.

Usage (from the repository root):
    python3 bench/fts5_compare.py [--shirube target/debug/shirube] [--eval PATH]... [--scale N]
                                  [--json] [--fts5-only]

With --json, the last line is one JSON object:
    {"scale", "docs", "queries", "shirube": {"p50_us", "p99_us", "index_build_ms", "success_en",
     "success_ja"}, "fts5": {the same}}

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


EVAL_FILES = [os.path.join(REPO, "crates/shirube-search/tests", name)
              for name in ("eval.tsv", "eval-lens.tsv")]


def load_eval(path):
    """Read an evaluation set: a list of (lang, query, [expected ids], sector or None); '#' lines
    are comments. The sector column is optional, as in crates/shirube-search/tests/it/eval.rs."""
    queries = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) not in (3, 4) or parts[0] not in LANGS:
                sys.exit(f"{path}:{n}: expected lang<TAB>query<TAB>ids[<TAB>sector], got {line!r}")
            ids = [i.strip() for i in parts[2].split(",") if i.strip()]
            sector = parts[3].strip() if len(parts) == 4 and parts[3].strip() else None
            queries.append((parts[0], parts[1], ids, sector))
    return queries


def replicated(docs, scale):
    """The documents `scale` times over, copies with distinct IDs, as crates/shirube-api/src/bench.rs
    makes them: `pack:local` becomes `pack:local.copy2`, ... `pack:local.copyN`."""
    out = list(docs)
    for copy in range(2, max(scale, 1) + 1):
        for d in docs:
            pack, local = d["id"].split(":", 1)
            out.append({**d, "id": f"{pack}:{local}.copy{copy}"})
    return out


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
    for lang, query, _, _ in queries:
        fts5_search(db, lang, query)  # warm-up
        for _ in range(reps):
            start = time.perf_counter_ns()
            fts5_search(db, lang, query)
            samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


# ------------------------------------------------------------- Shirube ----

def shirube_search(shirube, lang, query, sector):
    lens = ["--sector", sector] if sector else []
    out = run_shirube(shirube, "search", "--json", "--lang", lang, "--limit", str(TOP_K), *lens,
                      "--", query)
    try:
        hits = json.loads(out)
    except json.JSONDecodeError as e:
        raise ShirubeError(f"`shirube search --json` did not print a JSON array: {e}")
    return [h["id"] for h in hits][:TOP_K]


def shirube_bench(shirube, queries, scale):
    """Run `shirube bench` on the eval queries (with their sectors); its last output line is the
    JSON summary."""
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8", delete=False) as f:
        f.writelines(f"{lang}\t{query}\t\t{sector or ''}\n" for lang, query, _, sector in queries)
        path = f.name
    try:
        out = run_shirube(shirube, "bench", "--queries", path, "--scale", str(scale), "--json")
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
    for lang, query, expected, sector in queries:
        got = search(lang, query, sector)
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


def share(score):
    passed, total = score
    return round(passed / total, 4) if total else None


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
    ap.add_argument("--eval", action="append",
                    help="evaluation set, may be repeated (default: crates/shirube-search/tests/"
                         "eval.tsv and eval-lens.tsv)")
    ap.add_argument("--scale", type=int, default=1,
                    help="time both engines on the corpus replicated N times (default: 1)")
    ap.add_argument("--reps", type=int, default=50, help="FTS5 timing repetitions per query")
    ap.add_argument("--json", action="store_true", help="print a JSON summary as the last line")
    ap.add_argument("--fts5-only", action="store_true", help="skip the Shirube half")
    args = ap.parse_args()
    scale = max(args.scale, 1)

    queries = [q for path in (args.eval or EVAL_FILES) for q in load_eval(path)]
    try:
        docs = [json.loads(l) for l in run_shirube(args.shirube, "corpus", "--json").splitlines() if l]
    except ShirubeError as e:
        sys.exit(f"error: {e}")

    # FTS5: judge on the bundled corpus, time on the replicated one.
    db, fts_build_ms = build_fts5(docs)
    fts_score, fts_failed = evaluate(queries, lambda lang, q, _sector: fts5_search(db, lang, q))
    if scale > 1:
        db.close()
        db, fts_build_ms = build_fts5(replicated(docs, scale))
    samples = time_fts5(db, queries, args.reps)
    fts5 = {"p50_us": pct(samples, 50), "p99_us": pct(samples, 99),
            "index_build_ms": fts_build_ms,
            "success_en": share(fts_score["en"]), "success_ja": share(fts_score["ja"])}
    rows = [("SQLite FTS5 trigram", fts_score, fts_build_ms, fts5["p50_us"], fts5["p99_us"])]
    failures = [("SQLite FTS5 trigram", fts_failed)]
    short = [q for _, q, _, _ in queries if fts5_terms(q)[1]]
    empty = [q for _, q, _, _ in queries if not fts5_terms(q)[0]]
    notes = [f"{len(docs) * scale} documents (the bundled {len(docs)} × {scale}), {len(queries)} "
             f"queries; success@5 judged on the bundled {len(docs)}. FTS5 timing: {args.reps} warm "
             f"repetitions per query, in-process ({len(samples)} samples); it ignores sectors.",
             f"FTS5 limitation: {len(short)} queries have terms under 3 characters that trigrams "
             f"cannot match; {len(empty)} have no usable term at all: "
             + ", ".join(repr(q) for q in empty)]

    # Shirube: judge with `shirube search`, time with `shirube bench`.
    error = None
    summary = {"scale": scale, "docs": len(docs) * scale, "queries": len(queries),
               "shirube": None, "fts5": fts5}
    if not args.fts5_only:
        try:
            sh_score, sh_failed = evaluate(
                queries, lambda lang, q, sector: shirube_search(args.shirube, lang, q, sector))
            bench = shirube_bench(args.shirube, queries, scale)
            rows.insert(0, ("Shirube", sh_score, bench["index_build_ms"], bench["p50_us"], bench["p99_us"]))
            failures.insert(0, ("Shirube", sh_failed))
            notes.append(f"Shirube timing from `shirube bench` over {bench['docs']} documents.")
            summary["docs"] = bench["docs"]
            summary["shirube"] = {"p50_us": bench["p50_us"], "p99_us": bench["p99_us"],
                                  "index_build_ms": bench["index_build_ms"],
                                  "success_en": share(sh_score["en"]),
                                  "success_ja": share(sh_score["ja"])}
        except ShirubeError as e:
            error = e
            notes.append(f"Shirube half NOT run: {e}")

    report(rows, failures, notes)
    if args.json:
        print(json.dumps(summary))
    if error:
        print(f"\nerror: Shirube half failed: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
