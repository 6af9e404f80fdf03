//! The app's log, in a process of its own (the log's subscriber must see every callsite
//! from the start): a session's workflows are named in it, and no record text or
//! passphrase is.

use std::io::Write;
use std::sync::{Arc, Mutex};

use roundbook_core::exchange::{demo, ExportScope, RestrictedRecords};
use roundbook_core::model::{Incident, Timestamp};
use roundbook_core::pack::{Paper, Selection};
use roundbook_core::Library;

use roundbook_app::error::AppError;
use roundbook_app::logging;

/// A log kept in memory.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);
impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
impl<'w> tracing_subscriber::fmt::MakeWriter<'w> for Buffer {
    type Writer = Buffer;
    fn make_writer(&'w self) -> Buffer {
        self.clone()
    }
}

const TITLE: &str = "Witness Aigerim Sultanbekova questioned at night";
const PASSPHRASE: &str = "a passphrase that must never be written down";

#[test]
fn the_log_of_a_session_names_the_workflows_and_none_of_the_text() {
    let buffer = Buffer::default();
    let dir = tempfile::tempdir().unwrap();
    let now: Timestamp = "2012-04-02T08:00:00Z".parse().unwrap();
    tracing::subscriber::with_default(logging::subscriber(buffer.clone()), || {
        let path = dir.path().join("lib.roundbook");
        let mut lib = Library::open(&path, None).unwrap();
        lib.import_bundle(&demo::demo_bundle()).unwrap();
        let mut incident: Incident = lib.get("inc-zhanaozen-2011-12-16").unwrap();
        incident.id = String::new();
        incident.title = TITLE.into();
        lib.create(incident.clone(), now).unwrap();
        // A refusal that quotes what was typed is logged by its code only.
        incident.title = format!("{TITLE} {}", "x".repeat(400));
        let refused = lib.create(incident, now).unwrap_err();
        let _ = AppError::from(refused);
        lib.write_bundle(
            &ExportScope::All,
            RestrictedRecords::Sent,
            Some(PASSPHRASE),
            &dir.path().join("out.json.age"),
            now,
        )
        .unwrap();
        let selection = Selection {
            round_id: "round-eu-kz-3".into(),
            ..Selection::default()
        };
        lib.make_pack(
            &selection,
            Paper::A4,
            now,
            &dir.path().join("pack.pdf"),
            false,
            &mut |_| {},
        )
        .unwrap();
        drop(lib);
        roundbook_core::store::encrypt(&path, PASSPHRASE).unwrap();
        Library::open(&path, Some(PASSPHRASE)).unwrap();
    });
    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    for span in [
        "import_bundle_with",
        "write_bundle",
        "make_pack",
        "encrypt",
        "refused",
    ] {
        assert!(log.contains(span), "no {span} in the log:\n{log}");
    }
    for secret in [TITLE, PASSPHRASE, "Sultanbekova", "Zhanaozen"] {
        assert!(!log.contains(secret), "{secret:?} in the log:\n{log}");
    }
}
