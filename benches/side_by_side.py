#!/usr/bin/env python3
"""liangdian beside fzf on the same large file, in real terminals (tmux, 160x50), rounds interleaved.

Times run from asking tmux for the terminal to what its screen shows, read back every few milliseconds through
one tmux client in control mode (a `tmux capture-pane` process per look took 60 % of one of the build machine's
two cores from the programs measured; the control client takes about a tenth of that):
- fzf (exact mode) reading the texts, one paragraph a line, from standard input: its first count, and every
  line counted;
- liangdian on the dataset, cold (no cache): its first district on screen, and every district loaded and
  indexed (the title's count is final);
- liangdian warm (from the cache written by an earlier run): the same two moments.

Each of liangdian's times is also divided by fzf's in the same round, as fzf's own times move a great deal
on a shared machine; the runs of a round go in shuffled order.

Usage: benches/side_by_side.py DATASET.yaml TEXTS.txt [ROUNDS]   (LD_BIN=path measures another binary;
LD_BIN=a,b measures several in the same rounds, each with a cache of its own, and sets each against the first
round by round; LD_COLD=first measures cold loads as a first open, which writes the cache's entry, rather than
with the cache turned off: each in an empty cache directory, removed after the run, as 26 MB entries left
behind fill the system's dirty pages within a few dozen runs and slow everything after)
PERFORMANCE.md says how the two files are made.
"""

import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BINS = os.environ.get("LD_BIN", "target/release/liangdian").split(",")
FIRST_OPEN = os.environ.get("LD_COLD") == "first"
POLL = 0.002
# The goals, as ratios to fzf's time to the matching moment: (how liangdian starts, what it shows) -> ratio.
GOALS = {("cold", "first district"): 1.5, ("warm", "first district"): 1.5,
         ("cold", "all loaded"): 2.0, ("warm", "all loaded"): 1.0}
TIMEOUT = 20.0


class Control:
    """A tmux client in control mode, attached to a session of its own: it answers `capture-pane` for any
    session without a process started per look."""

    def __init__(self, session):
        self.client = subprocess.Popen(["tmux", "-C", "attach", "-t", session], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, bufsize=0)
        self.asked = 0

    def run(self, command):
        """The output of one tmux command. A numbered token is asked for after it, and answers are read up
        to that token: an answer left over from an earlier look is never taken for this one's."""
        self.asked += 1
        token = f"answered-{self.asked}"
        self.send(f"{command} ; display-message -p {token}")
        last = None
        while True:
            answer = self.answer()
            if answer == token:
                return last
            last = answer

    def send(self, command):
        self.client.stdin.write((command + "\n").encode())

    def answer(self):
        """The next answer: the lines between a %begin and its %end (or %error)."""
        lines, inside = [], False
        while True:
            raw = self.client.stdout.readline()
            if not raw:
                raise RuntimeError("the tmux control client ended")
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if line.startswith("%begin"):
                lines, inside = [], True
            elif inside and (line.startswith("%end") or line.startswith("%error")):
                return "\n".join(lines)
            elif inside:
                lines.append(line)

    def close(self):
        self.client.stdin.close()
        self.client.wait()


CONTROL = None


def capture(name):
    return CONTROL.run(f"capture-pane -p -t {name}")


ENDED = "liangdian-measured-run-ended"


def timed(command, marks, env="", quit_after=False):
    """Starts `command` in a new 160x50 tmux terminal; for each (label, test) in marks, the seconds until the
    screen first passes the test. With quit_after, then quits it (q) and waits for it to end, as a reader
    would: the cache's entry is written after everything is on screen, and only a run that ends keeps it."""
    name = f"sbs-{os.getpid()}-{time.monotonic_ns()}"
    found = {}
    start = time.monotonic()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "50",
         f"env TERM=xterm-256color LANG=C.UTF-8 {env} {command}; echo {ENDED}; sleep 30"],
        check=True,
    )
    try:
        while len(found) < len(marks) and time.monotonic() - start < TIMEOUT:
            screen = capture(name)
            now = time.monotonic() - start
            for label, test in marks:
                if label not in found and test(screen):
                    found[label] = now
            time.sleep(POLL)
        if quit_after:
            CONTROL.run(f"send-keys -t {name} q")
            while ENDED not in capture(name) and time.monotonic() - start < TIMEOUT:
                time.sleep(POLL)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    return found


def fzf_counts(lines):
    def first(screen):
        return any(int(m.group(2)) > 0 for m in re.finditer(r"(\d+)/(\d+)", screen))

    def all_counted(screen):
        return any(int(m.group(2)) == lines for m in re.finditer(r"(\d+)/(\d+)", screen))

    return [("first count", first), ("all counted", all_counted)]


def liangdian_marks(districts):
    return [
        ("first district", lambda s: "Qu0 · District 0" in s),
        ("all loaded", lambda s: f"Districts {districts:,}/{districts:,}" in s),
    ]


def main():
    dataset, texts = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 9
    lines = sum(1 for _ in open(texts, encoding="utf-8"))
    districts = sum(1 for line in open(dataset, encoding="utf-8") if line.startswith("  - id: "))
    cache = tempfile.mkdtemp(prefix="ld-cache-")
    # A session that outlives the measured ones: otherwise the tmux server quits with each of them, and the
    # next one can race its shutdown.
    keeper = f"sbs-keeper-{os.getpid()}"
    # A tmux server that is still shutting down (the last session of an earlier run) refuses new sessions
    # for a moment.
    for attempt in range(10):
        if subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 3600"]).returncode == 0:
            break
        time.sleep(0.2)
    else:
        sys.exit("tmux does not start a session")
    global CONTROL
    CONTROL = Control(keeper)
    try:
        measure(dataset, texts, rounds, lines, districts, cache)
    finally:
        CONTROL.close()
        subprocess.run(["tmux", "kill-session", "-t", keeper], capture_output=True)


def measure(dataset, texts, rounds, lines, districts, cache):
    runs = [("fzf", f"fzf --exact < {texts}", fzf_counts(lines), "")]
    for n, binary in enumerate(BINS):
        ld = f"{binary} --lang en --data {dataset}"
        name = "liangdian" if len(BINS) == 1 else os.path.basename(binary)
        own = os.path.join(cache, str(n))
        # One run fills the cache the warm runs read.
        timed(ld, liangdian_marks(districts), env=f"XDG_CACHE_HOME={own}", quit_after=True)
        runs.append((f"{name} cold", ld, liangdian_marks(districts), None if FIRST_OPEN else "LIANGDIAN_NO_CACHE=1"))
        runs.append((f"{name} warm", ld, liangdian_marks(districts), f"XDG_CACHE_HOME={own}"))
    results = {}
    rounds_seen = []
    # The order within a round is shuffled (the same way in every run of this script): a program measured
    # always right after another would otherwise meet the machine as that one left it.
    order = random.Random(22)
    for _ in range(rounds):
        seen = {}
        for who, command, marks, env in order.sample(runs, len(runs)):
            fresh = tempfile.mkdtemp(prefix="ld-first-") if env is None else None
            for label, seconds in timed(command, marks, f"XDG_CACHE_HOME={fresh}" if fresh else env).items():
                results.setdefault((who, label), []).append(seconds * 1000)
                seen[(who, label)] = seconds * 1000
            if fresh:
                shutil.rmtree(fresh, ignore_errors=True)
        rounds_seen.append(seen)
    for (who, label), ms in sorted(results.items()):
        ms = sorted(ms)
        print(f"{who:16} {label:15} median {statistics.median(ms):7.1f} ms   "
              f"min {ms[0]:7.1f}   max {ms[-1]:7.1f}   ({len(ms)} runs)")
    # fzf's times move by half within minutes on a shared machine: each of liangdian's is also set against
    # fzf's in the same round, and the ratios summed up beside the goal for it (PERFORMANCE.md).
    against = {"first district": "first count", "all loaded": "all counted"}
    for who, _, marks, _ in runs[1:]:
        for label, _ in marks:
            goal = GOALS[(who.rsplit(" ", 1)[1], label)]
            ratios = sorted(seen[(who, label)] / seen[("fzf", against[label])] for seen in rounds_seen
                            if (who, label) in seen and ("fzf", against[label]) in seen)
            if ratios:
                within = sum(r <= goal for r in ratios)
                print(f"{who:16} {label:15} / fzf {against[label]:12} in the same round: median "
                      f"{statistics.median(ratios):.2f}   min {ratios[0]:.2f}   max {ratios[-1]:.2f}   "
                      f"at most {goal} in {within} of {len(ratios)}")
    # Builds compared in the same rounds: each against the first, round by round, which is steadier than
    # their medians when the machine drifts.
    names = [runs[1 + 2 * n][0].rsplit(" ", 1)[0] for n in range(len(BINS))]
    for other in names[1:]:
        for start in ("cold", "warm"):
            for label, _ in liangdian_marks(districts):
                a, b = (f"{names[0]} {start}", label), (f"{other} {start}", label)
                ratios = sorted(seen[b] / seen[a] for seen in rounds_seen if a in seen and b in seen)
                if ratios:
                    print(f"{other} / {names[0]} {start:4} {label:15} in the same round: median "
                          f"{statistics.median(ratios):.3f}   quicker in {sum(r < 1 for r in ratios)} of {len(ratios)}")

if __name__ == "__main__":
    main()
