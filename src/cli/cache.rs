//! `liangdian cache [clear]`: where the cache of dataset files is, how many entries it holds and how much
//! room they take of its limit; `clear` empties it.

use super::{CacheAction, Failure, Format, Out};
use crate::dataset::{CACHE_LIMIT, Cache, Field, sanitize};
use crate::lang::CliMsg;

pub fn run(out: &mut Out, action: Option<CacheAction>, cache: &Cache) -> Result<(), Failure> {
    let lang = out.lang;
    let Some(dir) = &cache.dir else {
        out.plain(&lang.say(CliMsg::CacheOff))?;
        return Ok(());
    };
    let dir = sanitize(&dir.display().to_string(), Field::Line).into_owned();
    if action == Some(CacheAction::Clear) {
        let removed = cache.clear().map_err(|error| Failure::Usage {
            what: lang.say(CliMsg::CacheNotCleared { dir: &dir, reason: &crate::lang::io_reason(&error, lang) }),
            hint: lang.say(CliMsg::CacheNotClearedHint),
        })?;
        out.plain(&lang.say(CliMsg::CacheCleared { dir: &dir, entries: removed }))?;
        return Ok(());
    }
    let entries = cache.entries();
    let bytes: u64 = entries.iter().map(|e| e.bytes).sum();
    match out.format {
        Format::Json => out.json(&serde_json::json!({
            "dir": dir,
            "entries": entries.len(),
            "bytes": bytes,
            "limit": CACHE_LIMIT,
        }))?,
        _ => {
            out.plain(&lang.say(CliMsg::CacheSummary { dir: &dir, entries: entries.len(), bytes, limit: CACHE_LIMIT }))?
        }
    }
    Ok(())
}
