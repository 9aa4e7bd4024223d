//! End-to-end tests of the real binary in a pseudo-terminal: start `liangdian`, type keys into it, read the
//! screen back through a terminal emulator (`vt100`), and check what a reader would see.
//!
//! Every wait is synchronisation, not a timed assertion: it polls the emulated screen until what the test
//! expects is there, or fails after a generous timeout with the screen printed.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any wait may take before the test fails. Generous: CI machines are slow.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How often the waits look at the screen again.
const POLL: Duration = Duration::from_millis(20);

const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
/// "Where is the cursor?" (DSR). The program asks once at start-up, when it clears the screen, and gives up
/// with an error if the terminal does not answer, so the harness answers like a real terminal does.
const CURSOR_QUERY: &[u8] = b"\x1b[6n";

const ENTER: &[u8] = b"\r";
const ESC: &[u8] = b"\x1b";
const CTRL_C: &[u8] = b"\x03";
const F12: &[u8] = b"\x1b[24~";

/// What the reader thread shares with the test: the emulated terminal, every byte the program wrote, and
/// whether the program's side of the terminal has closed.
struct Shared {
    parser: vt100::Parser,
    log: Vec<u8>,
    eof: bool,
}

/// The program running in a pseudo-terminal.
struct Tui {
    master: Box<dyn MasterPty + Send>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    shared: Arc<Mutex<Shared>>,
    status: Option<ExitStatus>,
    /// The program's home: its bookmarks go there, never into the real one's.
    _home: tempfile::TempDir,
}

impl Tui {
    /// Starts the usual binary, in English, in a terminal of `cols` × `rows`.
    fn start(cols: u16, rows: u16) -> Tui {
        Tui::start_program(Path::new(env!("CARGO_BIN_EXE_liangdian")), &["--lang", "en"], cols, rows)
    }

    fn start_program(program: &Path, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::start_program_with_env(program, args, &[], cols, rows)
    }

    fn start_program_with_env(program: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Tui {
        Tui::spawn(program, args, env, Path::new(env!("CARGO_MANIFEST_DIR")), cols, rows)
    }

    /// The browser in English, started in `dir` (where `w` writes its files).
    fn start_in(dir: &Path, env: &[(&str, &str)], cols: u16, rows: u16) -> Tui {
        Tui::spawn(Path::new(env!("CARGO_BIN_EXE_liangdian")), &["--lang", "en"], env, dir, cols, rows)
    }

    fn spawn(program: &Path, args: &[&str], env: &[(&str, &str)], cwd: &Path, cols: u16, rows: u16) -> Tui {
        // No pseudo-terminal is opened while cargo builds the test-panic binary: a terminal opened just as
        // cargo forks could leak into it (portable-pty marks its descriptors close-on-exec only after opening
        // them), and then the terminal would not close until the build ends.
        test_panic_binary();
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        // A known environment: no NO_COLOR, no LC_ALL choosing the language, no RUST_BACKTRACE changing the
        // panic message.
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        let home = tempfile::tempdir().expect("a home for the program");
        cmd.env("HOME", home.path());
        for (key, value) in env {
            cmd.env(key, value);
        }
        cmd.cwd(cwd);
        let child = pair.slave.spawn_command(cmd).expect("start the program in the pseudo-terminal");
        // Only the child may hold the terminal's slave side, so reading the master ends when the child is gone.
        drop(pair.slave);

        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            log: Vec::new(),
            eof: false,
        }));
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("the terminal's writer")));
        let mut reader = pair.master.try_clone_reader().expect("the terminal's reader");
        {
            let shared = Arc::clone(&shared);
            let writer = Arc::clone(&writer);
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                // Where to look for the next cursor query in the log; a query may be split between reads.
                let mut scan_from = 0;
                loop {
                    let n = match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let mut s = lock(&shared);
                    s.parser.process(&buf[..n]);
                    s.log.extend_from_slice(&buf[..n]);
                    while let Some(at) = find(&s.log[scan_from..], CURSOR_QUERY) {
                        scan_from += at + CURSOR_QUERY.len();
                        let (row, col) = s.parser.screen().cursor_position();
                        let answer = format!("\x1b[{};{}R", row + 1, col + 1);
                        let mut w = lock(&writer);
                        let _ = w.write_all(answer.as_bytes());
                        let _ = w.flush();
                    }
                    scan_from = scan_from.max(s.log.len().saturating_sub(CURSOR_QUERY.len() - 1));
                }
                lock(&shared).eof = true;
            });
        }
        Tui { master: pair.master, writer, child, shared, status: None, _home: home }
    }

    /// Types bytes into the terminal, as a keyboard would.
    fn send(&self, bytes: &[u8]) {
        let mut w = lock(&self.writer);
        w.write_all(bytes).expect("type into the terminal");
        w.flush().expect("type into the terminal");
    }

    /// Types bytes into the terminal from another thread: a write larger than the terminal holds waits for
    /// the program to read, and a program that stopped reading must fail the test, not hang it.
    fn send_in_background(&self, bytes: Vec<u8>) -> thread::JoinHandle<()> {
        let writer = Arc::clone(&self.writer);
        thread::spawn(move || {
            let mut w = lock(&writer);
            let _ = w.write_all(&bytes);
            let _ = w.flush();
        })
    }

    /// What the screen shows, row by row.
    fn text(&self) -> String {
        lock(&self.shared).parser.screen().contents()
    }

    /// The screen's rows, each as text.
    fn rows(&self) -> Vec<String> {
        let s = lock(&self.shared);
        let screen = s.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols.get()).collect()
    }

    /// The bottom row: the status line.
    fn status_line(&self) -> String {
        self.rows().pop().unwrap_or_default()
    }

    fn screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(lock(&self.shared).parser.screen())
    }

    /// Every byte the program has written so far (standard output and standard error, as the terminal
    /// merges them).
    fn log(&self) -> Vec<u8> {
        lock(&self.shared).log.clone()
    }

    /// Waits until the screen satisfies `ok`; fails with the screen if it never does, or if the program ends.
    ///
    /// The screen may be caught half-way through a frame, so everything a step checks belongs in `ok` rather
    /// than in an assertion after the wait.
    fn wait_for(&mut self, what: &str, ok: impl Fn(&Tui) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if ok(self) {
                return;
            }
            if self.status.is_none()
                && let Ok(Some(status)) = self.child.try_wait()
            {
                self.status = Some(status);
            }
            // Once the program has ended and all its output is in, the screen cannot change any more: it is
            // looked at once more, as its last output may have come since the look above.
            let finished = self.status.is_some() && lock(&self.shared).eof;
            if finished && ok(self) {
                return;
            }
            if finished || Instant::now() >= deadline {
                let why = match &self.status {
                    Some(status) => format!("the program ended ({status})"),
                    None => format!("nothing after {TIMEOUT:?}"),
                };
                panic!(
                    "waiting for {what}: {why}; the screen shows:\n{}\nthe program's last output: {:?}",
                    self.framed(),
                    tail(&self.log(), 600)
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows `needle` somewhere.
    fn wait_for_text(&mut self, needle: &str) {
        self.wait_for(&format!("{needle:?}"), |t| t.text().contains(needle));
    }

    /// Waits for the program to end and for all its output to reach the emulator; returns how it ended.
    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = &self.status {
                break status.clone();
            }
            if let Some(status) = self.child.try_wait().expect("ask whether the program ended") {
                self.status = Some(status.clone());
                break status;
            }
            if Instant::now() >= deadline {
                panic!("the program did not end within {TIMEOUT:?}; the screen shows:\n{}", self.framed());
            }
            thread::sleep(POLL);
        };
        while !lock(&self.shared).eof {
            if Instant::now() >= deadline {
                panic!("the program ended ({status}) but its terminal did not close within {TIMEOUT:?}");
            }
            thread::sleep(POLL);
        }
        status
    }

    /// Resizes the terminal, as a reader dragging the window's corner would: the kernel tells the program
    /// (SIGWINCH) and the emulator takes the new size.
    fn resize(&self, cols: u16, rows: u16) {
        // The emulator takes the new size first, and holds the reader thread off until the kernel has it too,
        // so no frame drawn for the new size is read into an emulator of the old one.
        let mut shared = lock(&self.shared);
        shared.parser.set_size(nonzero(rows), nonzero(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the terminal");
    }

    /// The screen with a frame around it, for failure messages.
    fn framed(&self) -> String {
        let rows = self.rows();
        let mut out = String::from("+----\n");
        for row in rows {
            out.push('|');
            out.push_str(&row);
            out.push('\n');
        }
        out.push_str("+----");
        out
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failing test must not leave the program running.
        if self.status.is_none() && !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal has at least one row and one column")
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test thread may poison the lock; the data is still fine to read.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The last `n` bytes of the log, as text, for failure messages.
fn tail(log: &[u8], n: usize) -> String {
    String::from_utf8_lossy(&log[log.len().saturating_sub(n)..]).into_owned()
}

/// Where the program left the alternate screen after last entering it: the position of the first
/// ESC[?1049l after the last ESC[?1049h. Fails if it never left.
fn left_alternate_screen_at(log: &[u8]) -> usize {
    let entered = rfind(log, ENTER_ALT).expect("the program entered the alternate screen");
    let left = find(&log[entered..], LEAVE_ALT).unwrap_or_else(|| {
        panic!("the program did not leave the alternate screen; its last output: {:?}", tail(log, 600))
    });
    entered + left
}

/// Checks what a reader sees in their shell once the program is gone: the main screen, no mouse reports
/// typed into the prompt when they click, no bracketed-paste markers around pasted text, a visible cursor.
fn assert_terminal_restored(tui: &Tui) {
    tui.screen(|s| {
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse reporting left on");
        assert!(!s.bracketed_paste(), "bracketed paste left on");
        assert!(!s.hide_cursor(), "cursor left hidden");
    });
}

/// The binary with the `test-panic` feature (F12 panics inside the event loop), built once per test run.
fn test_panic_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(build_test_panic_binary)
}

/// Builds the binary with the `test-panic` feature and returns its path. The target directory is fixed, so
/// later runs reuse the compiled dependencies.
fn build_test_panic_binary() -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("terminal-e2e-test-panic");
    let output = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--quiet", "--bin", "liangdian", "--features", "test-panic", "--target-dir"])
        .arg(&target_dir)
        .output()
        .expect("run cargo");
    assert!(
        output.status.success(),
        "building the test-panic binary failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let binary = target_dir.join("debug").join(format!("liangdian{}", std::env::consts::EXE_SUFFIX));
    assert!(binary.is_file(), "cargo built no binary at {}", binary.display());
    binary
}

#[test]
fn opens_on_dongcheng_and_quits_leaving_the_alternate_screen() {
    let mut tui = Tui::start(100, 30);
    tui.wait_for("the district list, 东城 and the BROWSE status line", |t| {
        let text = t.text();
        text.contains("Districts 16/16")
            && text.contains("东城 · Highlights")
            && t.status_line().starts_with(" BROWSE ")
    });
    assert!(tui.screen(|s| s.alternate_screen()), "the browser is not on the alternate screen");

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q ended the program with {status}");
    let log = tui.log();
    left_alternate_screen_at(&log);
    assert_terminal_restored(&tui);
}

#[test]
fn typing_a_theme_filter_narrows_the_district_list() {
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");

    tui.send(b"f");
    tui.wait_for("the FILTER mode", |t| t.status_line().starts_with(" FILTER "));
    tui.send("垃圾".as_bytes());
    tui.wait_for("8 of 16 districts, the waste-sorting theme, still in FILTER mode", |t| {
        let text = t.text();
        text.contains("Districts 8/16") && text.contains("垃圾分类 Waste sorting") && t.status_line().contains("FILTER")
    });

    tui.send(ENTER);
    // Enter keeps the filter and goes back to browsing.
    tui.wait_for("the BROWSE mode with the filter kept", |t| {
        t.status_line().starts_with(" BROWSE ") && t.text().contains("Districts 8/16")
    });

    tui.send(b"j");
    tui.wait_for("西城 in the detail's title", |t| t.rows()[0].contains(" 西城 · Highlights "));

    tui.send(CTRL_C);
    let status = tui.wait_exit();
    assert!(status.success(), "Ctrl-c ended the program with {status}");
    assert_terminal_restored(&tui);
}

#[test]
fn help_overlay_opens_and_closes() {
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");

    tui.send(b"?");
    tui.wait_for("the help overlay", |t| {
        let text = t.text();
        text.contains(" Keys ") && text.contains("Lists and highlights")
    });

    // A lone Esc is told apart from the start of an escape sequence by a short wait inside the program, so
    // wait for the screen to change rather than for a fixed time.
    tui.send(ESC);
    tui.wait_for("the help overlay to close, back to browsing", |t| {
        let text = t.text();
        !text.contains(" Keys ")
            && !text.contains("Lists and highlights")
            && text.contains("Districts 16/16")
            && t.status_line().starts_with(" BROWSE ")
    });

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q ended the program with {status}");
}

#[test]
fn a_panic_while_loading_is_told_on_the_restored_terminal() {
    // The loader panics after the loading screen is up: the browser ends with the panic's message as the
    // reason, printed once the terminal is back, instead of leaving the screen mid-way. A file is read on a
    // loading thread (the built-in dataset is read before the terminal is touched).
    let binary = test_panic_binary();
    let env = [("LIANGDIAN_PANIC_WHILE_LOADING_MS", "300")];
    let args = ["--lang", "en", "--data", "assets/districts.yaml"];
    let mut tui = Tui::start_program_with_env(binary, &args, &env, 100, 30);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "a failed load ends with status 1");
    let log = tui.log();
    let left = left_alternate_screen_at(&log);
    let message = find(&log, b"loading stopped unexpectedly")
        .unwrap_or_else(|| panic!("no message in the output: {:?}", tail(&log, 600)));
    assert!(message > left, "the message came before the terminal was restored: {:?}", tail(&log, 600));
    let text = tui.text().replace('\n', "");
    assert!(text.contains("loading stopped unexpectedly: the loader panicked at"), "{text}");
    assert!(text.contains("deliberate panic while loading") && text.contains("hint: this is a bug"), "{text}");
    assert_terminal_restored(&tui);
    let entered = rfind(&log, ENTER_ALT).expect("entered the alternate screen");
    let leaves = log[entered..].windows(LEAVE_ALT.len()).filter(|w| *w == LEAVE_ALT).count();
    assert_eq!(leaves, 1, "the terminal was restored {leaves} times: {:?}", tail(&log, 600));
}

#[test]
fn a_panic_while_reading_the_built_in_dataset_is_told_on_an_untouched_screen() {
    // The built-in dataset is read on the browser's thread before the terminal is touched: a panic there is
    // the loader's, told as such with status 1, not a raw panic of the main thread.
    let binary = test_panic_binary();
    let env = [("LIANGDIAN_PANIC_WHILE_LOADING_MS", "0")];
    let mut tui = Tui::start_program_with_env(binary, &["--lang", "en"], &env, 100, 30);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "a failed load ends with status 1: {:?}", tail(&tui.log(), 600));
    let log = tui.log();
    assert!(find(&log, ENTER_ALT).is_none(), "the terminal was touched: {:?}", tail(&log, 600));
    let text = tui.text().replace('\n', "");
    assert!(text.contains("loading stopped unexpectedly: the loader panicked at"), "{text}");
    assert!(text.contains("deliberate panic while loading") && text.contains("hint: this is a bug"), "{text}");
    assert!(!text.contains("thread 'main' panicked"), "{text}");
}

#[test]
fn a_panic_in_the_event_loop_restores_the_terminal() {
    let binary = test_panic_binary();
    let mut tui = Tui::start_program(binary, &["--lang", "en"], 100, 30);
    tui.wait_for_text("Districts");

    tui.send(F12);
    let status = tui.wait_exit();
    assert!(!status.success(), "the panic ended the program with {status}");

    let log = tui.log();
    let left = left_alternate_screen_at(&log);
    let message = find(&log, b"deliberate panic")
        .unwrap_or_else(|| panic!("no panic message in the output: {:?}", tail(&log, 600)));
    assert!(
        message > left,
        "the panic message (byte {message}) was written before the program left the alternate screen (byte {left}), \
         so the reader never sees it: {:?}",
        tail(&log, 600)
    );
    assert_terminal_restored(&tui);
    // The terminal is restored once: a second leave would put the cursor back above the message, where the
    // shell's next prompt overwrites it.
    let entered = rfind(&log, ENTER_ALT).expect("entered the alternate screen");
    let leaves = log[entered..].windows(LEAVE_ALT.len()).filter(|w| *w == LEAVE_ALT).count();
    assert_eq!(leaves, 1, "the terminal was restored {leaves} times: {:?}", tail(&log, 600));
    // The message is on the main screen, where the reader can read it, and the cursor is below it.
    assert!(tui.text().contains("deliberate panic"), "the panic message is not on the screen:\n{}", tui.framed());
    let message_row = tui.rows().iter().position(|r| r.contains("deliberate panic")).expect("message row");
    let cursor_row = tui.screen(|s| s.cursor_position().0) as usize;
    assert!(cursor_row > message_row, "the cursor (row {cursor_row}) is above the message (row {message_row})");
}

#[test]
fn a_tiny_terminal_says_how_large_it_must_be() {
    let mut tui = Tui::start(40, 10);
    tui.wait_for("the too-small message", |t| {
        let text = t.text();
        text.contains("too small") && text.contains("60×16")
    });

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q ended the program with {status}");
    assert_terminal_restored(&tui);
}

#[test]
fn a_resize_redraws_the_panes() {
    let mut tui = Tui::start(40, 10);
    tui.wait_for_text("too small");

    tui.resize(100, 30);
    tui.wait_for("the panes at 100×30", |t| {
        let text = t.text();
        text.contains("Districts 16/16")
            && text.contains("东城 · Highlights")
            && !text.contains("too small")
            && t.status_line().starts_with(" BROWSE ")
    });

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q ended the program with {status}");
}

#[test]
fn keys_and_a_resize_as_the_first_frame_appears_are_not_lost() {
    // The terminal's events are read from just after the first frame on: what comes before waits in the
    // terminal, and a resize made before the reading starts is told as it starts. A resize that comes in
    // the same moment as keys is followed too (crossterm's default event source dropped it: 4 failures in 12).
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");
    tui.send("/疫情防控\r".as_bytes());
    tui.resize(120, 40);
    tui.wait_for("the search carried out at 120×40", |t| {
        let rows = t.rows();
        // The status line on the new last row, the top border across the new width.
        rows.len() == 40 && t.status_line().contains("«疫情防控»") && rows[0].chars().count() > 100
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn a_key_typed_just_after_a_resize_is_carried_out() {
    // crossterm's default event source returned the resize and left the key unread until the next one came
    // (5 times in 30): a reader pressing q saw nothing happen.
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");
    for (i, (cols, rows)) in [(120, 40), (100, 30)].into_iter().cycle().take(10).enumerate() {
        tui.resize(cols, rows);
        tui.send(b"?");
        tui.wait_for(&format!("the help overlay after resize {i}"), |t| {
            t.text().contains("Lists and highlights") && t.rows().len() == usize::from(rows)
        });
        tui.send(ESC);
        tui.wait_for(&format!("the help overlay closed after resize {i}"), |t| {
            !t.text().contains("Lists and highlights") && t.status_line().starts_with(" BROWSE ")
        });
    }
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn a_burst_of_mouse_motion_is_taken_in_whole() {
    // 2,000 motion reports in one write (24 KB), then a key: crossterm's default event source read one
    // kilobyte and waited for more to arrive, so the terminal filled and the program read nothing more.
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");
    let mut burst: Vec<u8> =
        (0..2_000).flat_map(|i| format!("\x1b[<35;{};{}M", 10 + i % 50, 5 + i % 20).into_bytes()).collect();
    burst.push(b'?');
    let writing = tui.send_in_background(burst);
    tui.wait_for("the help overlay after the burst", |t| t.text().contains("Lists and highlights"));
    writing.join().expect("the burst written");
    tui.send(ESC);
    tui.wait_for("back to browsing", |t| t.status_line().starts_with(" BROWSE "));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn comparing_two_districts_from_the_command_line_follows_the_selection() {
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program(binary, &["--lang", "en", "--compare", "东城", "xicheng"], 120, 40);
    tui.wait_for("the comparison of 东城 and 西城", |t| {
        let text = t.text();
        text.contains("Dongcheng 东城 ⇄ Xicheng 西城")
            && text.contains("Both (")
            && t.status_line().starts_with(" COMPARE ")
    });
    tui.send(b"j");
    tui.wait_for("the right side following the selection to 朝阳", |t| {
        t.text().contains("Dongcheng 东城 ⇄ Chaoyang 朝阳")
    });
    tui.send(b"s");
    tui.wait_for("the sides swapped", |t| t.text().contains("Chaoyang 朝阳 ⇄ Dongcheng 东城"));
    tui.send(ESC);
    tui.wait_for("the comparison closed on 东城", |t| {
        t.rows()[0].contains(" 东城 · Highlights ") && t.status_line().starts_with(" BROWSE ")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn a_keyword_search_steps_through_its_matches() {
    let mut tui = Tui::start(100, 30);
    tui.wait_for_text("Districts 16/16");
    tui.send(b"/");
    tui.wait_for("the search prompt", |t| t.status_line().starts_with(" SEARCH "));
    tui.send("冬奥会".as_bytes());
    tui.send(ENTER);
    tui.wait_for("the first of four matches (a title, three texts), in 延庆", |t| {
        t.status_line().contains("match 1/4") && t.rows()[0].contains(" 延庆 · Highlights ")
    });
    tui.send(b"n");
    tui.wait_for("the second match", |t| t.status_line().contains("match 2/4"));
    tui.send(b"a");
    tui.wait_for("the list of matches", |t| t.text().contains("«冬奥会» · 4 matches"));
    tui.send(ESC);
    tui.wait_for("the list closed", |t| !t.text().contains("4 matches") && t.status_line().contains("match 2/4"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

/// Byte sequences from tests/fixtures/hostile.yaml that must never reach the terminal as they are. Each
/// carries some of the text around it, so the program's own styling sequences cannot be mistaken for one.
const INJECTED: &[&[u8]] = &[
    b"\x1b]0;pwned-title",
    b"\x1b]52;c;",
    b"\x1b[2JCLEARED",
    b"\x1b[5mBLINK",
    b"\x1b]8;;http://x",
    "东城\x1b[31m".as_bytes(),
    b"\x1b[?1049lLEAVE",
    b"\x1b[2KERASE",
    b"\x1b[1;1HHOME",
    b"WHAT\x1b[7m",
    "\u{9b}".as_bytes(),
    "\u{202e}".as_bytes(),
    "\u{2066}".as_bytes(),
    b"\x7fDEL",
    b"\x08BS",
    b"\x07END",
];

#[test]
fn a_hostile_dataset_cannot_reach_the_terminal() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.yaml");
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let data = data.to_str().expect("a UTF-8 path");
    let mut tui = Tui::start_program(binary, &["--lang", "en", "--data", data], 120, 40);
    tui.wait_for("the hostile district with its escapes made visible", |t| {
        let text = t.text();
        text.contains("东城␛[31m") && text.contains("TEXT␛[1;1HHOME")
    });
    // Every view that shows dataset text: the detail, the overview, the matrix, the figures, a search and its
    // list, the comparison. Each step waits for its page to appear and for the previous one to go, so that an
    // Esc is never followed at once by a key it would merge with (Esc F is Alt-F).
    for (keys, page, shows) in [
        (&b"o"[..], Some(" The article "), "INTRO␛[2JCLEARED"),
        (b"m", Some("Themes × districts"), "EN␛]8;;http://"),
        (b"F", Some(" Figures "), "WEN\\u{202e}"),
        (b"/TEXT\r", None, "match 1/1"),
        (b"a", Some(" 1 match "), "TEXT␛[1;1HHOME"),
        (b" jc", None, "Compare"),
    ] {
        tui.send(keys);
        tui.wait_for(shows, |t| t.text().contains(shows) && page.is_none_or(|p| t.text().contains(p)));
        if let Some(page) = page {
            tui.send(ESC);
            tui.wait_for("the page to close", |t| !t.text().contains(page));
        }
    }
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let log = tui.log();
    for bad in INJECTED {
        assert!(find(&log, bad).is_none(), "{:?} reached the terminal", String::from_utf8_lossy(bad));
    }
    assert_terminal_restored(&tui);
}

/// A file of 3,000 generated districts (about 6 MB), large enough to be read in batches on every core, and
/// its path.
fn large_file() -> (tempfile::NamedTempFile, String) {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(liangdian::synthetic::yaml(3_000).as_bytes()).expect("write");
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    (file, path)
}

#[test]
fn a_large_dataset_opens_while_it_loads_and_then_browses() {
    let (_file, path) = large_file();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program(binary, &["--lang", "en", "--data", &path], 120, 40);
    tui.wait_for("all 3,000 districts", |t| t.text().contains("Districts 3,000/3,000"));
    tui.send(b"G");
    tui.wait_for("the last district selected", |t| t.status_line().contains("3000/3000"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn a_reader_who_quits_as_soon_as_a_large_file_is_loaded_finds_it_kept_for_the_next_start() {
    let text = liangdian::synthetic::yaml(3_000);
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(text.as_bytes()).expect("write");
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    let cache = tempfile::tempdir().expect("a cache folder");
    let env = [("XDG_CACHE_HOME", cache.path().to_str().expect("a UTF-8 path"))];
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program_with_env(binary, &["--lang", "en", "--data", &path], &env, 120, 40);
    tui.wait_for("all 3,000 districts", |t| t.text().contains("Districts 3,000/3,000"));
    // The entry is written after everything is on screen: the program waits for it before it gives the terminal
    // back.
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
    let kept = liangdian::dataset::Cache::at(&cache.path().join("liangdian"));
    let key = liangdian::dataset::Cache::key_of_file(file.path()).expect("hashed");
    let whole = liangdian::dataset::Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    // Not `assert_eq!`: a failure would print the whole dataset.
    assert!(kept.get(key).as_ref() == Some(&whole), "kept whole");
    let names: Vec<_> = std::fs::read_dir(cache.path().join("liangdian")).expect("listed").collect();
    assert_eq!(names.len(), 1, "the entry alone, no part left: {names:?}");
}

#[test]
fn a_line_typed_at_the_shell_after_quitting_reaches_the_shell() {
    // The entry is written after the load; the program waits for it before it gives the terminal back (and
    // stops the loader before), so nothing typed at the shell goes to the program's reader of the terminal's
    // events.
    let (file, _) = large_file();
    let cache = tempfile::tempdir().expect("a cache folder");
    let binary = env!("CARGO_BIN_EXE_liangdian");
    let script = format!("{binary} --lang en --data {}; IFS= read -r line; echo \"GOT[$line]\"", file.path().display());
    let env = [("XDG_CACHE_HOME", cache.path().to_str().expect("a UTF-8 path"))];
    let mut tui = Tui::start_program_with_env(Path::new("/bin/sh"), &["-c", &script], &env, 120, 40);
    tui.wait_for("all 3,000 districts", |t| t.text().contains("Districts 3,000/3,000"));
    tui.send(b"q");
    tui.wait_for("the terminal given back", |t| find(&t.log(), LEAVE_ALT).is_some());
    tui.send(b"hello\r");
    tui.wait_for("the shell's answer", |t| t.text().contains("GOT["));
    assert!(tui.text().contains("GOT[hello]"), "the line typed after quitting was lost: {}", tui.text());
}

#[test]
fn what_is_typed_while_a_large_file_loads_is_carried_out_once_it_is_there() {
    let (_file, path) = large_file();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program_with_env(
        binary,
        &["--lang", "en", "--data", &path],
        &[("LIANGDIAN_NO_CACHE", "1")],
        120,
        40,
    );
    // The loading screen, or already the first districts (the rest arriving): either way nothing typed is lost.
    tui.wait_for("the loading screen or the first districts", |t| {
        let text = t.text();
        text.contains("Loading") || text.contains("Districts")
    });
    // A search typed early, a q in its keyword: it is the keyword's, not a quit.
    tui.send("/疫情防控q".as_bytes());
    // Esc alone, not read together with the next key as Alt-/ (a terminal's Esc is told from Alt by time, and
    // this debug build may take a tenth of a second to take in a batch between two reads of the keyboard).
    std::thread::sleep(Duration::from_millis(60));
    tui.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(300));
    tui.send("/疫情防控\r".as_bytes());
    tui.wait_for("the search carried out", |t| t.status_line().contains("«疫情防控»"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn the_district_list_grows_while_a_large_file_loads() {
    let (_file, path) = large_file();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let env = [("LIANGDIAN_NO_CACHE", "1")];
    let mut tui = Tui::start_program_with_env(binary, &["--lang", "en", "--data", &path], &env, 120, 40);
    // The first district is read while the rest arrive: the title counts them against what is expected.
    tui.wait_for("the first districts, the rest arriving", |t| {
        let text = t.text();
        text.contains("/≈") && text.contains("Qu0 · District 0")
    });
    tui.wait_for("all 3,000 districts", |t| t.text().contains("Districts 3,000/3,000"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn an_error_late_in_a_large_file_leaves_what_loaded_readable_and_ends_with_its_status() {
    let mut text = liangdian::synthetic::yaml(3_000);
    let late = text.find("  - id: d2990\n").expect("a late district");
    text.insert_str(late, "  - id: broken\n    name: [unclosed\n");
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(text.as_bytes()).expect("write");
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let env = [("LIANGDIAN_NO_CACHE", "1")];
    let mut tui = Tui::start_program_with_env(binary, &["--lang", "en", "--data", &path], &env, 120, 40);
    let line = text[..text.find("[unclosed").expect("there")].lines().count();
    let place = format!("{path}:{line}:");
    tui.wait_for("the error, with its place, over what loaded", |t| {
        let text = t.text();
        text.contains("loading stopped at an error") && text.contains(&place)
    });
    tui.send(b"\x1b");
    tui.wait_for("what loaded, marked incomplete", |t| {
        t.status_line().contains("incomplete") && t.text().contains("Qu0 · District 0")
    });
    tui.send(b"q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "the file was not valid");
    assert_terminal_restored(&tui);
    assert!(tui.text().contains(&place), "the error is told again on the restored terminal");
}

#[test]
fn a_broken_dataset_is_reported_on_the_restored_terminal() {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(format!("districts: {}\n", "[".repeat(1000)).as_bytes()).expect("write");
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program(binary, &["--lang", "en", "--data", &path], 100, 30);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "an invalid dataset ends with status 1");
    assert_terminal_restored(&tui);
    let text = tui.text();
    assert!(text.contains("collections nest more than 64 levels deep") && text.contains("hint:"), "{text}");
}

#[test]
fn y_puts_the_highlight_on_the_clipboard_through_the_terminal_and_w_writes_a_file_here() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut tui = Tui::start_in(dir.path(), &[], 120, 40);
    tui.wait_for_text("Districts 16/16");
    tui.send(b"]y");
    tui.wait_for_text("copied 东城 2.");
    let log = tui.log();
    let start = find(&log, b"\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + find(&log[start..], b"\x07").expect("its end");
    let text = base64::engine::general_purpose::STANDARD.decode(&log[start..end]).expect("base64");
    let text = String::from_utf8(text).expect("UTF-8");
    assert!(text.starts_with("东城 · 2. "), "{text}");
    assert!(text.contains("《各区人大常委会2020年工作亮点扫描》, 东城"), "the citation: {text}");
    tui.send(b"w");
    tui.wait_for_text("wrote ./liangdian-dongcheng.md");
    let written = std::fs::read_to_string(dir.path().join("liangdian-dongcheng.md")).expect("the file");
    assert!(written.starts_with("# 东城"), "{written}");
    tui.send(b"w");
    tui.wait_for_text("wrote ./liangdian-dongcheng-2.md");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn inside_tmux_the_clipboard_sequence_is_also_sent_wrapped_for_passthrough() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut tui = Tui::start_in(dir.path(), &[("TMUX", "/tmp/tmux-0/default,1,0")], 100, 30);
    tui.wait_for_text("Districts 16/16");
    tui.send(b"Y");
    tui.wait_for_text("copied 东城");
    let log = tui.log();
    assert!(find(&log, b"\x1bPtmux;\x1b\x1b]52;c;").is_some(), "the passthrough-wrapped sequence");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn a_bookmark_with_a_note_is_saved_and_a_second_browser_shows_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bookmarks.json");
    let env = [("LIANGDIAN_BOOKMARKS", file.to_str().expect("UTF-8 path"))];
    let mut tui = Tui::start_in(dir.path(), &env, 120, 40);
    tui.wait_for_text("Districts 16/16");
    tui.send(b"]b");
    tui.wait_for_text("note for 东城 2.");
    tui.send("值得引用".as_bytes());
    tui.send(b"\r");
    tui.wait_for_text("bookmarked Dongcheng 东城 2.");
    tui.wait_for_text("note: 值得引用");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let saved = std::fs::read_to_string(&file).expect("the bookmarks file");
    assert!(saved.contains("\"note\": \"值得引用\"") && saved.contains("\"number\": 2"), "{saved}");

    let mut second = Tui::start_in(dir.path(), &env, 120, 40);
    second.wait_for_text("Districts 16/16");
    second.send(b"B");
    second.wait_for_text("Bookmarks 1");
    second.wait_for_text("值得引用");
    second.send(b"q");
    second.send(b"q");
    assert!(second.wait_exit().success());
}

#[test]
fn a_chinese_locale_gives_the_chinese_browser_and_a_narrow_matrix_writes_names_downwards() {
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program_with_env(binary, &[], &[("LANG", "zh_CN.UTF-8")], 80, 24);
    tui.wait_for("the Chinese district list and status line", |t| {
        t.text().contains("各区 16/16") && t.status_line().starts_with(" 浏览 ")
    });
    tui.send(b"m");
    // 石景山 at 80 columns: one character a row, in the same column.
    tui.wait_for("石, 景 and 山 one above the other", |t| {
        let rows = t.rows();
        rows.windows(3).any(|w| {
            // The display column of `c` in `row`: the width of what comes before it.
            let at = |row: &str, c: char| row.find(c).map(|i| liangdian::text::width(&row[..i]));
            let column = at(&w[0], '石');
            column.is_some() && column == at(&w[1], '景') && column == at(&w[2], '山')
        })
    });
    tui.send(CTRL_C);
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn a_broken_dataset_is_reported_in_chinese_on_the_restored_terminal() {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(b"source:\n  titel: x\n").expect("write");
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    let binary = Path::new(env!("CARGO_BIN_EXE_liangdian"));
    let mut tui = Tui::start_program(binary, &["--lang", "zh", "--data", &path], 100, 30);
    assert_eq!(tui.wait_exit().exit_code(), 1);
    assert_terminal_restored(&tui);
    let text = tui.text();
    assert!(text.contains("未知的键 `titel`") && text.contains("提示："), "{text}");
}
