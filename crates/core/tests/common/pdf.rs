//! Reading PDFs back with real tools: poppler-utils and qpdf.
#![allow(dead_code)]

use std::io::Write;
use std::process::Command;

fn temp_pdf(pdf: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    f.write_all(pdf).unwrap();
    f
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed for this test: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Tools built for Windows end their lines with CR LF.
    String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
}

/// The text of one page (1-based) or of all pages.
pub fn text(pdf: &[u8], page: Option<usize>) -> String {
    let f = temp_pdf(pdf);
    let path = f.path().to_str().unwrap();
    match page {
        Some(p) => run(
            "pdftotext",
            &[
                "-layout",
                "-f",
                &p.to_string(),
                "-l",
                &p.to_string(),
                path,
                "-",
            ],
        ),
        None => run("pdftotext", &["-layout", path, "-"]),
    }
}

/// All the text in reading order (not laid out), with every run of whitespace made one
/// space — for "does the PDF say this" checks that must not depend on line breaks.
pub fn flat_text(pdf: &[u8]) -> String {
    let f = temp_pdf(pdf);
    let raw = run("pdftotext", &[f.path().to_str().unwrap(), "-"]);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of every page, in order.
pub fn pages(pdf: &[u8]) -> Vec<String> {
    let all = text(pdf, None);
    let mut pages: Vec<String> = all.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

pub fn info(pdf: &[u8]) -> String {
    let f = temp_pdf(pdf);
    run("pdfinfo", &[f.path().to_str().unwrap()])
}

pub fn info_field(pdf: &[u8], field: &str) -> String {
    info(pdf)
        .lines()
        .find_map(|l| {
            l.strip_prefix(&format!("{field}:"))
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default()
}

/// `pdffonts` rows: (name, embedded, subset, unicode).
pub fn fonts(pdf: &[u8]) -> Vec<(String, bool, bool, bool)> {
    let f = temp_pdf(pdf);
    let out = run("pdffonts", &[f.path().to_str().unwrap()]);
    out.lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let n = cols.len();
            (
                cols[0].to_string(),
                cols[n - 5] == "yes",
                cols[n - 4] == "yes",
                cols[n - 3] == "yes",
            )
        })
        .collect()
}

/// `qpdf --check`: Ok with its output, or Err.
pub fn qpdf_check(pdf: &[u8]) -> Result<String, String> {
    let f = temp_pdf(pdf);
    let out = Command::new("qpdf")
        .args(["--check", f.path().to_str().unwrap()])
        .output()
        .expect("qpdf is needed for this test");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    if out.status.success() && !text.contains("WARNING") {
        Ok(text)
    } else {
        Err(text)
    }
}

/// The URIs of every link annotation, read with `qpdf --json`.
pub fn uri_links(pdf: &[u8]) -> Vec<String> {
    let f = temp_pdf(pdf);
    let out = run(
        "qpdf",
        &["--json=2", "--json-key=qpdf", f.path().to_str().unwrap()],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut uris = Vec::new();
    let objects = json["objects"]
        .as_object()
        .or_else(|| json["qpdf"][1].as_object())
        .expect("objects");
    for value in objects.values() {
        let obj = value.get("value").unwrap_or(value);
        if obj.get("/Subtype").and_then(|s| s.as_str()) == Some("/Link") {
            if let Some(uri) = obj
                .get("/A")
                .and_then(|a| a.get("/URI"))
                .and_then(|u| u.as_str())
            {
                uris.push(uri.trim_start_matches("u:").to_string());
            }
        }
    }
    uris.sort();
    uris
}

/// The file's objects as text (`qpdf --qdf`: no object streams, streams
/// uncompressed), to look at dictionaries such as the structure tree's.
pub fn objects_text(pdf: &[u8]) -> String {
    let f = temp_pdf(pdf);
    let out = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    run(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            f.path().to_str().unwrap(),
            out.path().to_str().unwrap(),
        ],
    );
    String::from_utf8_lossy(&std::fs::read(out.path()).unwrap()).into_owned()
}
