//! Giving memory back to the system after a large pack. glibc keeps what a thread freed in
//! that thread's arena for reuse: after the builder assembled and rendered a pack of
//! thousands of pages, the app would go on holding a gigabyte it no longer uses.

/// Returns the free memory of every arena to the system (Linux with glibc; elsewhere the
/// allocator does without being asked).
pub fn give_back_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only releases memory the allocator holds as free; it takes no
    // pointer and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
