//! The command-line tool opens no network connection, ever: every command runs under
//! `strace -f -e trace=network`, and the trace may hold nothing but local (AF_UNIX)
//! sockets. (The desktop app is checked the same way by scripts/check-no-network.sh.)

// Linux only: the check runs the binary under strace.
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::*;

/// Environment variables for one run.
type Env<'a> = &'a [(&'a str, &'a str)];

/// Families a socket may have: local ones only.
const LOCAL: &[&str] = &["AF_UNIX", "AF_LOCAL"];

/// The network system calls `args` made, as strace prints them (one per line).
fn trace(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("strace.log");
    let out = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_roundbook"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_clear()
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("strace is needed for this test (Debian package strace)");
    assert!(
        out.status.success(),
        "roundbook {args:?} failed under strace: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Lines of a trace that use a network that is not local.
fn violations(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| {
            l.contains("AF_INET")
                || l.contains("AF_PACKET")
                || l.contains("AF_BLUETOOTH")
                || ((l.contains("socket(") || l.contains("connect(") || l.contains("sendto("))
                    && !LOCAL.iter().any(|f| l.contains(f))
                    && !l.contains("= -1"))
        })
        .cloned()
        .collect()
}

#[test]
fn no_command_opens_a_network_connection() {
    // strace itself must see a connection when there is one, or this test proves nothing.
    let probe = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network", "-o", "/dev/stdout"])
        .args(["python3", "-c", "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).connect(('127.0.0.1', 9))"])
        .output();
    if let Ok(out) = probe {
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        assert!(
            !violations(&lines).is_empty(),
            "strace did not report a UDP connect to loopback: {text}"
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    let enc = dir.path().join("encrypted.roundbook");
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let demo = demo_bundle_path();
    let fixtures = repo_root().join("crates/core/tests/fixtures");
    let csv = fixtures.join("incidents-libreoffice.csv");
    let csl = fixtures.join("zotero-export.json");
    let pass: &[(&str, &str)] = &[
        ("ROUNDBOOK_PASSPHRASE", PASS),
        ("ROUNDBOOK_NEW_PASSPHRASE", NEW_PASS),
        ("ROUNDBOOK_BUNDLE_PASSPHRASE", PASS),
    ];
    let new_pass: &[(&str, &str)] = &[("ROUNDBOOK_PASSPHRASE", NEW_PASS)];
    let sealed = p("demo.age");
    let plain_runs: Vec<Vec<String>> = vec![
        vec!["--help".into()],
        vec!["init".into(), "--demo".into()],
        vec!["rounds".into()],
        vec!["search".into(), "Zhanaozen".into()],
        vec!["export".into(), p("demo.json")],
        vec!["import".into(), demo.to_string_lossy().into_owned()],
        vec![
            "pack".into(),
            "--round".into(),
            "round-eu-kz-3".into(),
            "--output".into(),
            p("pack.pdf"),
        ],
        vec![
            "import-csv".into(),
            "incidents".into(),
            csv.to_string_lossy().into_owned(),
        ],
        vec!["import-csl".into(), csl.to_string_lossy().into_owned()],
        vec!["export-csl".into(), p("sources.json")],
        vec!["backup".into()],
        vec!["backups".into()],
    ];
    for args in &plain_runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let lines = trace(&db, &args, &[]);
        assert_eq!(
            violations(&lines),
            Vec::<String>::new(),
            "roundbook {args:?}"
        );
    }
    let encrypted_runs: Vec<(Vec<String>, Env)> = vec![
        (
            vec!["init".into(), "--encrypt".into(), "--demo".into()],
            pass,
        ),
        (
            vec!["export".into(), "--encrypt".into(), sealed.clone()],
            pass,
        ),
        (vec!["import".into(), sealed.clone()], pass),
        (vec!["rekey".into()], pass),
        (vec!["decrypt".into()], new_pass),
        (vec!["encrypt".into()], pass),
    ];
    for (args, env) in &encrypted_runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let lines = trace(&enc, &args, env);
        assert_eq!(
            violations(&lines),
            Vec::<String>::new(),
            "roundbook {args:?}"
        );
    }
    // Restore the plain library from its newest backup.
    let listed = ok(&db, &["backups"], &[]);
    let newest = listed
        .lines()
        .next()
        .unwrap()
        .rsplit("  ")
        .next()
        .unwrap()
        .to_string();
    let lines = trace(&db, &["restore", &newest], &[]);
    assert_eq!(
        violations(&lines),
        Vec::<String>::new(),
        "roundbook restore"
    );
}
