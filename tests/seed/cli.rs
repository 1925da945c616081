//! Prints the backup file of a seed preset (see `tests/seed/mod.rs`).
//!
//! ```sh
//! cargo run --example seed -- realistic                 # to stdout, "now" fixed
//! cargo run --example seed -- five-years --now 1773050400000 --out five.json
//! ```
//!
//! `--now` is the moment the data leads up to, in ms since 1970 (default: a
//! fixed day, so the output never changes). Used by `tests/e2e/seed.ts`.

#[path = "mod.rs"]
mod seed;

use std::io::Write;
use std::process::ExitCode;

use seed::{backup, Preset, DEFAULT_NOW_MS};

fn usage() -> ExitCode {
    eprintln!("usage: seed <realistic|five-years> [--now MS] [--out FILE]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(preset) = args.next().as_deref().and_then(Preset::from_name) else {
        return usage();
    };
    let mut now = DEFAULT_NOW_MS;
    let mut out = None;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--now", Some(ms)) => match ms.parse() {
                Ok(ms) => now = ms,
                Err(_) => return usage(),
            },
            ("--out", Some(file)) => out = Some(file),
            _ => return usage(),
        }
    }
    let json = backup(preset, now);
    match out {
        None => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout(), "{json}");
        }
        Some(file) => {
            if let Err(e) = std::fs::write(&file, json) {
                eprintln!("seed: cannot write {file}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
