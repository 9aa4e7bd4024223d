//! Several editions read together: the built-in 2020 edition and a fictional 2021 one written for these
//! tests (`tests/fixtures/editions/2021.yaml`, marked fictional in its source). The browser lists each
//! district once with its years and steps between them; the comparison, the matrix, the search and the
//! bookmarks work across them.

mod common;

use common::*;
use liangdian::app::{Action, App};
use liangdian::bookmarks::{Bookmark, Place};
use liangdian::dataset::{Dataset, EMBEDDED_ORIGIN, Figures};
use liangdian::lang::Lang;
use liangdian::pages::{Browser, update};

const FICTIONAL: &str = "tests/fixtures/editions/2021.yaml";

fn editions() -> Dataset {
    let builtin = (EMBEDDED_ORIGIN.to_string(), Dataset::embedded().expect("the built-in edition"));
    let fictional = (FICTIONAL.to_string(), Dataset::from_path(FICTIONAL.as_ref()).expect("the fictional edition"));
    let (data, conflicts) = Dataset::together(vec![builtin, fictional]).expect("two years");
    assert!(conflicts.is_empty(), "the fixture names its themes as the built-in edition does");
    data
}

fn browser(width: u16, height: u16) -> Browser {
    Browser::new(App::new(editions(), Lang::En, width, height))
}

fn selected(b: &Browser) -> String {
    b.app.selected().map(|d| b.app.data.districts[d].called(Lang::Zh)).unwrap_or_default()
}

#[test]
fn the_list_shows_each_district_once_and_the_latest_edition_first() {
    let b = browser(120, 40);
    assert_eq!(b.app.rows.len(), 16, "nineteen editions of districts, sixteen districts");
    assert_eq!(b.app.district_total, 16);
    assert_eq!(selected(&b), "东城 2021", "the latest year is read first");
    let haidian = b
        .app
        .rows
        .iter()
        .position(|r| b.app.data.districts[b.app.filtered.districts[r.start].district].id == "haidian");
    assert_eq!(haidian.map(|row| b.app.row_hits(row).len()), Some(2));
}

#[test]
fn the_year_read_follows_from_district_to_district() {
    let mut b = browser(120, 40);
    press(&mut b, "<");
    assert_eq!(selected(&b), "东城 2020");
    press(&mut b, "<");
    assert_eq!(selected(&b), "东城 2020", "there is no earlier edition");
    let said = b.app.notice.as_ref().map(|n| n.whole()).unwrap_or_default();
    assert_eq!(said, "no earlier edition of 东城 than 2020");
    press(&mut b, "jjj");
    assert_eq!(selected(&b), "海淀 2020", "the year read is kept");
    press(&mut b, ">");
    assert_eq!(selected(&b), "海淀 2021");
    press(&mut b, "j");
    assert_eq!(selected(&b), "丰台 2020", "a district without the year read shows the one it has");
}

#[test]
fn one_edition_says_how_to_read_several() {
    let mut b = Browser::new(App::new(Dataset::embedded().expect("dataset"), Lang::En, 120, 40));
    press(&mut b, ">");
    let said = b.app.notice.as_ref().map(|n| n.whole()).unwrap_or_default();
    assert_eq!(said, "one edition is read: --data once per year reads several");
}

#[test]
fn a_theme_only_one_year_carries_shows_that_years_edition() {
    let mut b = browser(120, 40);
    filter(&mut b, "elderly");
    update(&mut b, Action::Accept);
    let rows: Vec<String> = (0..b.app.rows.len())
        .map(|row| {
            let years: Vec<String> =
                b.app.row_hits(row).iter().map(|h| b.app.data.districts[h.district].called(Lang::Zh)).collect();
            years.join("+")
        })
        .collect();
    assert!(rows.contains(&"海淀 2021".to_string()), "only 2021's 海淀 visits elderly care: {rows:?}");
    assert!(rows.contains(&"大兴 2020".to_string()), "{rows:?}");
}

#[test]
fn a_search_goes_to_the_edition_it_found() {
    let mut b = browser(120, 40);
    b.app.open_search("30余次");
    assert_eq!(selected(&b), "海淀 2021");
    b.app.open_search("829");
    assert_eq!(selected(&b), "海淀 2020");
    assert_eq!(b.app.year, Some(2020), "the year read is the match's");
}

#[test]
fn two_editions_of_a_district_compare_with_their_figures_side_by_side() {
    let mut b = browser(120, 40);
    press(&mut b, "jjj< >c");
    let compare = b.app.compare.as_ref().expect("comparing");
    assert_eq!(b.app.data.districts[compare.left].called(Lang::Zh), "海淀 2020");
    assert_eq!(selected(&b), "海淀 2021");
    let pairs = Figures::paired(&b.app.data, compare.left, b.app.selected().expect("selected"));
    assert_eq!(pairs.len(), 1, "调研视察 is counted both years");
    let header: String = compare.header.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
    assert!(header.contains("20余次 → 30余次"), "{header}");
}

#[test]
fn the_matrix_shows_one_edition_and_steps_through_the_years() {
    let mut b = browser(120, 40);
    press(&mut b, "m");
    let first = screen(&b);
    assert!(first.contains("Themes × districts 2021 26×3"), "{first}");
    press(&mut b, "<");
    assert!(screen(&b).contains("Themes × districts 2020 26×16"));
}

#[test]
fn a_bookmark_made_on_one_edition_finds_its_highlight_among_several() {
    let builtin = Dataset::embedded().expect("dataset");
    let old = Bookmark::new(&builtin, 3, 1, "before editions", 0).expect("a bookmark on 海淀 2");
    let data = editions();
    let haidian_2020 = data.editions_of("haidian")[0];
    assert_eq!(old.place(&data), Place::Found(haidian_2020, 1));
    let new = Bookmark::new(&data, data.editions_of("haidian")[1], 0, "", 0).expect("on 2021");
    assert!(new.dataset.contains("2021"), "it names its own edition: {}", new.dataset);
    assert_eq!(new.place(&builtin), Place::Missing, "the 2021 bookmark is not in the 2020 edition alone");
}

#[test]
fn two_editions_of_one_title_keep_their_bookmarks_apart_by_year() {
    let builtin = Dataset::embedded().expect("dataset");
    let mut later = builtin.clone();
    later.source.year = 2021;
    let (data, _) = Dataset::together(vec![("a.yaml".into(), builtin), ("b.yaml".into(), later)]).expect("two years");
    let [first, second] = [0, 1].map(|i| data.editions_of("dongcheng")[i]);
    let b = Bookmark::new(&data, second, 0, "", 0).expect("on 2021");
    assert_eq!(b.place(&data), Place::Found(second, 0), "not the 2020 edition of the same title");
    let a = Bookmark::new(&data, first, 0, "", 0).expect("on 2020");
    assert!(!a.same_place(&b));
}

#[test]
fn districts_with_two_editions_120x40() {
    insta::assert_snapshot!(screen(&browser(120, 40)));
}

#[test]
fn districts_with_two_editions_80x24() {
    insta::assert_snapshot!(screen(&browser(80, 24)));
}

#[test]
fn compare_across_years_120x40() {
    let mut b = browser(120, 40);
    press(&mut b, "jjj< >c");
    insta::assert_snapshot!(screen(&b));
}

mod command_line {
    use std::path::Path;
    use std::process::Output;

    fn run(args: &[&str]) -> Output {
        super::liangdian_in(Path::new("."), args)
    }

    fn both(args: &[&str]) -> Output {
        let mut all = vec!["--data", "builtin", "--data", super::FICTIONAL];
        all.extend(args);
        run(&all)
    }

    fn json(out: &Output) -> serde_json::Value {
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("JSON")
    }

    #[test]
    fn json_names_each_districts_edition_and_lists_the_editions() {
        let list = json(&both(&["list", "--format", "json"]));
        let rows = list["districts"].as_array().expect("districts");
        assert_eq!(rows.len(), 19);
        assert_eq!((rows[0]["name"].as_str(), rows[0]["edition"].as_u64()), (Some("东城"), Some(2020)));
        assert_eq!((rows[1]["name"].as_str(), rows[1]["edition"].as_u64()), (Some("东城"), Some(2021)));
        let years: Vec<u64> =
            list["editions"].as_array().expect("editions").iter().filter_map(|e| e["year"].as_u64()).collect();
        assert_eq!(years, [2020, 2021]);
        let alone = json(&run(&["list", "--format", "json"]));
        assert!(
            alone.get("editions").is_none() && alone["districts"][0].get("edition").is_none(),
            "one edition, no years"
        );
    }

    #[test]
    fn edition_names_the_year_of_the_one_edition_read_too() {
        let list = json(&run(&["--edition", "2020", "list", "--format", "json"]));
        assert_eq!(list["districts"].as_array().map(Vec::len), Some(16));
        assert_eq!(run(&["--edition", "2021", "list"]).status.code(), Some(2));
        let themes = json(&both(&["--edition", "2021", "themes", "--format", "json"]));
        assert_eq!(themes["themes"].as_array().map(Vec::len), Some(5), "the edition's own themes");
    }

    #[test]
    fn edition_narrows_to_one_year_and_says_which_years_there_are() {
        let list = json(&both(&["--edition", "2021", "list", "--format", "json"]));
        let names: Vec<&str> =
            list["districts"].as_array().expect("rows").iter().filter_map(|d| d["name"].as_str()).collect();
        assert_eq!(names, ["东城", "海淀", "延庆"]);
        assert_eq!(list["source"]["year"].as_u64(), Some(2021));
        let missing = both(&["--edition", "1999", "list"]);
        assert_eq!(missing.status.code(), Some(2));
        let said = String::from_utf8_lossy(&missing.stderr);
        assert!(
            said.starts_with(
                "liangdian: --edition 1999: no edition is of 1999; the editions read are of 2020, 2021\n  hint:"
            ),
            "{said}"
        );
    }

    #[test]
    fn a_district_is_named_with_its_year_and_compared_across_years() {
        let show = both(&["show", "海淀@2020", "--format", "json"]);
        assert_eq!(json(&show)["edition"].as_u64(), Some(2020));
        assert_eq!(json(&both(&["show", "haidian", "--format", "json"]))["edition"].as_u64(), Some(2021), "the latest");
        let none = both(&["show", "西城", "2021"]);
        assert_eq!(none.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&none.stderr).contains("西城 is not in the edition of 2021; it is in 2020"));
        let compare = json(&both(&["compare", "海淀@2020", "海淀@2021", "--format", "json"]));
        assert_eq!(
            (compare["left"]["edition"].as_u64(), compare["right"]["edition"].as_u64()),
            (Some(2020), Some(2021))
        );
        let pair = &compare["figures"][0];
        assert_eq!((pair["left"]["value"].as_str(), pair["right"]["value"].as_str()), (Some("20"), Some("30")));
        let text = String::from_utf8(both(&["compare", "海淀@2020", "海淀@2021"]).stdout).expect("UTF-8");
        assert!(text.starts_with("Haidian 海淀 2020 ⇄ Haidian 海淀 2021\n"), "{text}");
        assert!(text.contains("Counted by both (1): 调研视察 survey and inspection visits 20余次 → 30余次"), "{text}");
    }

    #[test]
    fn markdown_ends_with_the_source_of_each_edition_it_quotes() {
        let md = String::from_utf8(both(&["search", "垃圾分类", "--format", "markdown"]).stdout).expect("UTF-8");
        let sources: Vec<&str> = md.lines().filter(|l| l.starts_with("Source: ")).collect();
        assert_eq!(sources.len(), 2, "{md}");
        assert!(sources[0].contains("2020年工作亮点扫描") && sources[1].contains("2021年工作亮点扫描"));
        let one = String::from_utf8(both(&["search", "30余次", "--format", "markdown"]).stdout).expect("UTF-8");
        assert_eq!(one.lines().filter(|l| l.starts_with("Source: ")).count(), 1, "only the edition quoted: {one}");
    }

    #[test]
    fn a_search_names_the_edition_of_each_match() {
        let found = json(&both(&["search", "垃圾分类", "--format", "json"]));
        let editions: Vec<u64> = found["matches"]
            .as_array()
            .expect("matches")
            .iter()
            .filter_map(|m| m["district"]["edition"].as_u64())
            .collect();
        assert!(editions.contains(&2020) && editions.contains(&2021), "{editions:?}");
    }

    #[test]
    fn one_year_twice_is_refused_naming_both_files_and_a_renamed_theme_is_told() {
        let twice = run(&["--data", super::FICTIONAL, "--data", "tests/fixtures/editions", "list"]);
        assert_eq!(twice.status.code(), Some(2));
        let said = String::from_utf8_lossy(&twice.stderr);
        assert!(
            said.starts_with(&format!(
                "liangdian: {} and tests/fixtures/editions/2021.yaml are both the edition of 2021",
                super::FICTIONAL
            )),
            "{said}"
        );
        let dir = tempfile::tempdir().expect("a folder");
        let renamed = std::fs::read_to_string(super::FICTIONAL)
            .expect("readable")
            .replace("name: \"垃圾分类\"", "name: \"生活垃圾分类\"");
        std::fs::write(dir.path().join("2021.yaml"), renamed).expect("written");
        let folder = dir.path().to_str().expect("a UTF-8 path");
        let out = run(&["--data", "builtin", "--data", folder, "themes", "waste"]);
        assert_eq!(out.status.code(), Some(0));
        let warned = String::from_utf8_lossy(&out.stderr);
        assert!(
            warned.contains(
                "warning: the theme 'waste-sorting' is 垃圾分类 in the built-in dataset and 生活垃圾分类 in "
            ) && warned.contains("it is shown as 垃圾分类"),
            "{warned}"
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("垃圾分类"));
    }
}
