//! The districts that arrive while the browser is open: taken in between the reader's keys, a few held for
//! more to join them, so that the lists and the filter are brought up to date once for many.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{Ended, loader_died};
use crate::app::loading::{Batch, Load};
use crate::dataset::Arrival;
use crate::lang::Lang;
use crate::pages::{Browser, receive};

/// Takes in what the loading thread has sent since the last time, for a frame's time at most (the reader's
/// keys come between); `arriving` becomes `None` once it is done. Batches that wait together are taken in at
/// once: the lists and the filter are brought up to date once for all of them. Says whether more is waiting.
pub(super) fn take_arrivals(browser: &mut Browser, arriving: &mut Option<Arrivals>, lang: Lang) -> bool {
    let Some(Arrivals { rx, held }) = arriving.as_mut() else { return false };
    let started = Instant::now();
    let (mut batch, since) = match held.take() {
        Some((batch, since)) => (Some(batch), since),
        None => (None, started),
    };
    let finish = |browser: &mut Browser, batch: &mut Option<Batch>| {
        if let Some(batch) = batch.take() {
            receive(browser, Load::Batch(batch));
        }
    };
    loop {
        if started.elapsed() >= ARRIVAL_BUDGET {
            finish(browser, &mut batch);
            return true;
        }
        let next = match rx.try_recv() {
            // Districts without their index are a batch the browser indexes itself.
            Ok(Load::More(Arrival::More { districts, expected, .. })) => {
                Ok(Load::Batch(Batch { districts, expected, index: Vec::new() }))
            }
            next => next,
        };
        match next {
            Ok(Load::Batch(next)) => match batch.as_mut() {
                Some(waiting) if waiting.districts.len() < ARRIVAL_BATCHED => {
                    waiting.districts.extend(next.districts);
                    waiting.index.extend(next.index);
                    waiting.expected = next.expected;
                }
                _ => {
                    finish(browser, &mut batch);
                    batch = Some(next);
                }
            },
            Ok(load) => {
                finish(browser, &mut batch);
                let last = matches!(load, Load::Done(_) | Load::Stopped(..));
                receive(browser, load);
                if last {
                    *arriving = None;
                    return false;
                }
            }
            Err(mpsc::TryRecvError::Empty) => {
                // A few districts are held for more to join them, a frame's time at most: taken in one by one
                // as they came, their lists remade each time, they left the heap fuller.
                match batch {
                    Some(few) if few.districts.len() < ARRIVAL_BATCHED && since.elapsed() < ARRIVAL_FRAME => {
                        *held = Some((few, since));
                    }
                    _ => finish(browser, &mut batch),
                }
                return false;
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                finish(browser, &mut batch);
                // The loading thread ended without a word: it panicked.
                if let Ended::Failed(message, code) = loader_died(lang) {
                    receive(browser, Load::Stopped(message, code));
                }
                *arriving = None;
                return false;
            }
        }
    }
}

/// Takes in the districts held for more to join them, at once.
pub(super) fn take_held(browser: &mut Browser, arriving: &mut Option<Arrivals>) {
    if let Some((batch, _)) = arriving.as_mut().and_then(|a| a.held.take()) {
        receive(browser, Load::Batch(batch));
    }
}

/// The districts still arriving, and a few that arrived but are held for more to join them (see
/// [`take_arrivals`]), with when the first of them came.
pub(super) struct Arrivals {
    pub(super) rx: mpsc::Receiver<Load>,
    pub(super) held: Option<(Batch, Instant)>,
}

impl Arrivals {
    /// How much longer the districts held for more to join them may wait, if some are held.
    pub(super) fn hold_left(&self) -> Option<Duration> {
        self.held.as_ref().map(|(_, since)| (*since + ARRIVAL_FRAME).saturating_duration_since(Instant::now()))
    }
}

/// How long a few districts that arrived wait for more before they are taken in.
pub(super) const ARRIVAL_FRAME: Duration = Duration::from_millis(16);
/// How long districts are taken in before the reader's keys are read again.
const ARRIVAL_BUDGET: Duration = Duration::from_millis(8);
/// How many districts are gathered to be taken in at once.
const ARRIVAL_BATCHED: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;

    /// A browser open on the first 64 of 320 districts, and the other 256 in batches of 64.
    fn opened() -> (Browser, Vec<Vec<crate::dataset::District>>) {
        let mut data = crate::synthetic::dataset(320);
        let rest: Vec<_> = data.districts.split_off(64).chunks(64).map(<[_]>::to_vec).collect();
        let mut app = App::new(data, Lang::En, 120, 40);
        app.arriving(320);
        (Browser::new(app), rest)
    }

    fn batch(districts: Vec<crate::dataset::District>) -> Load {
        Load::Batch(Batch { districts, expected: 320, index: Vec::new() })
    }

    #[test]
    fn a_few_districts_wait_for_more_and_go_in_before_the_end() {
        let (mut b, rest) = opened();
        let (tx, rx) = mpsc::channel();
        let mut arriving = Some(Arrivals { rx, held: None });
        let mut rest = rest.into_iter();
        tx.send(batch(rest.next().expect("a batch"))).expect("sent");
        assert!(!take_arrivals(&mut b, &mut arriving, Lang::En));
        assert_eq!(b.app.data.districts.len(), 64, "held for more to join");
        tx.send(Load::More(Arrival::More {
            districts: rest.next().expect("a batch"),
            expected: 320,
            annex: Default::default(),
        }))
        .expect("sent");
        tx.send(batch(rest.next().expect("a batch"))).expect("sent");
        take_arrivals(&mut b, &mut arriving, Lang::En);
        assert_eq!(b.app.data.districts.len(), 64, "three batches together are still few");
        take_held(&mut b, &mut arriving);
        assert_eq!(b.app.data.districts.len(), 256, "taken in at once when asked (keys typed while loading)");
        tx.send(batch(rest.next().expect("a batch"))).expect("sent");
        tx.send(Load::Done(Vec::new())).expect("sent");
        assert!(!take_arrivals(&mut b, &mut arriving, Lang::En));
        assert_eq!(b.app.data.districts.len(), 320, "what was held goes in before the end");
        assert!(arriving.is_none() && b.app.loading.is_none());
    }

    #[test]
    fn districts_held_a_frames_time_go_in_without_more() {
        let (mut b, mut rest) = opened();
        let (tx, rx) = mpsc::channel();
        let mut arriving = Some(Arrivals { rx, held: None });
        tx.send(batch(rest.remove(0))).expect("sent");
        take_arrivals(&mut b, &mut arriving, Lang::En);
        assert_eq!(b.app.data.districts.len(), 64);
        std::thread::sleep(ARRIVAL_FRAME);
        take_arrivals(&mut b, &mut arriving, Lang::En);
        assert_eq!(b.app.data.districts.len(), 128, "no longer than a frame");
        drop(tx);
        take_arrivals(&mut b, &mut arriving, Lang::En);
        assert!(arriving.is_none(), "a loader gone without a word ends the arrivals");
    }
}
