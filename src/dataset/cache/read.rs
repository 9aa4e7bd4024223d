//! An entry's bytes read back: its header and payload checked, its head and batches decoded and sanitised.

use super::super::schema::{Dataset, District};
use super::{MAGIC, VERSION};
use xxhash_rust::xxh3::xxh3_64;

/// The dataset in an entry's bytes, or `None` when anything about them is not as a `Writer` wrote them:
/// the magic, the version, the content's key, the payload's length and checksum, then the payload (the head
/// as MessagePack with field names, then for each batch two values: its districts in columns, and what was
/// kept beside them; each value after its length and its own checksum).
pub(super) fn decode(bytes: &[u8], key: u128) -> Option<Dataset> {
    let payload = payload_of(bytes, key)?;
    let mut values = Values(payload);
    let mut data = head_of_entry(values.next()?)?;
    let mut batches = Vec::new();
    while !values.0.is_empty() {
        // Each batch's districts in columns, then what was kept beside them (not needed here).
        batches.push(values.next()?);
        values.next()?;
    }
    // The batches are decoded on every core, each run of them on its own thread, and put back in order.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(batches.len().max(1));
    let per_thread = batches.len().div_ceil(threads).max(1);
    let decoded: Vec<Option<Vec<District>>> = std::thread::scope(|scope| {
        let runs: Vec<_> = batches
            .chunks(per_thread)
            .map(|run| {
                scope.spawn(move || {
                    super::super::heaps::make_room(bytes.len(), threads);
                    let mut districts = Vec::new();
                    for batch in run {
                        districts.extend(decode_batch(batch)?);
                    }
                    Some(districts)
                })
            })
            .collect();
        runs.into_iter().map(|run| run.join().ok().flatten()).collect()
    });
    data.districts.reserve_exact(decoded.iter().flatten().map(Vec::len).sum());
    for run in decoded {
        data.districts.extend(run?);
    }
    Some(data)
}

/// An entry's head, sanitised: everything of the dataset but its districts, which a `Writer` writes in
/// batches after it (a head that holds districts is not one it wrote, and is not read).
pub(super) fn head_of_entry(value: &[u8]) -> Option<Dataset> {
    let mut head: Dataset = rmp_serde::from_slice(value).ok()?;
    // Written from sanitised data; sanitised again in case it was planted (see `decode_batch`).
    super::super::sanitize::sanitize_head(&mut head);
    head.districts.is_empty().then_some(head)
}

/// The districts of a batch in columns, sanitised. An entry is written from sanitised data, but one planted
/// in the cache with a right checksum could carry escape sequences: what is read is made harmless again, as a
/// file's text is. One look over the block that holds every string of the batch says whether any needs care;
/// only then is each string looked at (looking at each of a large file's 600,000 strings cost a tenth of a
/// load from the cache).
pub(super) fn decode_batch(columns: &[u8]) -> Option<Vec<District>> {
    let (mut districts, block) = super::super::columns::decode_with_block(columns)?;
    if super::super::sanitize::any_byte_needs_care(block.as_bytes()) {
        districts.iter_mut().for_each(super::super::sanitize::sanitize_district);
    }
    Some(districts)
}

/// An entry's payload, once its magic, version, key, length and checksum are what a `Writer` wrote.
fn payload_of(bytes: &[u8], key: u128) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let rest = rest.strip_prefix(VERSION.as_bytes())?.strip_prefix(b"\n")?;
    let (stored_key, rest) = rest.split_first_chunk::<16>()?;
    let (len, rest) = rest.split_first_chunk::<8>()?;
    let (sum, payload) = rest.split_first_chunk::<8>()?;
    let whole = u128::from_le_bytes(*stored_key) == key
        && u64::from_le_bytes(*len) == payload.len() as u64
        && u64::from_le_bytes(*sum) == xxh3_64(payload);
    whole.then_some(payload)
}

/// The values of a payload, each after its length and its own checksum (the payload's was checked whole).
struct Values<'a>(&'a [u8]);

impl<'a> Values<'a> {
    fn next(&mut self) -> Option<&'a [u8]> {
        let (len, rest) = self.0.split_first_chunk::<8>()?;
        let (_, rest) = rest.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        let value = rest.get(..len)?;
        self.0 = &rest[len..];
        Some(value)
    }
}
