//! Room made in a worker thread's allocator heap before it builds a load's districts.
//!
//! glibc gives each thread that allocates an arena of its own, whose heap starts small and grows a page or two
//! at a time, each step an `mprotect` call that changes the process's memory map while the other threads
//! fault new pages into it. One load of the 10,000-district file made 5,378 such calls from the cache, and
//! 7,278 from the file itself. A worker that first takes, in blocks, the room it is about to fill, then gives
//! it back, leaves its heap that large: memory given back at a heap's top returns to the system, but the heap
//! keeps the room it was granted, and the worker's later steps within it cost no call (373 and 374 calls in
//! all; a tenth less processor time, PERFORMANCE.md, "Room in the workers' heaps"). Room that is granted and
//! not used costs no memory.
//!
//! Asking the allocator for the same with its own setting (`mallopt(M_TOP_PAD)`) did as well, but turned off
//! for the rest of the run the threshold it adapts for giving large blocks memory of their own: a cold load
//! then took 4,700 more page faults.

/// Each block stays under the smallest size glibc gives memory of its own (128 KiB, mallopt(3)), which it
/// would map apart from the heap.
const BLOCK: usize = 120 << 10;
/// At most half of the largest heap glibc makes for a thread (64 MiB): a worker that builds more grows in
/// small steps again past this, as it would without.
const MOST: usize = 32 << 20;

/// Districts take about twice the bytes of the file or the cache entry they are read from (the 10,000-district
/// file: 33.8 MB from 20.4 MB of YAML, or from 17.6 MB of entry).
const GROWTH: usize = 2;

/// Called first by each of `workers` threads that share the districts read from `source` bytes.
pub(super) fn make_room(source: usize, workers: usize) {
    if cfg!(all(target_os = "linux", target_env = "gnu")) {
        let (count, size) = blocks(room(source, workers));
        // Taken, then given back at once (in order: each joins the free room before it, and only the last
        // meets the heap's top): nothing is written to them, so no page of them becomes resident but the
        // one each block's header lies in, and that is returned with the rest.
        let taken: Vec<Vec<u8>> = (0..count).map(|_| Vec::with_capacity(size)).collect();
        drop(std::hint::black_box(taken));
    }
}

/// The room a worker takes for `bytes`: how many blocks, of what size.
fn blocks(bytes: usize) -> (usize, usize) {
    (bytes.min(MOST).div_ceil(BLOCK), BLOCK)
}

/// The room each of `workers` takes for its share of the districts read from `source` bytes.
fn room(source: usize, workers: usize) -> usize {
    source.saturating_mul(GROWTH) / workers.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_block_stays_in_the_heap_and_together_they_make_the_room() {
        for bytes in [1, BLOCK - 1, BLOCK, BLOCK + 1, 17 << 20, MOST, MOST + 1, usize::MAX] {
            let (count, size) = blocks(bytes);
            assert!(size < 128 << 10, "{size}: mapped apart from the heap");
            assert!(count * size >= bytes.min(MOST), "{bytes}: {count} blocks of {size}");
            assert!(count * size < bytes.min(MOST) + size, "{bytes}: a block more than needed");
        }
        assert_eq!(blocks(0), (0, BLOCK), "nothing to build, no room taken");
    }

    #[test]
    fn a_load_is_shared_among_its_workers() {
        assert_eq!(room(17 << 20, 2), 17 << 20);
        assert_eq!(room(17 << 20, 0), 34 << 20, "no workers counted: one");
        assert_eq!(blocks(room(usize::MAX, 1)).0, MOST / BLOCK + 1, "however large the file");
    }
}
