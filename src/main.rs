use std::process::ExitCode;

use liangdian::dataset::Dataset;

fn main() -> ExitCode {
    let data = match std::env::args_os().nth(1) {
        Some(path) => Dataset::from_path(std::path::Path::new(&path)),
        None => Dataset::embedded(),
    };
    match data {
        Ok(d) => {
            println!("{} ({} {})", d.source.title, d.source.publication, d.source.issue);
            for district in &d.districts {
                println!("{:<6} {:<12} {} highlights", district.name, district.pinyin, district.highlights.len());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("liangdian: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
