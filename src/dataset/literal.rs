//! The built-in dataset and its glossary as data of the binary itself: `build.rs` parses their YAML once and
//! writes it out as a tree of [`Lit`] values in Rust source, which is compiled in. Reading it at start-up is
//! serde walking that tree: strings are taken where they lie, already known to be UTF-8, and a struct's
//! fields are matched by name as in the YAML. From MessagePack (the form before) every string was checked
//! as UTF-8 again and every length and marker decoded, about a fifth of the browser's first frame.
//!
//! The tree keeps the YAML's shape (maps with named keys, sequences, scalars), so the schema's own
//! `Deserialize` reads it as it reads the YAML, defaults and `deny_unknown_fields` alike: an option is a null
//! or a value, a newtype struct its one value, an enum's variant a string (`A`) or a mapping of one entry
//! (`{B: 3}`), as serde_yaml and MessagePack take them.

use serde::de::value::{Error, MapAccessDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{Deserializer, IntoDeserializer, Visitor};

/// A YAML value, as `build.rs` writes it.
#[derive(Debug, PartialEq)]
pub enum Lit {
    Null,
    Bool(bool),
    U(u64),
    I(i64),
    F(f64),
    Str(&'static str),
    Seq(&'static [Lit]),
    /// A mapping's entries in the file's order; every key of the built-in files is a string.
    Map(&'static [(&'static str, Lit)]),
}

/// The built-in dataset (`assets/districts.yaml`).
pub static DISTRICTS: Lit = include!(concat!(env!("OUT_DIR"), "/districts.rs"));
/// Its glossary (`assets/districts.glossary.yaml`).
pub static GLOSSARY: Lit = include!(concat!(env!("OUT_DIR"), "/glossary.rs"));

impl<'de> Deserializer<'de> for &'static Lit {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match *self {
            Lit::Null => visitor.visit_unit(),
            Lit::Bool(b) => visitor.visit_bool(b),
            Lit::U(n) => visitor.visit_u64(n),
            Lit::I(n) => visitor.visit_i64(n),
            Lit::F(n) => visitor.visit_f64(n),
            Lit::Str(s) => visitor.visit_borrowed_str(s),
            Lit::Seq(items) => {
                let mut seq = SeqDeserializer::new(items.iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Lit::Map(entries) => {
                let mut map = MapDeserializer::new(entries.iter().map(|(key, value)| (*key, value)));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    /// A null is an absent value, anything else one that is there (as YAML reads them).
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Lit::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A variant without data is its name; one with data a mapping of its name to the data.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Lit::Str(name) => visitor.visit_enum(name.into_deserializer()),
            Lit::Map(entries) if entries.len() == 1 => visitor.visit_enum(MapAccessDeserializer::new(
                MapDeserializer::new(entries.iter().map(|(key, value)| (*key, value))),
            )),
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit unit_struct
        seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl IntoDeserializer<'_, Error> for &'static Lit {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Shape {
        name: String,
        #[serde(default)]
        count: u16,
        more: Option<i32>,
        items: Vec<f64>,
        on: bool,
    }

    static GIVEN: Lit = Lit::Map(&[
        ("name", Lit::Str("东城")),
        ("more", Lit::I(-3)),
        ("items", Lit::Seq(&[Lit::F(0.5), Lit::U(2)])),
        ("on", Lit::Bool(true)),
    ]);

    #[test]
    fn a_struct_is_read_by_its_fields_names_with_defaults_and_options() {
        let shape = Shape::deserialize(&GIVEN).expect("reads");
        assert_eq!(shape, Shape { name: "东城".into(), count: 0, more: Some(-3), items: vec![0.5, 2.0], on: true });
        static NONE: Lit = Lit::Map(&[
            ("name", Lit::Str("")),
            ("more", Lit::Null),
            ("items", Lit::Seq(&[])),
            ("on", Lit::Bool(false)),
        ]);
        assert_eq!(Shape::deserialize(&NONE).expect("reads").more, None);
    }

    #[test]
    fn what_does_not_fit_the_shape_is_an_error() {
        static UNKNOWN: Lit = Lit::Map(&[("name", Lit::Str("x")), ("nmae", Lit::Str("y"))]);
        let error = Shape::deserialize(&UNKNOWN).expect_err("an unknown field");
        assert!(error.to_string().contains("nmae"), "{error}");
        static WRONG: Lit = Lit::Map(&[("name", Lit::U(3))]);
        assert!(Shape::deserialize(&WRONG).is_err());
        static TOO_LARGE: Lit = Lit::Map(&[("name", Lit::Str("x")), ("count", Lit::U(70_000))]);
        assert!(Shape::deserialize(&TOO_LARGE).is_err());
        // A sequence longer than a tuple wants is refused, not cut.
        static LONG: Lit = Lit::Seq(&[Lit::U(1), Lit::U(2), Lit::U(3)]);
        assert!(<(u8, u8)>::deserialize(&LONG).is_err());
    }

    #[derive(Debug, Deserialize, PartialEq)]
    enum Kind {
        A,
        B(u8),
        C { n: u8 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Year(u16);

    #[test]
    fn enums_and_newtype_structs_read_as_serde_yaml_reads_them() {
        static KINDS: Lit = Lit::Seq(&[
            Lit::Str("A"),
            Lit::Map(&[("B", Lit::U(3))]),
            Lit::Map(&[("C", Lit::Map(&[("n", Lit::U(4))]))]),
        ]);
        assert_eq!(Vec::<Kind>::deserialize(&KINDS).expect("reads"), [Kind::A, Kind::B(3), Kind::C { n: 4 }]);
        static UNKNOWN: Lit = Lit::Str("D");
        assert!(Kind::deserialize(&UNKNOWN).is_err());
        static TWO: Lit = Lit::Map(&[("B", Lit::U(3)), ("A", Lit::Null)]);
        assert!(Kind::deserialize(&TWO).is_err(), "a variant is one entry");
        static YEAR: Lit = Lit::U(2020);
        assert_eq!(Year::deserialize(&YEAR).expect("reads"), Year(2020));
    }

    #[test]
    fn the_built_in_files_are_compiled_in_whole() {
        let Lit::Map(districts) = &DISTRICTS else { panic!("a mapping") };
        assert!(districts.iter().any(|(key, _)| *key == "districts"));
        let Lit::Map(glossary) = &GLOSSARY else { panic!("a mapping") };
        assert!(glossary.iter().any(|(key, _)| *key == "terms"));
    }
}
