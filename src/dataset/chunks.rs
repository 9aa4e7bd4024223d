//! Parsing a large dataset in pieces, on every core.
//!
//! serde_yaml reads a whole document into a list of events before it builds anything, so a 20 MB file
//! costs a few hundred megabytes of events, and it parses on one core. A dataset in the usual shape (block
//! style, `districts:` the last top-level key, one `- ` item per district, no aliases) can be cut at its
//! district items: the head (source, themes …) and batches of districts are parsed separately, the batches
//! on as many threads as there are cores, and only one batch's events exist per thread at a time.
//!
//! This is only a faster road to the same place: whenever a piece fails the scan for hostile shapes, uses
//! an alias or fails to parse, the whole document is scanned and parsed the ordinary way, so every error
//! (and its line and column) is exactly what it would have been.

use std::ops::Range;
use std::sync::atomic::Ordering;

use super::limits;
use super::progress::Progress;
use super::sanitize::sanitize_district;
use super::schema::{Dataset, District};

/// Below this size one thread and one parse are quicker than cutting.
pub const MIN_BYTES: usize = 1 << 20;
/// Districts per parse: small enough to keep the event list small, large enough to amortise each call.
const BATCH: usize = 256;

/// Where the head ends and each district item starts.
#[derive(Debug, PartialEq, Eq)]
struct Plan {
    /// The text before the `districts:` line.
    head: Range<usize>,
    /// Byte ranges of the district items, in order.
    items: Vec<Range<usize>>,
}

/// Parses `text` in pieces when its shape allows, sanitising each district on the thread that parsed it
/// (the head is left to the caller); `None` means "parse it whole" (a piece failed, or the shape is not the
/// usual one).
pub fn parse(text: &str, progress: &Progress) -> Option<Dataset> {
    let plan = plan(text)?;
    progress.total.store(plan.items.len(), Ordering::Relaxed);
    let mut head_text = String::with_capacity(plan.head.len() + 16);
    head_text.push_str(&text[plan.head.clone()]);
    head_text.push_str("districts: []\n");
    // Each piece must pass the scan for hostile shapes and use no alias (which could point at another
    // piece); otherwise the whole document goes through the ordinary road.
    let plain = |piece: &str| matches!(limits::check(piece), Ok(false));
    if !plain(&head_text) {
        return None;
    }
    let mut data: Dataset = serde_yaml::from_str(&head_text).ok()?;
    let batches: Vec<Range<usize>> =
        plan.items.chunks(BATCH).filter_map(|c| Some(c.first()?.start..c.last()?.end)).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, batches.len().max(1));
    let per_thread = batches.len().div_ceil(threads);
    let parsed: Vec<Option<Vec<District>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = batches
            .chunks(per_thread.max(1))
            .map(|mine| {
                scope.spawn(move || {
                    let mut out = Vec::new();
                    for range in mine {
                        if !plain(&text[range.clone()]) {
                            return None;
                        }
                        let mut batch = serde_yaml::from_str::<Vec<District>>(&text[range.clone()]).ok()?;
                        batch.iter_mut().for_each(sanitize_district);
                        progress.done.fetch_add(batch.len(), Ordering::Relaxed);
                        out.extend(batch);
                    }
                    Some(out)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().ok().flatten()).collect()
    });
    let mut districts = Vec::with_capacity(plan.items.len());
    for part in parsed {
        districts.extend(part?);
    }
    // Every item must have become exactly one district, or the cut was wrong.
    (districts.len() == plan.items.len()).then(|| {
        data.districts = districts;
        data
    })
}

/// Finds the `districts:` key at the top level and the start of each of its `- ` items. Refuses (returns
/// `None`) anything unusual: another top-level key after the districts, a second document, flow style.
fn plan(text: &str) -> Option<Plan> {
    let mut offset = 0;
    let mut head_end = None;
    let mut item_indent = None;
    let mut items: Vec<Range<usize>> = Vec::new();
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.starts_with("---") || content.starts_with("...") {
            return None;
        }
        let Some(_) = head_end else {
            let key = content.split('#').next().unwrap_or("").trim_end();
            if key == "districts:" {
                head_end = Some(start);
            }
            continue;
        };
        let trimmed = content.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = content.len() - trimmed.len();
        let is_item = trimmed.starts_with("- ") || trimmed == "-";
        match item_indent {
            None if is_item => item_indent = Some(indent),
            None => return None,
            Some(i) if indent < i => return None, // another top-level key: not the usual shape
            Some(i) if indent == i && is_item => {}
            Some(i) if indent == i => return None,
            Some(_) => continue,
        }
        if let Some(last) = items.last_mut() {
            last.end = start;
        }
        items.push(start..start);
    }
    if let Some(last) = items.last_mut() {
        last.end = text.len();
    }
    Some(Plan { head: 0..head_end?, items }).filter(|p| !p.items.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_shape_is_cut_at_each_district() {
        let text = "source: {title: T}\ndistricts:\n  - id: a\n    name: 甲\n\n  - id: b # the second\n    name: 乙\n";
        let plan = plan(text).expect("usual shape");
        assert_eq!(&text[plan.head.clone()], "source: {title: T}\n");
        let items: Vec<&str> = plan.items.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(items, ["  - id: a\n    name: 甲\n\n", "  - id: b # the second\n    name: 乙\n"]);
    }

    #[test]
    fn unusual_shapes_are_parsed_whole() {
        for text in [
            "districts: [{id: a}]\n",
            "districts:\n  - id: a\nthemes: []\n",
            "districts:\n  - id: a\n---\ndistricts: []\n",
            "source: x\n",
        ] {
            assert_eq!(plan(text), None, "{text}");
        }
    }

    #[test]
    fn pieces_give_exactly_what_the_whole_gives() {
        for n in [1, 300, 1000] {
            let text = crate::synthetic::yaml(n);
            let mut whole: Dataset = serde_yaml::from_str(&text).expect("whole");
            whole.districts.iter_mut().for_each(sanitize_district);
            assert_eq!(parse(&text, &Progress::default()), Some(whole), "{n} districts");
        }
        let shipped = super::super::EMBEDDED_YAML;
        assert_eq!(parse(shipped, &Progress::default()), Some(serde_yaml::from_str(shipped).expect("whole")));
    }

    #[test]
    fn a_broken_piece_sends_the_document_to_the_whole_parse() {
        let mut text = crate::synthetic::yaml(300);
        text.push_str("  - id: broken\n    name: [unclosed\n");
        assert_eq!(parse(&text, &Progress::default()), None);
    }
}
