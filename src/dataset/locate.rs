//! Finding where a value sits in the YAML source, for error messages.
//!
//! serde_yaml reports positions for syntax and type errors but not for values that parse fine and fail
//! validation later (a duplicate id, an unknown theme). On that error path only, the file is read a second
//! time with yaml-rust2's marked events to map each value's path (`districts[3].highlights[1].themes[0]`) to
//! its line and column. The happy path never pays for this.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Line and column, both counted from 1.
pub type Position = (usize, usize);

/// Maps value paths to their positions in `source`. Returns an empty map if the source does not parse.
pub fn positions(source: &str) -> HashMap<String, Position> {
    let mut walker = Walker::default();
    let mut parser = Parser::new_from_str(source);
    // A failure here only means fewer positions; the message still names the path.
    let _ = parser.load(&mut walker, false);
    walker.found
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

#[derive(Default)]
struct Walker {
    stack: Vec<Frame>,
    found: HashMap<String, Position>,
}

impl Walker {
    /// The path of the value that starts now, or `None` when the event is a mapping key.
    fn value_path(&mut self, event: &Event) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                Some(p)
            }
            Some(Frame::Map { path, key }) => match key.take() {
                Some(k) if path.is_empty() => Some(k),
                Some(k) => Some(format!("{path}.{k}")),
                None => {
                    *key = Some(match event {
                        Event::Scalar(s, ..) => s.clone(),
                        _ => "?".to_string(),
                    });
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for Walker {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Scalar(..) | Event::Alias(..) | Event::MappingStart(..) | Event::SequenceStart(..) => {
                let Some(path) = self.value_path(&event) else {
                    // A complex key (a mapping or sequence used as a key) still needs its frame popped later.
                    match event {
                        Event::MappingStart(..) => self.stack.push(Frame::Map { path: "?".into(), key: None }),
                        Event::SequenceStart(..) => self.stack.push(Frame::Seq { path: "?".into(), next: 0 }),
                        _ => {}
                    }
                    return;
                };
                self.found.entry(path.clone()).or_insert((mark.line(), mark.col() + 1));
                match event {
                    Event::MappingStart(..) => self.stack.push(Frame::Map { path, key: None }),
                    Event::SequenceStart(..) => self.stack.push(Frame::Seq { path, next: 0 }),
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_values_are_found_by_path() {
        let src = "districts:\n  - id: a\n    highlights:\n      - themes: [x, y]\n";
        let map = positions(src);
        assert_eq!(map.get("districts[0].id"), Some(&(2, 9)));
        assert_eq!(map.get("districts[0].highlights[0].themes[1]"), Some(&(4, 21)));
    }

    #[test]
    fn broken_source_gives_what_it_can_without_panicking() {
        let map = positions("a: [1, 2\nb: {");
        assert!(map.len() <= 4);
    }
}
