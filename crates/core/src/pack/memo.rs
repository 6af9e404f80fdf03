//! Packs assembled while the library stays unchanged, kept for the next ask.
//!
//! The pack builder asks for the same pack several times per change: its pages
//! (`prepare_pack`), and beside them the preview, which needs the pack and the pack of
//! every candidate (internal, nothing left out). On a large library each assembly reads
//! thousands of records under the library's lock, so asking three times made the pages
//! wait for the other two. A pack is kept here with the library's write stamp and given
//! again, shared, while no write has happened since — by this connection or any other.

use std::sync::{Arc, Mutex};

use super::{Pack, Selection};
use crate::error::Result;
use crate::store::Library;

/// How many assembled packs are kept: the builder's pack and its candidates' pack (which
/// a change of audience or of what is left out does not change). No more: a pack of a
/// large library holds tens of megabytes.
const KEPT: usize = 2;

/// What the library's file looked like when a pack was assembled: the rows this
/// connection changed since it opened, and SQLite's counter of other connections'
/// commits. Any write moves one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WriteStamp {
    pub own: u64,
    pub others: i64,
}

#[derive(Default)]
pub(crate) struct PackMemo {
    kept: Mutex<Vec<(WriteStamp, Selection, Arc<Pack>)>>,
}

impl PackMemo {
    /// The pack kept for `selection` at `stamp`, if any. Packs of an older stamp are
    /// forgotten: they can never be given again.
    pub fn get(&self, stamp: WriteStamp, selection: &Selection) -> Option<Arc<Pack>> {
        let mut kept = self.lock();
        kept.retain(|(s, _, _)| *s == stamp);
        let at = kept.iter().position(|(_, sel, _)| sel == selection)?;
        // The newest ask last: the oldest is the first forgotten.
        let entry = kept.remove(at);
        let pack = entry.2.clone();
        kept.push(entry);
        Some(pack)
    }

    /// Keeps `pack`, assembled for `selection` at `stamp`.
    pub fn put(&self, stamp: WriteStamp, selection: &Selection, pack: Arc<Pack>) {
        let mut kept = self.lock();
        kept.retain(|(s, sel, _)| *s == stamp && sel != selection);
        kept.push((stamp, selection.clone(), pack));
        if kept.len() > KEPT {
            kept.remove(0);
        }
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(WriteStamp, Selection, Arc<Pack>)>> {
        // A panic while holding the list leaves a list; it is only a memo.
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl std::fmt::Debug for PackMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PackMemo({} kept)", self.lock().len())
    }
}

impl Library {
    /// The pack for `selection` as `assemble_pack` gives it, assembled once while the
    /// library stays unchanged and shared after that.
    pub fn assembled_pack(&self, selection: &Selection) -> Result<Arc<Pack>> {
        let stamp = self.write_stamp()?;
        if let Some(pack) = self.pack_memo().get(stamp, selection) {
            return Ok(pack);
        }
        let pack = Arc::new(self.assemble_pack(selection)?);
        self.pack_memo().put(stamp, selection, pack.clone());
        Ok(pack)
    }

    /// Forgets the packs kept by `assembled_pack`: the next ask assembles again, as after
    /// a change of selection (benchmarks measure a change this way).
    pub fn forget_assembled_packs(&self) {
        self.pack_memo().clear();
    }
}
