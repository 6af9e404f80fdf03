//! Deflate compression, and running independent pieces of work (pages, fonts) on
//! several threads with results in a fixed order, so output stays deterministic.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

/// zlib's default level: the best level costs much more time for ~1 % less size.
const LEVEL: u32 = 6;

/// `bytes` deflated (zlib format, for `/FlateDecode`).
pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(bytes.len() / 3 + 64),
        flate2::Compression::new(LEVEL),
    );
    // Writing to a `Vec` cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// How many threads to use: the machine's parallelism, at most 4.
fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 4)
}

/// `f` applied to `0..count`, on several threads, results in index order. Tasks
/// are handed out one by one (the first ones first), so put the biggest first.
pub(super) fn parallel_map<R, F>(count: usize, f: F) -> Vec<R>
where
    R: Send,
    F: Fn(usize) -> R + Sync,
{
    let threads = threads().min(count);
    if threads <= 1 {
        return (0..count).map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= count {
                return done;
            }
            done.push((i, f(i)));
        }
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in helpers {
            // A helper that panicked lost its results; the caller sees them missing.
            if let Ok(mut done) = h.join() {
                all.append(&mut done);
            }
        }
        all
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order() {
        let squares = parallel_map(100, |i| i * i);
        assert_eq!(squares, (0..100).map(|i| i * i).collect::<Vec<_>>());
        assert!(parallel_map(0, |i| i).is_empty());
    }

    #[test]
    fn deflate_round_trips() {
        use std::io::Read;
        let data = b"BT /F 9 Tf (abc) Tj ET ".repeat(50);
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(&deflate(&data)[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, data);
    }
}
