//! The lines of a large file, found with the memchr crate's vector search. The standard library's search
//! for a line's end (behind `read_until` and `split_inclusive`) looks at a word at a time, and each line of
//! a file cut into batches is looked through three times: as it is read, as its batch is read, as its
//! district's own keys are read.

use std::io::{BufRead, ErrorKind};

/// The lines of `text`, each with its `\n` (the last without one when the text does not end with it), as
/// `text.split_inclusive('\n')` gives them.
pub fn of(text: &str) -> Lines<'_> {
    Lines { rest: text }
}

#[derive(Clone)]
pub struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        // After a `\n` is always a character's boundary.
        let end = memchr::memchr(b'\n', self.rest.as_bytes()).map_or(self.rest.len(), |i| i + 1);
        let (line, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(line)
    }
}

/// How many spaces a line begins with.
pub fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Hands each line of `input` (with its `\n`, as `read_until` gives it) to `take`, until the input ends or
/// `take` returns `None`. A line that lies whole in the reader's buffer is handed from there, one copy fewer
/// than `read_until` makes. `None` when the input could not be read or `take` stopped.
pub fn read(mut input: impl BufRead, mut take: impl FnMut(&[u8]) -> Option<()>) -> Option<()> {
    // The start of a line that began in an earlier fill of the buffer.
    let mut carried: Vec<u8> = Vec::new();
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        let filled = buffer.len();
        if filled == 0 {
            return if carried.is_empty() { Some(()) } else { take(&carried) };
        }
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', buffer) {
            if carried.is_empty() {
                take(&buffer[start..=end])?;
            } else {
                carried.extend_from_slice(&buffer[start..=end]);
                take(&carried)?;
                carried.clear();
            }
            start = end + 1;
        }
        carried.extend_from_slice(&buffer[start..]);
        input.consume(filled);
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufReader, Read};

    use proptest::prelude::*;

    use super::*;

    /// A reader that gives at most `step` bytes a time and is interrupted before each, as a pipe may be.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
        interrupt: bool,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            self.interrupt = !self.interrupt;
            if self.interrupt {
                return Err(ErrorKind::Interrupted.into());
            }
            let n = self.step.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn read_all(text: &str, step: usize, capacity: usize) -> Vec<String> {
        let input = BufReader::with_capacity(capacity, Trickle { bytes: text.as_bytes(), step, interrupt: false });
        let mut lines = Vec::new();
        read(input, |line| {
            lines.push(String::from_utf8(line.to_vec()).expect("whole lines"));
            Some(())
        })
        .expect("read to the end");
        lines
    }

    #[test]
    fn a_stop_or_a_failure_is_said() {
        assert_eq!(read("a\nb\n".as_bytes(), |line| (line != b"b\n").then_some(())), None);
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(ErrorKind::Other.into())
            }
        }
        assert_eq!(read(BufReader::new(Broken), |_| Some(())), None);
    }

    proptest! {
        /// The lines are those of `split_inclusive` and `read_until`, however the input arrives.
        #[test]
        fn the_lines_are_the_standard_librarys(
            parts in proptest::collection::vec(proptest::sample::select(&["a", "中文", "\n", "\r\n", "", "长一点的一行"][..]), 0..40),
            step in 1..9usize,
            capacity in 1..16usize,
        ) {
            let text = parts.concat();
            let expected: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
            prop_assert_eq!(of(&text).map(str::to_string).collect::<Vec<_>>(), expected.clone());
            prop_assert_eq!(read_all(&text, step, capacity), expected);
        }
    }
}
