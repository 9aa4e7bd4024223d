//! The editions a reader asks for: `--data` given once or more, each a dataset file, a folder of them, or
//! `builtin` for the dataset in the binary. With none, the built-in edition alone.

use std::path::{Path, PathBuf};

use super::cache::Cache;
use super::editions::ThemeConflict;
use super::error::LoadError;
use super::progress::Progress;
use super::sanitize::{Field, sanitize};
use super::schema::Dataset;
use super::stream::{Arrival, Receive};

/// The word that names the built-in edition among `--data`'s files.
pub const BUILTIN: &str = "builtin";

/// The files `paths` name, folders opened: each `*.yaml` or `*.yml` of a folder that is not a glossary, in
/// name order. `None` stands for the built-in edition.
pub fn files(paths: &[PathBuf]) -> Result<Vec<Option<PathBuf>>, LoadError> {
    let mut out = Vec::new();
    for path in paths {
        if path == Path::new(BUILTIN) {
            out.push(None);
            continue;
        }
        if !path.is_dir() {
            out.push(Some(path.clone()));
            continue;
        }
        let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
        let entries = std::fs::read_dir(path).map_err(|error| LoadError::Read { origin: origin.clone(), error })?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                (name.ends_with(".yaml") || name.ends_with(".yml")) && !name.contains(".glossary.") && p.is_file()
            })
            .collect();
        if found.is_empty() {
            return Err(LoadError::NoDatasets { origin });
        }
        found.sort();
        out.extend(found.into_iter().map(Some));
    }
    if out.is_empty() {
        out.push(None);
    }
    Ok(out)
}

/// Reads every edition `paths` name (through `cache`) and puts them together; what two of them name
/// differently is returned to be told.
pub fn load(paths: &[PathBuf], progress: &Progress, cache: &Cache) -> Result<(Dataset, Vec<ThemeConflict>), LoadError> {
    let editions = files(paths)?.into_iter().map(|file| read(file, progress, cache)).collect::<Result<_, _>>()?;
    Dataset::together(editions)
}

/// [`load`], handing on what is read as it is read: a single file batch by batch (see
/// [`Dataset::stream_path`]); several editions each as it joins the others (the editions read so far, put
/// together). Returns what two editions name differently, to be told.
pub fn stream(
    paths: &[PathBuf],
    progress: &Progress,
    cache: &Cache,
    arrive: &mut dyn Receive,
) -> Result<Vec<ThemeConflict>, LoadError> {
    let files = files(paths)?;
    if let [Some(path)] = files.as_slice() {
        Dataset::stream_path(path, progress, cache, arrive)?;
        return Ok(Vec::new());
    }
    let mut editions = Vec::with_capacity(files.len());
    let last = files.len() - 1;
    for (i, file) in files.into_iter().enumerate() {
        let streamed = i == 0 && file.is_some();
        let edition = match file {
            // The first file arrives as a single one does, batch by batch; a copy is kept to put the others
            // with (the browser holds the batches themselves).
            Some(path) if i == 0 => {
                let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
                let mut copying = Copying { copy: None, arrive: &mut *arrive };
                Dataset::stream_path(&path, progress, cache, &mut copying)?;
                // Whatever loads has arrived at least once.
                let Some(copy) = copying.copy else { return Err(LoadError::Empty { origin }) };
                (origin, copy)
            }
            file => read(file, progress, cache)?,
        };
        editions.push(edition);
        // Each edition but the last joins those before as soon as it is read (a copy: the last one read
        // takes them all); the first file has arrived by itself.
        if i < last && !streamed {
            // Two of one year are said at once, not after the others are read.
            let (data, _) = Dataset::together(editions.clone())?;
            arrive.arrive(Arrival::Whole(Box::new(data)));
        }
    }
    let (data, conflicts) = Dataset::together(editions)?;
    arrive.arrive(Arrival::Whole(Box::new(data)));
    Ok(conflicts)
}

/// Hands the first of several editions on as it arrives, keeping a copy to put the others with (the browser
/// holds the batches themselves).
struct Copying<'a> {
    copy: Option<Dataset>,
    arrive: &'a mut dyn Receive,
}

impl Receive for Copying<'_> {
    fn arrive(&mut self, arrival: Arrival) {
        match &arrival {
            Arrival::Begun { data, .. } | Arrival::Whole(data) => self.copy = Some((**data).clone()),
            Arrival::More { districts, .. } => {
                if let Some(copy) = self.copy.as_mut() {
                    copy.districts.extend(districts.iter().cloned());
                }
            }
            Arrival::Rereading => {}
        }
        self.arrive.arrive(arrival);
    }

    fn wants_annex(&self) -> bool {
        self.arrive.wants_annex()
    }

    fn write_later(&mut self, fill: super::cache::Fill) {
        self.arrive.write_later(fill);
    }
}

fn read(file: Option<PathBuf>, progress: &Progress, cache: &Cache) -> Result<(String, Dataset), LoadError> {
    Ok(match file {
        Some(path) => {
            let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
            (origin, Dataset::from_path_cached(&path, progress, cache)?)
        }
        None => (super::EMBEDDED_ORIGIN.to_string(), Dataset::embedded()?),
    })
}

/// How the editions are named on the loading screen: the files, or nothing for the built-in one alone.
pub fn origin(paths: &[PathBuf]) -> String {
    let names: Vec<String> =
        paths.iter().map(|p| sanitize(&p.display().to_string(), Field::Line).into_owned()).collect();
    match names.as_slice() {
        [only] if only == BUILTIN => String::new(),
        _ => names.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_datasets_in_name_order_and_builtin_the_binarys() {
        let dir = tempfile::tempdir().expect("a folder");
        for name in ["b.yaml", "a.yml", "a.glossary.yaml", "notes.txt"] {
            std::fs::write(dir.path().join(name), "").expect("written");
        }
        let got = files(&[PathBuf::from(BUILTIN), dir.path().to_path_buf()]).expect("listed");
        assert_eq!(got, [None, Some(dir.path().join("a.yml")), Some(dir.path().join("b.yaml"))]);
        assert_eq!(files(&[]).expect("none"), [None], "the built-in edition when none is asked for");
        let empty = tempfile::tempdir().expect("a folder");
        assert!(matches!(files(&[empty.path().to_path_buf()]), Err(LoadError::NoDatasets { .. })));
    }

    #[test]
    fn the_built_in_edition_twice_is_one_year_twice() {
        let none = Cache::default();
        let twice = load(&[PathBuf::from(BUILTIN), PathBuf::from(BUILTIN)], &Progress::default(), &none);
        assert!(matches!(twice, Err(LoadError::SameYear { year: 2020, .. })));
        let (data, conflicts) = load(&[PathBuf::from(BUILTIN)], &Progress::default(), &none).expect("loads");
        assert!(!data.several() && conflicts.is_empty());
    }
}
