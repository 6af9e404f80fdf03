//! `roundbook`: the command-line face of a Roundbook library, for headless use and
//! scripting. Thin: it parses arguments, opens the library, calls one core function and
//! prints the result. Exit codes: 0 success, 2 usage error, 1 any other failure (one line
//! on stderr). Every message a user reads is worded from the catalogue
//! (`i18n/<language>/cli.ftl`, with `m!`) in the language of the locale.

mod imports;
mod secrets;
mod security;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use roundbook_core::crypto::{self, FileState};
use roundbook_core::dates::Date;
use roundbook_core::exchange::{sealed, BundleError, CsvOptions, ExportScope, RestrictedRecords};
use roundbook_core::i18n::{self, Language};
use roundbook_core::model::{Kind, Round, Timestamp};
use roundbook_core::pack::{self, Audience, Paper, Selection};
use roundbook_core::store::{BackupPolicy, OpenOptions};
use roundbook_core::{m, paths, Library};

#[derive(Parser)]
#[command(
    name = "roundbook",
    version,
    about = "Briefing packs for each round of a negotiation — the library from the command line"
)]
struct Cli {
    /// The library file (default: $ROUNDBOOK_DB, else the platform data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the library (and load the demo library with --demo).
    Init {
        /// Load the EU–Kazakhstan 2012 demo material.
        #[arg(long)]
        demo: bool,
        /// Create the library encrypted (passphrase: $ROUNDBOOK_PASSPHRASE, else asked).
        #[arg(long)]
        encrypt: bool,
    },
    /// Merge a bundle file into the library (an encrypted bundle needs
    /// $ROUNDBOOK_BUNDLE_PASSPHRASE, else it is asked).
    Import { file: PathBuf },
    /// Write the library (or one negotiation) as a bundle file.
    Export {
        file: PathBuf,
        /// Only this negotiation and what it needs.
        #[arg(long, value_name = "ID")]
        negotiation: Option<String>,
        /// Encrypt the bundle with a passphrase (age format; $ROUNDBOOK_BUNDLE_PASSPHRASE, else asked).
        #[arg(long)]
        encrypt: bool,
        /// The bundle format: 2 (default), or 1 for colleagues on an older Roundbook (what
        /// version 1 cannot carry is left out, and said).
        #[arg(long, value_name = "1|2", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=2))]
        format_version: u64,
        /// Also send restricted incidents and sources (left out by default, with every link to them).
        #[arg(long)]
        include_restricted: bool,
    },
    /// Encrypt a plain library in place (passphrase: $ROUNDBOOK_PASSPHRASE, else asked twice).
    Encrypt,
    /// Decrypt an encrypted library in place.
    Decrypt,
    /// Change the passphrase ($ROUNDBOOK_PASSPHRASE → $ROUNDBOOK_NEW_PASSPHRASE, else asked).
    Rekey,
    /// List the library's backups, newest first.
    Backups,
    /// Back the library up now.
    Backup,
    /// Replace the library with a backup (the library as it was is backed up first).
    Restore { backup: PathBuf },
    /// List rounds: id, start date, status, title.
    Rounds {
        #[arg(long, value_name = "ID")]
        negotiation: Option<String>,
    },
    /// List the packs this library has made, newest first: id, date made, audience,
    /// pages, round.
    Packs,
    /// Build the briefing pack for a round and write it as a PDF.
    Pack {
        #[command(flatten)]
        choice: PackChoice,
        /// Paper size (default: the library's setting).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        output: PathBuf,
        /// Refuse to write the PDF when the readiness check (`roundbook check`) finds a
        /// blocker; the blockers are listed on stderr.
        #[arg(long)]
        strict: bool,
        /// Leave out the part "Changes since our last briefing" (by default it compares
        /// with the newest pack made for an earlier round, for the same audience and in
        /// the same language).
        #[arg(long, conflicts_with = "since_pack")]
        no_changes: bool,
        /// Compare with this recorded pack (see `packs`) in the changes part.
        #[arg(long, value_name = "ID")]
        since_pack: Option<String>,
    },
    /// List what would weaken the pack the same options would build: blockers, warnings
    /// and notes, each naming the record to fix (exit 0 whatever it finds).
    Check {
        #[command(flatten)]
        choice: PackChoice,
        /// Print the findings as a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search over the library.
    Search {
        query: String,
        /// At most this many results.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Import incidents, or cases with their status timelines, from a spreadsheet saved as
    /// CSV (UTF-8; `,` or `;` between cells; the first row names the columns).
    ///
    /// Incidents: title, date, location, summary, people, area, …. Cases: name,
    /// other_names, description, status, status_date, consent, area, and optionally id,
    /// role, organisation, source_url, benchmark, sensitivity, note; one row per status.
    /// Importing again updates instead of duplicating: a case is found again by its id, else
    /// its name, and a timeline entry by its case, date and status.
    ImportCsv {
        /// What the rows are: `incidents` or `cases`.
        #[arg(value_enum)]
        kind: imports::CsvKind,
        file: PathBuf,
        /// Check every row and report what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import the valid rows and skip the others (default: nothing unless every row is valid).
        #[arg(long)]
        valid_rows_only: bool,
        /// Let the file's cells replace what the library has for incidents it already holds
        /// (incidents only: an import of cases always updates what it finds).
        #[arg(long)]
        update_existing: bool,
        /// The sensitivity of new incidents (or cases) whose rows state none (asked once for
        /// the whole file: required when there are such rows).
        #[arg(long, value_enum)]
        sensitivity: Option<imports::SensitivityArg>,
    },
    /// Import sources from CSL-JSON (Zotero: Export Collection → CSL JSON).
    ImportCsl {
        file: PathBuf,
        /// Report what would be created or updated; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the library's sources as CSL-JSON (for Zotero and other reference managers).
    ExportCsl {
        file: PathBuf,
        /// Also export sources marked restricted.
        #[arg(long)]
        include_restricted: bool,
    },
}

/// What goes into a pack: the options `pack` and `check` share.
#[derive(clap::Args)]
struct PackChoice {
    /// The round the pack is for.
    #[arg(long, value_name = "ID")]
    round: String,
    /// Who it is for (default: the library's setting). External packs never contain restricted material.
    #[arg(long, value_enum)]
    audience: Option<AudienceArg>,
    /// A concern area to include (repeatable; default: all of the round's negotiation).
    #[arg(long = "area", value_name = "ID")]
    areas: Vec<String>,
    /// A benchmark to include (repeatable; default: all of the selected areas).
    #[arg(long = "benchmark", value_name = "ID")]
    benchmarks: Vec<String>,
    /// Incidents from this date count as recent (default: the previous round's start).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<Date>,
    /// The pack's language: en or ru (default: the library's setting).
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    lang: Option<Language>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum AudienceArg {
    External,
    Internal,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    // Die quietly on a closed pipe (`roundbook search x | head`), like other command-line tools.
    // SAFETY: setting a signal's disposition to the default at start-up, before any thread exists.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A crash report for whoever fixes the bug, in English: it must print even when the
    // catalogue itself is what failed.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("roundbook: internal error: {info}");
    }));
    i18n::set_messages(messages_language());
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => e.exit(), // 2 for usage errors, 0 for --help / --version
    };
    if let Command::ImportCsv {
        kind: imports::CsvKind::Cases,
        update_existing: true,
        ..
    } = &cli.command
    {
        use clap::CommandFactory;
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "--update-existing is for incidents: an import of cases always updates the cases and entries it finds",
            )
            .exit();
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("roundbook: {}", one_line(&message));
            ExitCode::from(1)
        }
    }
}

type Outcome = Result<(), String>;

/// An error as one line: control characters (a newline in a file name) escaped.
fn one_line(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The language of the user's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one
/// set), when Roundbook speaks it; else English.
fn messages_language() -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Language::parse(&value))
        .unwrap_or_default()
}

/// A `--lang` value: one of the languages Roundbook speaks.
fn parse_language(s: &str) -> Result<Language, String> {
    Language::parse(s).ok_or_else(|| {
        m!(
            "cli-unsupported-language",
            language = one_line(s),
            supported = Language::supported()
        )
    })
}

/// The current time, or `$SOURCE_DATE_EPOCH` (seconds) for reproducible output.
fn now() -> Timestamp {
    let fixed = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok());
    match fixed.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0)) {
        Some(t) => Timestamp::from_utc(t),
        None => Timestamp::from_utc(chrono::Utc::now()),
    }
}

fn library_path(cli_db: Option<&Path>) -> Result<PathBuf, String> {
    let env_db = std::env::var("ROUNDBOOK_DB").ok();
    paths::library_path(cli_db, env_db.as_deref(), dirs::data_local_dir().as_deref())
        .ok_or_else(|| m!("cli-no-library-path"))
}

/// How many automatic backups are kept.
const BACKUPS_KEPT: usize = 10;

/// The library's passphrase when the file is encrypted: $ROUNDBOOK_PASSPHRASE, else asked.
fn passphrase_for(path: &Path) -> Result<Option<secrets::Secret>, String> {
    match crypto::file_state(path).map_err(|e| e.to_string())? {
        FileState::Encrypted => {
            secrets::existing(security::PASSPHRASE, &m!("cli-prompt-passphrase-library")).map(Some)
        }
        _ => Ok(None),
    }
}

/// Opens an existing library (never creates one by accident), with a daily backup.
fn open_existing(path: &Path) -> Result<Library, String> {
    security::require_library(path)?;
    let pass = passphrase_for(path)?;
    let options = OpenOptions {
        passphrase: pass.as_deref().map(|s| s.as_str()),
        daily_backup: Some(BackupPolicy {
            now: now(),
            keep: BACKUPS_KEPT,
        }),
    };
    let lib = Library::open_with(path, &options).map_err(|e| e.to_string())?;
    if let Some(problem) = lib.backup_problem() {
        // Reading, exporting and packing go on; the user hears once why there is no
        // backup today.
        eprintln!(
            "roundbook: {}",
            m!("cli-backup-not-made", problem = one_line(problem))
        );
    }
    Ok(lib)
}

const BUNDLE_PASSPHRASE: &str = "ROUNDBOOK_BUNDLE_PASSPHRASE";

fn run(cli: Cli) -> Outcome {
    let path = library_path(cli.db.as_deref())?;
    match cli.command {
        Command::Init { demo, encrypt } => init(&path, demo, encrypt),
        Command::Encrypt => security::encrypt(&path),
        Command::Decrypt => security::decrypt(&path),
        Command::Rekey => security::rekey(&path),
        Command::Backups => security::list_backups(&path),
        Command::Backup => security::backup_now(&open_existing(&path)?, now()),
        Command::Restore { backup } => security::restore(&path, &backup, now()),
        Command::Import { file } => {
            let mut lib = open_existing(&path)?;
            let bundle = match sealed::read_bundle_file(&file, None) {
                Err(roundbook_core::Error::Bundle(BundleError::PassphraseRequired)) => {
                    let pass =
                        secrets::existing(BUNDLE_PASSPHRASE, &m!("cli-prompt-passphrase-bundle"))?;
                    sealed::read_bundle_file(&file, Some(&pass))
                }
                other => other,
            }
            .map_err(|e| e.to_string())?;
            let report = lib.import_bundle(&bundle).map_err(|e| e.to_string())?;
            println!(
                "{}",
                m!(
                    "cli-imported-bundle",
                    file = file.display().to_string(),
                    inserted = report.inserted,
                    updated = report.updated,
                    unchanged = report.unchanged,
                    conflicts = report.conflicts.len()
                )
            );
            // The records kept as the library has them: conflicts first, then those whose
            // restriction was kept.
            let conflicts = report.conflicts.iter().map(|c| (c, false));
            for (c, restricted) in
                conflicts.chain(report.sensitivity_kept.iter().map(|c| (c, true)))
            {
                let (kind, id, label) = (kind_noun(c.kind), &c.id, &c.label);
                let line = if restricted {
                    m!(
                        "cli-import-kept-restricted",
                        kind = kind,
                        id = id,
                        label = label
                    )
                } else {
                    m!("cli-import-conflict", kind = kind, id = id, label = label)
                };
                println!("  {line}");
            }
            for k in &report.fields_kept {
                let line = m!(
                    "cli-import-fields-kept",
                    kind = kind_noun(k.kind),
                    id = &k.id,
                    label = &k.label,
                    fields = k.fields.join(", ")
                );
                println!("  {line}");
            }
            Ok(())
        }
        Command::Export {
            file,
            negotiation,
            encrypt,
            format_version,
            include_restricted,
        } => {
            let lib = open_existing(&path)?;
            let scope = match negotiation {
                Some(id) => ExportScope::Negotiation(id),
                None => ExportScope::All,
            };
            let pass = if encrypt {
                Some(secrets::new(
                    BUNDLE_PASSPHRASE,
                    &m!("cli-prompt-new-passphrase-bundle"),
                )?)
            } else {
                None
            };
            let written = lib
                .write_bundle_as(
                    &scope,
                    if include_restricted {
                        RestrictedRecords::Sent
                    } else {
                        RestrictedRecords::LeftOut
                    },
                    pass.as_deref().map(|s| s.as_str()),
                    &file,
                    now(),
                    format_version,
                )
                .map_err(|e| e.to_string())?;
            let file = file.display().to_string();
            let (records, version) = (written.records, written.version);
            if written.sealed {
                println!(
                    "{}",
                    m!(
                        "cli-exported-bundle-encrypted",
                        records = records,
                        file = &file,
                        version = version
                    )
                );
            } else {
                println!(
                    "{}",
                    m!(
                        "cli-exported-bundle",
                        records = records,
                        file = &file,
                        version = version
                    )
                );
            }
            for l in &written.left_out {
                println!(
                    "  {}",
                    m!("cli-export-left-out", field = &l.field, records = l.records)
                );
            }
            if written.restricted_left_out > 0 {
                println!(
                    "{}",
                    m!(
                        "cli-export-restricted-left-out",
                        records = written.restricted_left_out
                    )
                );
            }
            if lib.is_encrypted() && !encrypt {
                println!("{}", m!("cli-export-not-encrypted"));
            }
            Ok(())
        }
        Command::Packs => {
            let lib = open_existing(&path)?;
            let packs = lib.pack_summaries().map_err(|e| e.to_string())?;
            let width = packs.iter().map(|p| p.id.len()).max().unwrap_or(0);
            for p in &packs {
                println!(
                    "{:width$}  {}  {:8}  {:>4}  {}",
                    p.id,
                    p.created_at.date(),
                    p.audience.as_str(),
                    p.page_count,
                    p.round_title
                );
            }
            Ok(())
        }
        Command::Rounds { negotiation } => {
            let lib = open_existing(&path)?;
            if let Some(id) = &negotiation {
                lib.get::<roundbook_core::model::Negotiation>(id)
                    .map_err(|e| e.to_string())?;
            }
            let rounds: Vec<Round> = lib
                .list::<Round>()
                .map_err(|e| e.to_string())?
                .into_iter()
                .filter(|r| negotiation.as_ref().is_none_or(|n| &r.negotiation_id == n))
                .collect();
            let width = rounds.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let statuses: Vec<String> = rounds
                .iter()
                .map(|r| m!("cli-round-status", status = r.status.as_str()))
                .collect();
            // At least 9 wide, as "scheduled" and "cancelled" are.
            let status_width = statuses
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
                .max(9);
            for (r, status) in rounds.iter().zip(&statuses) {
                println!(
                    "{:width$}  {}  {:status_width$}  {}",
                    r.id, r.starts_on, status, r.title
                );
            }
            Ok(())
        }
        Command::Pack {
            choice,
            paper,
            output,
            strict,
            no_changes,
            since_pack,
        } => {
            let mut lib = open_existing(&path)?;
            let settings = lib.settings().map_err(|e| e.to_string())?;
            let mut selection = selection(&settings, choice);
            selection.compare = match (no_changes, since_pack) {
                (true, _) => pack::Compare::Nothing,
                (false, Some(id)) => pack::Compare::Pack(id),
                (false, None) => pack::Compare::LastBriefing,
            };
            let paper = match paper {
                Some(PaperArg::A4) => Paper::A4,
                Some(PaperArg::Letter) => Paper::Letter,
                None => settings.default_paper,
            };
            let made = match lib.make_pack(&selection, paper, now(), &output, strict, &mut |_| {}) {
                Err(roundbook_core::Error::Pack(pack::PackError::Blocked { blockers })) => {
                    for b in &blockers {
                        eprintln!("roundbook: {}", finding_line(b));
                    }
                    return Err(m!("cli-pack-blocked", count = blockers.len()));
                }
                other => other.map_err(|e| e.to_string())?,
            };
            println!(
                "{}",
                m!(
                    "cli-pack-written",
                    file = output.display().to_string(),
                    pages = made.page_count,
                    audience = made.audience.as_str(),
                    areas = made.areas,
                    incidents = made.incidents,
                    sources = made.sources
                )
            );
            Ok(())
        }
        Command::Check { choice, json } => {
            let lib = open_existing(&path)?;
            let settings = lib.settings().map_err(|e| e.to_string())?;
            let selection = selection(&settings, choice);
            let findings = lib
                .check_pack(&selection, now().date())
                .map_err(|e| e.to_string())?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&findings).map_err(|e| e.to_string())?
                );
                return Ok(());
            }
            let count = |s: pack::Severity| findings.iter().filter(|f| f.severity == s).count();
            let (b, w, n) = (
                count(pack::Severity::Blocker),
                count(pack::Severity::Warning),
                count(pack::Severity::Note),
            );
            println!(
                "{}",
                m!(
                    "cli-check-summary",
                    audience = selection.audience.as_str(),
                    round = &selection.round_id,
                    blockers = b,
                    warnings = w,
                    notes = n
                )
            );
            for f in &findings {
                println!("{}", finding_line(f));
            }
            Ok(())
        }
        Command::ImportCsv {
            kind,
            file,
            dry_run,
            valid_rows_only,
            update_existing,
            sensitivity,
        } => {
            let mut lib = open_existing(&path)?;
            imports::import_csv(
                &mut lib,
                kind,
                &file,
                dry_run,
                CsvOptions {
                    mapping: None,
                    valid_rows_only,
                    update_existing,
                    sensitivity: sensitivity.map(Into::into),
                },
                now(),
            )
        }
        Command::ImportCsl { file, dry_run } => {
            let mut lib = open_existing(&path)?;
            imports::import_csl(&mut lib, &file, dry_run, now())
        }
        Command::ExportCsl {
            file,
            include_restricted,
        } => {
            let lib = open_existing(&path)?;
            imports::export_csl(&lib, &file, include_restricted)
        }
        Command::Search { query, limit } => {
            let lib = open_existing(&path)?;
            let hits = lib.search(&query, None, limit).map_err(|e| e.to_string())?;
            for h in hits {
                println!("{}\t{}\t{}", h.kind.as_str(), h.id, h.label);
            }
            Ok(())
        }
    }
}

/// The selection the pack and check commands share.
fn selection(settings: &roundbook_core::store::Settings, choice: PackChoice) -> Selection {
    Selection {
        round_id: choice.round,
        audience: match choice.audience {
            Some(AudienceArg::External) => Audience::External,
            Some(AudienceArg::Internal) => Audience::Internal,
            None => settings.default_audience,
        },
        concern_area_ids: choice.areas,
        benchmark_ids: choice.benchmarks,
        since: choice.since,
        excluded: Vec::new(),
        language: choice.lang.unwrap_or(settings.language),
        compare: pack::Compare::LastBriefing,
    }
}

/// A finding as one line: severity, record, message.
fn finding_line(f: &pack::Finding) -> String {
    let severity = match f.severity {
        pack::Severity::Blocker => "BLOCKER",
        pack::Severity::Warning => "warning",
        pack::Severity::Note => "note   ",
    };
    one_line(&m!(
        "cli-finding",
        severity = severity,
        kind = f.kind.as_str(),
        id = &f.id,
        title = &f.title,
        message = &f.message
    ))
}

/// A kind of record as a word of the language of messages: "concern area".
fn kind_noun(kind: Kind) -> String {
    match kind {
        Kind::Negotiation => m!("kind-negotiation"),
        Kind::Round => m!("kind-round"),
        Kind::ConcernArea => m!("kind-concern_area"),
        Kind::Benchmark => m!("kind-benchmark"),
        Kind::Assessment => m!("kind-assessment"),
        Kind::Commitment => m!("kind-commitment"),
        Kind::Incident => m!("kind-incident"),
        Kind::Ask => m!("kind-ask"),
        Kind::Case => m!("kind-case"),
        Kind::CaseEntry => m!("kind-case_entry"),
        Kind::RoundOutcome => m!("kind-round_outcome"),
        Kind::AskResult => m!("kind-ask_result"),
        Kind::Source => m!("kind-source"),
        Kind::Pack => m!("kind-pack"),
    }
}

fn init(path: &Path, demo: bool, encrypt: bool) -> Outcome {
    if crypto::file_state(path).map_err(|e| e.to_string())? != FileState::Missing {
        let is_empty = match crypto::file_state(path).map_err(|e| e.to_string())? {
            FileState::Empty => true,
            _ => open_existing(path)?.is_empty().map_err(|e| e.to_string())?,
        };
        if !is_empty {
            return Err(m!("cli-library-exists", path = path.display().to_string()));
        }
        if encrypt && crypto::file_state(path).map_err(|e| e.to_string())? == FileState::Plain {
            return Err(m!(
                "cli-plain-library-exists",
                path = path.display().to_string()
            ));
        }
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let pass = match crypto::file_state(path).map_err(|e| e.to_string())? {
        FileState::Missing | FileState::Empty if encrypt => Some(secrets::new(
            security::PASSPHRASE,
            &m!("cli-prompt-new-passphrase-new-library"),
        )?),
        _ => passphrase_for(path)?,
    };
    let mut lib =
        Library::open(path, pass.as_deref().map(|s| s.as_str())).map_err(|e| e.to_string())?;
    if demo {
        lib.load_demo().map_err(|e| e.to_string())?;
        let n: usize = lib
            .counts()
            .map_err(|e| e.to_string())?
            .iter()
            .filter(|(k, _)| *k != Kind::Pack)
            .map(|(_, n)| n)
            .sum();
        println!(
            "{}",
            m!(
                "cli-created-demo",
                path = path.display().to_string(),
                records = n
            )
        );
    } else {
        println!("{}", m!("cli-created", path = path.display().to_string()));
    }
    Ok(())
}
