//! How the event loop hears from the loading thread and from the reader without looking on a clock: each
//! sends on a channel of its own and wakes the loop's thread, which sleeps until one of them has something
//! for it or a frame is due. The reader's keys have their own channel so that they never wait in line behind
//! districts; the loop looks at them first.

use std::io;
use std::sync::{PoisonError, mpsc};
use std::thread::Thread;
use std::time::Duration;

use crossterm::event::{self, Event};

/// The sending side of a channel to the event loop: each message wakes the loop's thread, and so does the
/// sender's end (a loading thread that ended without a word is noticed at once).
pub struct Post<T> {
    /// `None` only while the post is dropped: the channel closes before the wake, so that the woken loop sees
    /// it closed.
    tx: Option<mpsc::Sender<T>>,
    to: Thread,
}

impl<T> Post<T> {
    /// A channel whose messages wake the thread that makes it.
    pub fn to_this_thread() -> (Post<T>, mpsc::Receiver<T>) {
        let (tx, rx) = mpsc::channel();
        (Post { tx: Some(tx), to: std::thread::current() }, rx)
    }

    /// Sends `message` and wakes the loop; `false` once the loop no longer listens.
    pub fn send(&self, message: T) -> bool {
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(message).is_ok());
        self.to.unpark();
        sent
    }
}

impl<T> Drop for Post<T> {
    fn drop(&mut self) {
        drop(self.tx.take());
        self.to.unpark();
    }
}

/// Sleeps until a [`Post`] to this thread wakes it or `timeout` has passed. A wake that came while the loop
/// was busy is kept, so none is lost between a look at the channels and this sleep; the loop may also wake
/// for nothing, and looks at its channels again either way.
pub fn sleep(timeout: Duration) {
    std::thread::park_timeout(timeout);
}

/// Reads the terminal's events on a thread of their own for the rest of the run, and posts each to the
/// calling thread. A read that fails is posted and ends the thread.
pub fn read_events() -> mpsc::Receiver<io::Result<Event>> {
    let (post, events) = Post::to_this_thread();
    std::thread::spawn(move || {
        // The terminal's size once crossterm watches for resizes (its first look sets the watch up), as a
        // resize: one made between the size the browser started with and that watch is not lost.
        if event::poll(std::time::Duration::ZERO).is_ok()
            && let Ok((width, height)) = crossterm::terminal::size()
            && !post.send(Ok(Event::Resize(width, height)))
        {
            return;
        }
        loop {
            let event = event::read();
            let failed = event.is_err();
            if !post.send(event) || failed {
                return;
            }
        }
    });
    events
}

/// The next event that has come, if any. A reading thread gone without a word (it could only have
/// panicked) ends the run as a terminal that failed, with the panic's message.
pub fn next_event(events: &mpsc::Receiver<io::Result<Event>>) -> io::Result<Option<Event>> {
    match events.try_recv() {
        Ok(event) => event.map(Some),
        Err(mpsc::TryRecvError::Empty) => Ok(None),
        Err(mpsc::TryRecvError::Disconnected) => Err(stopped()),
    }
}

/// The next event, waiting for it.
pub fn wait_event(events: &mpsc::Receiver<io::Result<Event>>) -> io::Result<Event> {
    events.recv().map_err(|_| stopped())?
}

fn stopped() -> io::Error {
    let why = super::BACKGROUND_PANIC.lock().unwrap_or_else(PoisonError::into_inner).take();
    let message = match why {
        Some(why) => {
            format!("the terminal's events stopped arriving: the thread reading them {}", why.replace('\n', " "))
        }
        None => "the terminal's events stopped arriving".to_string(),
    };
    io::Error::new(io::ErrorKind::BrokenPipe, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// Longer than any wake takes: a sleep that lasts this long was not woken.
    const NEVER: Duration = Duration::from_secs(30);

    /// Sleeps until `rx` has a message, and says whether a wake (not the timeout) ended each sleep.
    fn woken_for<T>(rx: &mpsc::Receiver<T>) -> (Option<T>, bool) {
        let asleep = Instant::now();
        loop {
            sleep(NEVER);
            match rx.try_recv() {
                Ok(message) => return (Some(message), asleep.elapsed() < NEVER),
                Err(mpsc::TryRecvError::Disconnected) => return (None, asleep.elapsed() < NEVER),
                // Woken for something else (a thread may be woken for nothing): sleep again.
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
    }

    #[test]
    fn a_message_posted_before_the_sleep_is_not_lost() {
        let (post, rx) = Post::to_this_thread();
        assert!(post.send(7));
        assert_eq!(woken_for(&rx), (Some(7), true));
    }

    /// Long enough for the receiving thread to be asleep, most times, when the other thread acts.
    const A_MOMENT: Duration = Duration::from_millis(5);

    #[test]
    fn a_message_from_another_thread_wakes_the_sleeper() {
        for _ in 0..20 {
            let (post, rx) = Post::to_this_thread();
            // The sender keeps its side until it is joined, so that the wake is the message's and not the end's.
            let sender = std::thread::spawn(move || {
                std::thread::sleep(A_MOMENT);
                assert!(post.send("batch"));
                post
            });
            assert_eq!(woken_for(&rx), (Some("batch"), true));
            drop(sender.join());
        }
    }

    #[test]
    fn a_sender_that_ends_wakes_the_sleeper_and_is_seen_gone() {
        for _ in 0..20 {
            let (post, rx) = Post::<u8>::to_this_thread();
            let sender = std::thread::spawn(move || {
                std::thread::sleep(A_MOMENT);
                drop(post);
            });
            // Woken by the end itself, the channel is seen closed: a wake before it closed would leave the
            // sleeper asleep until its timeout.
            assert_eq!(woken_for(&rx), (None, true));
            sender.join().expect("joined");
        }
    }

    #[test]
    fn a_send_to_a_loop_that_stopped_listening_says_so() {
        let (post, rx) = Post::to_this_thread();
        drop(rx);
        assert!(!post.send(1));
    }

    #[test]
    fn a_reader_gone_without_a_word_is_an_error_and_an_empty_channel_is_nothing_yet() {
        let (post, events) = Post::<io::Result<Event>>::to_this_thread();
        assert!(next_event(&events).expect("nothing yet").is_none());
        assert!(post.send(Ok(Event::FocusGained)));
        assert_eq!(next_event(&events).expect("an event"), Some(Event::FocusGained));
        drop(post);
        assert_eq!(next_event(&events).expect_err("gone").kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(wait_event(&events).expect_err("gone").kind(), io::ErrorKind::BrokenPipe);
    }
}
