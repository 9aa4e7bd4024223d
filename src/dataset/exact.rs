//! Sequences deserialised into vectors of exactly their length.
//!
//! serde collects a sequence of unknown length (every sequence serde_yaml reads) by pushing, and a vector
//! that receives one element keeps room for four. For a highlight's single figure that is 384 bytes where
//! 96 are used; over 80,000 highlights the slack came to 28 MB, as much as the dataset itself. Shrinking
//! afterwards costs a reallocation per vector and fragments the heap (a large load got 25 % slower), so the
//! first few elements are gathered on the stack and the vector is allocated once, at its size.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

/// Elements gathered before allocating; longer sequences grow as usual and are shrunk once at the end.
const ON_STACK: usize = 4;

/// For `#[serde(deserialize_with = "exact::vec")]`.
pub fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(Exact(PhantomData))
}

struct Exact<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Exact<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut first: [Option<T>; ON_STACK] = Default::default();
        let mut n = 0;
        while n < ON_STACK {
            match seq.next_element()? {
                Some(item) => first[n] = Some(item),
                None => break,
            }
            n += 1;
        }
        let more = if n == ON_STACK { seq.next_element()? } else { None };
        let mut out = Vec::with_capacity(n + usize::from(more.is_some()));
        out.extend(first.into_iter().flatten());
        if let Some(item) = more {
            out.push(item);
            while let Some(item) = seq.next_element()? {
                out.push(item);
            }
            out.shrink_to_fit();
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Holder {
        #[serde(deserialize_with = "super::vec")]
        items: Vec<u32>,
    }

    #[test]
    fn every_length_is_read_whole_and_allocated_exactly() {
        for n in [0usize, 1, 3, 4, 5, 9] {
            let list: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            let yaml = format!("items: [{}]", list.join(", "));
            let holder: Holder = serde_yaml::from_str(&yaml).expect("parses");
            assert_eq!(holder.items, (0..n as u32).collect::<Vec<_>>(), "{n}");
            assert_eq!(holder.items.capacity(), n, "{n}");
        }
    }

    #[test]
    fn a_wrong_element_is_still_an_error() {
        assert!(serde_yaml::from_str::<Holder>("items: [1, x]").is_err());
        assert!(serde_yaml::from_str::<Holder>("items: 7").is_err());
    }
}
