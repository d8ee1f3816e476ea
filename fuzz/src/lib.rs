//! What sous's fuzz targets share: a fresh, sandboxed [`sous::Runtime`] per
//! input, driven on a thread with the `sous` binary's native stack and under
//! a time budget, so that only a panic, an abort or a signal is a finding —
//! never a JavaScript exception, and never a script that merely runs long.

use sous::{Runtime, Sink};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long the event loop may run after the script's main body.
/// Short, because libFuzzer runs inputs one after another: a script that
/// keeps a timer pending costs this much wall time per execution.
pub const LOOP_BUDGET: Duration = Duration::from_millis(10);

/// Inputs one reused runtime runs (see [`reused`]) before it is replaced.
const REUSE_RUNS: usize = 500;

/// Iterations any single JavaScript loop may take before Boa throws. Boa
/// cannot interrupt running JavaScript, so without this `for(;;){}` would
/// hang the target (a false finding: Node hangs too).
pub const LOOP_ITERATION_LIMIT: u64 = 100_000;

/// What one run left behind.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// The exit code, if the loop ended within the budget.
    pub exit: Option<i32>,
}

/// A per-process folder for the runs' files: the only path scripts may
/// touch (the runtime's allow-list), emptied before every run so one input
/// never sees another's files.
pub fn scratch() -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("sous-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&root).expect("create the fuzz scratch folder");
        root.canonicalize().expect("canonical scratch folder")
    });
    let work = root.join("work");
    if std::fs::remove_dir_all(&work).is_err() && work.exists() {
        // A script made something in it unwritable, or replaced the folder.
        let _ = std::process::Command::new("chmod")
            .arg("-R")
            .arg("u+rwx")
            .arg(&work)
            .status();
        let _ = std::fs::remove_dir_all(&work);
        let _ = std::fs::remove_file(&work);
    }
    std::fs::create_dir_all(&work).expect("recreate the fuzz scratch folder");
    work
}

/// A fresh runtime confined to `root` (cwd and allow-list), with captured
/// output, one pool worker, no inherited environment and the loop limit.
pub fn runtime(root: &Path, stdout: &Sink, stderr: &Sink) -> Runtime {
    let mut rt = Runtime::builder()
        .cwd(root)
        .allow_paths([root.to_path_buf()])
        .env([("NO_COLOR", "1")])
        .exec_path("sous")
        .pool_size(1)
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build()
        .expect("a runtime builds");
    rt.context()
        .runtime_limits_mut()
        .set_loop_iteration_limit(LOOP_ITERATION_LIMIT);
    rt
}

/// Runs `code` as the main script (Node's `-e`) in a fresh runtime rooted at
/// `root`, then its event loop for at most [`LOOP_BUDGET`].
pub fn run_main(root: &Path, code: &str) -> Outcome {
    let (out, err) = (Sink::capture(), Sink::capture());
    let exit = {
        let mut rt = runtime(root, &out, &err);
        match rt.eval_main(code) {
            Ok(_) => rt.run_until(Instant::now() + LOOP_BUDGET),
            Err(code) => Some(code),
        }
    };
    show(&out, &err);
    Outcome {
        stdout: out.text(),
        stderr: err.text(),
        exit,
    }
}

/// With `SOUS_FUZZ_SHOW=1` (replaying one input), prints what the run wrote.
pub fn show(stdout: &Sink, stderr: &Sink) {
    if std::env::var_os("SOUS_FUZZ_SHOW").is_some() {
        eprintln!(
            "--- stdout\n{}--- stderr\n{}---",
            stdout.text(),
            stderr.text()
        );
    }
}

/// With `SOUS_FUZZ_SHOW=1`, prints the script a target generated.
pub fn show_script(script: &str) {
    if std::env::var_os("SOUS_FUZZ_SHOW").is_some() {
        eprintln!("--- script\n{script}");
    }
}

/// Runs `f` on a thread with the stack the `sous` binary gives JavaScript,
/// so a native stack overflow is one the binary would have too.
pub fn on_js_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    sous::on_large_stack(f)
}

/// Runs `f` on a runtime that is kept from one input to the next (and
/// replaced every [`REUSE_RUNS`] inputs), on one thread with the binary's
/// stack. Building a runtime costs milliseconds; the Buffer and inspect
/// targets run generated code that leaves nothing behind, so they reuse one
/// and spend the time on executions. A panic there aborts the process (the
/// fuzz target's panic hook), so it is still a finding.
pub fn reused<R: Send + 'static>(
    f: impl FnOnce(&mut Runtime, &Sink, &Sink) -> R + Send + 'static,
) -> R {
    type Job = Box<dyn FnOnce(&mut Runtime, &Sink, &Sink) + Send>;
    static JOBS: OnceLock<std::sync::Mutex<std::sync::mpsc::Sender<Job>>> = OnceLock::new();
    let jobs = JOBS.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("sous-fuzz-js".into())
            .stack_size(sous::LARGE_STACK)
            .spawn(move || {
                let root = scratch();
                let mut current = None;
                for (n, job) in rx.into_iter().enumerate() {
                    if n % REUSE_RUNS == 0 {
                        let (out, err) = (Sink::capture(), Sink::capture());
                        current = Some((runtime(&root, &out, &err), out, err));
                    }
                    if let Some((rt, out, err)) = current.as_mut() {
                        job(rt, out, err);
                    }
                }
            })
            .expect("spawn the fuzz JavaScript thread");
        std::sync::Mutex::new(tx)
    });
    let (tx, rx) = std::sync::mpsc::channel();
    let job: Job = Box::new(move |rt, out, err| {
        let _ = tx.send(f(rt, out, err));
    });
    jobs.lock()
        .expect("the job queue lock")
        .send(job)
        .expect("the fuzz JavaScript thread runs");
    rx.recv().expect("the fuzz JavaScript thread answers")
}

/// `text` as a JavaScript string literal (JSON's escaping is a subset of JS's).
pub fn js_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

/// Reads fuzz input as a stream of choices; past its end every choice is 0.
pub struct Bytes<'a> {
    data: &'a [u8],
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data }
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    /// One of `n` choices (`n > 0`).
    pub fn pick(&mut self, n: usize) -> usize {
        self.byte() as usize % n
    }

    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    /// Up to `max` raw bytes: a length byte, then that many.
    pub fn chunk(&mut self, max: usize) -> &'a [u8] {
        let len = (self.byte() as usize).min(max).min(self.data.len());
        let (chunk, rest) = self.data.split_at(len);
        self.data = rest;
        chunk
    }

    /// Everything left.
    pub fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.data)
    }
}
