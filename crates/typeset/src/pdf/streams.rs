//! Deflate compression, and running independent pieces of work (pages, fonts) on
//! several threads with results in a fixed order, so output stays deterministic.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use flate2::{Compress, Compression, FlushCompress, Status};

/// zlib's default level: the best level costs much more time for ~1 % less size.
const LEVEL: u32 = 6;

thread_local! {
    /// Each thread's compressor, reset for every stream: a new one costs an
    /// allocation of several hundred kilobytes, and a pack has thousands of streams.
    static COMPRESSOR: RefCell<Option<Compress>> = const { RefCell::new(None) };
}

/// `bytes` deflated (zlib format, for `/FlateDecode`).
pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    COMPRESSOR.with(|slot| {
        let mut slot = slot.borrow_mut();
        let c = slot.get_or_insert_with(|| Compress::new(Compression::new(LEVEL), true));
        c.reset();
        let mut out = Vec::with_capacity(bytes.len() / 3 + 64);
        let mut input = bytes;
        loop {
            let before = c.total_in();
            let status = c.compress_vec(input, &mut out, FlushCompress::Finish);
            input = &input[(c.total_in() - before) as usize..];
            match status {
                Ok(Status::StreamEnd) => return out,
                // The output is full: give it more room.
                Ok(_) => out.reserve(out.capacity().max(256)),
                // Compressing into memory cannot fail; should it, nothing is half-kept.
                Err(_) => return Vec::new(),
            }
        }
    })
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

    #[test]
    fn a_reused_compressor_gives_the_same_bytes_and_grows_its_output() {
        use std::io::Read;
        // Hardly compressible, so the output outgrows its first allocation.
        let mut x: u32 = 1;
        let data: Vec<u8> = (0..300_000)
            .map(|_| {
                x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (x >> 24) as u8
            })
            .collect();
        let first = deflate(&data);
        let small = deflate(b"abc");
        assert_eq!(deflate(&data), first);
        assert!(first.len() > data.len() / 3 + 64);
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(&first[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, data);
        out.clear();
        flate2::read::ZlibDecoder::new(&small[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, b"abc");
    }
}
