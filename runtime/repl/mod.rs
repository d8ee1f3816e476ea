//! The REPL: Node's read-eval-print loop, with the event loop running while
//! you type.
//!
//! ```text
//!  input thread (input.rs)            main thread (this file)
//!  rustyline / piped lines ──Event──► Feed::deliver in the poll phase:
//!       ▲        + Waker::wake          evaluate, print, drain, then ask
//!       └──────── "read with prompt" ◄─ for the next line
//! ```
//! The session is the event loop's [`Feed`]: while it waits at the prompt
//! it is one more ref'd pending thing, so timers, immediates and pool
//! completions keep running; a typed line arrives like a pool completion.
//! `.exit`, Ctrl+D and the end of piped input exit at once (pending timers
//! are dropped), as in Node.

mod commands;
mod complete;
mod editor;
mod event;
mod highlight;
mod input;
mod report;
mod source;

use crate::embed::lifecycle;
use crate::embed::runtime::Runtime;
use crate::host::Host;
use crate::kitchen::{self, Feed, Flow, Stop};
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction, Source};
use event::Event;
use input::{Input, Settings};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

const PROMPT: &str = "> ";
const CONTINUE: &str = "| ";

/// Starts the REPL: its input thread becomes the loop's feed, which keeps
/// the loop alive until the session ends. `Err` holds the exit code when it
/// cannot start. The caller then runs the event loop.
impl Runtime {
    /// Runs Node's interactive REPL (`sous`, `sous -i`) on this runtime: the
    /// event loop runs while it waits for input. Returns the exit code when
    /// it ends (`.exit`, Ctrl+D, the end of piped input, `process.exit()`).
    pub fn run_repl(&mut self) -> i32 {
        if let Err(code) = start(&self.host, &mut self.context) {
            return code;
        }
        let code = self.run_event_loop();
        *self.host.kitchen.feed.borrow_mut() = None;
        code
    }
}

fn start(host: &Rc<Host>, context: &mut Context) -> Result<(), i32> {
    let tty = std::io::stdin().is_terminal();
    let colors = crate::stdio::colors_wanted(&host.config.env, host.stdio.borrow().stdout_is_tty());
    let settings = Settings {
        tty,
        colors: tty && colors,
        history: if tty {
            history_file(&host.config.env)
        } else {
            None
        },
    };
    if tty {
        // While a prompt shows, the editor reads Ctrl+C as a key. Outside it
        // (an input running, a top-level `await` pending) the terminal is in
        // cooked mode and Ctrl+C is SIGINT: one is ignored, a second one
        // before the next prompt ends a session stuck in `while (true) {}`.
        // SAFETY: installing an async-signal-safe handler (an atomic and `_exit`).
        unsafe { libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t) };
    }
    let input = match Input::spawn(settings, host.kitchen.reactor.borrow().waker()) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("sous: cannot start the REPL: {e}");
            return Err(1);
        }
    };
    if let Some(shared) = &input.output {
        let mut stdio = host.stdio.borrow_mut();
        let err: Option<Box<dyn std::io::Write>> = stdio.stderr_is_tty().then(|| {
            Box::new(input::Routed {
                shared: shared.clone(),
                fd: 2,
            }) as Box<dyn std::io::Write>
        });
        if stdio.stdout_is_tty() {
            stdio.redirect(
                Box::new(input::Routed {
                    shared: shared.clone(),
                    fd: 1,
                }),
                err,
            );
        }
    }
    let last =
        match crate::modules::install_repl_globals(context).and_then(|()| underscore(context)) {
            Ok(last) => last,
            Err(e) => {
                eprintln!("sous: cannot start the REPL: {e}");
                return Err(1);
            }
        };
    let session = Rc::new(Session {
        input,
        tty,
        colors,
        last,
        state: RefCell::new(State::default()),
    });
    let banner = format!(
        "Welcome to sous v{}.\nType \".help\" for more information.\n",
        env!("CARGO_PKG_VERSION")
    );
    host.stdio.borrow_mut().out(banner.as_bytes());
    *host.kitchen.feed.borrow_mut() = Some(session.clone());
    session.prompt(host);
    Ok(())
}

/// SIGINTs since the last prompt (see `run`).
static INTERRUPTS: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_sigint(_: libc::c_int) {
    if INTERRUPTS.fetch_add(1, Ordering::SeqCst) >= 1 {
        // SAFETY: `_exit` is async-signal-safe; 130 is the shell's code for SIGINT.
        unsafe { libc::_exit(130) };
    }
}

/// `SOUS_REPL_HISTORY` (empty: no history), else `~/.sous_repl_history`.
fn history_file(env: &[(String, String)]) -> Option<PathBuf> {
    let var = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    match var("SOUS_REPL_HISTORY") {
        Some(path) if path.trim().is_empty() => None,
        Some(path) => Some(PathBuf::from(path)),
        None => var("HOME").map(|home| Path::new(&home).join(".sous_repl_history")),
    }
}

/// Defines `_` and `_error` on the global object (accessors, so that
/// assigning one turns it into a plain variable, with Node's notice) and
/// returns the object whose `result`/`error` update them.
fn underscore(context: &mut Context) -> JsResult<JsObject> {
    const CODE: &str = r#"(function (g) {
  const state = { _: undefined, _error: undefined };
  const on = { _: true, _error: true };
  for (const name of ['_', '_error']) {
    Object.defineProperty(g, name, {
      configurable: true,
      get() { return state[name]; },
      set(v) {
        on[name] = false;
        Object.defineProperty(g, name, { value: v, writable: true, enumerable: true, configurable: true });
        console.log(`Expression assignment to ${name} now disabled.`);
      },
    });
  }
  return {
    result(v) { if (on._) state._ = v; },
    error(e) { if (on._error) state._error = e; },
  };
})(globalThis)"#;
    let value = context.eval(Source::from_bytes(CODE))?;
    value.as_object().ok_or_else(|| {
        boa_engine::JsNativeError::typ()
            .with_message("REPL setup")
            .into()
    })
}

/// One REPL session: the event loop's feed.
struct Session {
    input: Input,
    /// Reading through the line editor (stdin is a terminal).
    tty: bool,
    /// Results printed with colors.
    colors: bool,
    /// `{ result(v), error(e) }`: updates `_` and `_error`.
    last: JsObject,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// Lines of an input not complete yet (`| ` prompt, as Node 24), or of `.editor`.
    buffer: String,
    editor: bool,
    /// Ctrl+C was pressed on an empty prompt: a second one exits.
    interrupted: bool,
    /// A top-level `await` in progress: its promise, and the input's name.
    awaiting: Option<JsPromise>,
    /// Inputs evaluated so far: names them `REPL1`, `REPL2`, ... in stacks.
    count: u32,
    /// Top-level `let`/`const`/`class` names (not global properties): Tab completes them.
    lexical: BTreeSet<String>,
    /// Everything evaluated, for `.save`.
    session: Vec<String>,
    exiting: bool,
    /// The prompt showing (asked for, no answer yet): `prompt()` is
    /// idempotent, and an error reported meanwhile shows it again.
    shown: Option<&'static str>,
}

impl Feed for Session {
    fn refed(&self) -> bool {
        !self.state.borrow().exiting
    }

    fn ready(&self) -> bool {
        let st = self.state.borrow();
        st.awaiting
            .as_ref()
            .is_some_and(|p| !matches!(p.state(), PromiseState::Pending))
    }

    fn deliver(&self, context: &mut Context) -> Flow {
        let host = &Host::get(context);
        self.settle(host, context)?;
        while let Some(event) = self.input.try_next() {
            match event {
                Event::Complete { line, reply } => {
                    let lexical = self.state.borrow().lexical.clone();
                    let names = commands::names(self.tty);
                    let _ = reply.send(complete::complete(context, &line, &names, &lexical));
                }
                Event::Line(line) => {
                    self.state.borrow_mut().shown = None;
                    self.line(host, context, line)?
                }
                Event::Interrupt => {
                    self.state.borrow_mut().shown = None;
                    self.interrupt(host, context)?
                }
                Event::Eof => {
                    self.state.borrow_mut().shown = None;
                    self.eof(host, context)?
                }
            }
        }
        Ok(())
    }

    fn uncaught(&self, context: &mut Context, error: &JsValue, rejection: bool) -> bool {
        let frames = if rejection {
            report::Frames::All
        } else {
            report::Frames::None
        };
        self.report_error(context, error, frames);
        // Node shows the prompt again after an error reported while it
        // waits (on a terminal the line editor redraws it by itself).
        let shown = self.state.borrow().shown;
        if let (Some(prompt), false) = (shown, self.tty) {
            self.out(context, prompt);
        }
        true
    }
}

impl Session {
    fn out(&self, context: &mut Context, text: &str) {
        Host::get(context).stdio.borrow_mut().out(text.as_bytes());
    }

    /// Asks for the next line with the prompt the state calls for.
    fn prompt(&self, host: &Host) {
        let prompt = {
            let st = self.state.borrow();
            if st.exiting || st.awaiting.is_some() || st.shown.is_some() {
                return;
            }
            if st.editor {
                ""
            } else if st.buffer.is_empty() {
                PROMPT
            } else {
                CONTINUE
            }
        };
        INTERRUPTS.store(0, Ordering::SeqCst);
        self.state.borrow_mut().shown = Some(prompt);
        if !self.tty {
            let mut stdio = host.stdio.borrow_mut();
            stdio.out(prompt.as_bytes());
            stdio.flush();
        }
        self.input.read(prompt);
    }

    fn line(&self, host: &Host, context: &mut Context, line: String) -> Flow {
        let editor = {
            let mut st = self.state.borrow_mut();
            st.interrupted = false;
            st.editor
        };
        if editor {
            let mut st = self.state.borrow_mut();
            st.buffer.push_str(&line);
            st.buffer.push('\n');
            drop(st);
            self.prompt(host);
            return Ok(());
        }
        if let Some((name, arg)) = commands::parse(&line) {
            match commands::run(self, host, context, name, arg)? {
                commands::Outcome::Done => {
                    self.prompt(host);
                    return Ok(());
                }
                commands::Outcome::Unknown if self.state.borrow().buffer.is_empty() => {
                    self.out(context, "Invalid REPL keyword\n");
                    self.prompt(host);
                    return Ok(());
                }
                // Inside a multi-line input, `.foo` may be code (`.map(...)`).
                commands::Outcome::Unknown => {}
            }
        }
        let code = {
            let mut st = self.state.borrow_mut();
            // Node names every line it tries as code, complete or not (`REPL23`).
            st.count += 1;
            let mut code = std::mem::take(&mut st.buffer);
            code.push_str(&line);
            if source::parse(&code) == source::Parse::Incomplete {
                code.push('\n');
                st.buffer = code;
                None
            } else {
                Some(code)
            }
        };
        match code {
            Some(code) if code.trim().is_empty() => {}
            Some(code) => self.evaluate(host, context, &code)?,
            None => {}
        }
        self.prompt(host);
        Ok(())
    }

    /// Evaluates one complete input and prints its result (or, for a
    /// top-level `await`, starts waiting for it).
    fn evaluate(&self, host: &Host, context: &mut Context, code: &str) -> Flow {
        let name = {
            let mut st = self.state.borrow_mut();
            st.session.push(code.trim_end().to_string());
            format!("REPL{}", st.count.max(1))
        };
        let path = PathBuf::from(&name);
        let result = match crate::guards::nesting::check(code).map(|()| source::plan(code)) {
            Err(err) => Err(err),
            Ok(source::Plan::Script(code)) => {
                context.eval(Source::from_bytes(&code).with_path(&path))
            }
            Ok(source::Plan::Async { hoist, body }) => {
                let hoisted = context.eval(Source::from_bytes(&hoist).with_path(&path));
                match hoisted.and_then(|_| context.eval(Source::from_bytes(&body).with_path(&path)))
                {
                    Ok(value) => {
                        self.remember_declarations(code);
                        return self.wait_for(host, context, value);
                    }
                    Err(err) => Err(err),
                }
            }
        };
        match result {
            Ok(value) => {
                self.remember_declarations(code);
                self.print_result(context, &value);
            }
            Err(err) => {
                if host.kitchen.is_exit_unwind(&err) {
                    return Err(Stop::Exit(host.kitchen.exit.get().unwrap_or(0)));
                }
                let value = lifecycle::error_value(&err, context);
                let lexical = self.state.borrow().lexical.clone();
                let frame = report::syntax_frame(context, &value, code, &lexical);
                self.out(context, &frame);
                self.report_error(context, &value, report::Frames::Repl);
            }
        }
        // As in Node: the prompt first, then the input's microtasks and
        // unhandled rejections (`> Uncaught Error: rej`).
        self.prompt(host);
        kitchen::drain(&host.kitchen, context)
    }

    fn remember_declarations(&self, code: &str) {
        let mut st = self.state.borrow_mut();
        for statement in source::statements(code) {
            if let Some(d) = source::declaration(statement) {
                if matches!(d.kind, "let" | "const" | "class") {
                    st.lexical.extend(d.names.iter().map(|n| n.to_string()));
                }
            }
        }
    }

    /// A top-level `await`: the loop runs until its promise settles (the
    /// prompt comes back then, see [`Session::settle`]).
    fn wait_for(&self, host: &Host, context: &mut Context, value: JsValue) -> Flow {
        let promise = value
            .as_object()
            .and_then(|o| JsPromise::from_object(o).ok());
        let Some(promise) = promise else {
            self.print_result(context, &value);
            self.prompt(host);
            return kitchen::drain(&host.kitchen, context);
        };
        // Handled here: its rejection is the REPL's to report, not an
        // unhandled rejection.
        let ignore = NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined()));
        let _ = promise.then(None, Some(ignore.to_js_function(context.realm())), context);
        self.state.borrow_mut().awaiting = Some(promise);
        // Settled or not, `ready()` sends the loop back to `deliver` once it is.
        kitchen::drain(&host.kitchen, context)
    }

    /// Prints the outcome of a settled top-level `await` and prompts again.
    fn settle(&self, host: &Host, context: &mut Context) -> Flow {
        let state = match &self.state.borrow().awaiting {
            Some(p) => p.state(),
            None => return Ok(()),
        };
        match state {
            PromiseState::Pending => return Ok(()),
            PromiseState::Fulfilled(value) => self.print_result(context, &value),
            PromiseState::Rejected(reason) => {
                self.report_error(context, &reason, report::Frames::Repl)
            }
        }
        self.state.borrow_mut().awaiting = None;
        self.prompt(host);
        kitchen::drain(&host.kitchen, context)
    }

    fn print_result(&self, context: &mut Context, value: &JsValue) {
        let _ = self
            .last
            .get(js_string!("result"), context)
            .ok()
            .and_then(|f| f.as_callable())
            .map(|f| {
                f.call(
                    &self.last.clone().into(),
                    std::slice::from_ref(value),
                    context,
                )
            });
        let text = report::inspect(context, value, self.colors);
        self.out(context, &format!("{text}\n"));
    }

    fn report_error(&self, context: &mut Context, error: &JsValue, frames: report::Frames) {
        let _ = self
            .last
            .get(js_string!("error"), context)
            .ok()
            .and_then(|f| f.as_callable())
            .map(|f| {
                f.call(
                    &self.last.clone().into(),
                    std::slice::from_ref(error),
                    context,
                )
            });
        let text = report::uncaught(context, error, frames, self.colors);
        self.out(context, &format!("{text}\n"));
    }

    /// Ctrl+C on an empty line: abandons a multi-line input or `.editor`;
    /// on a fresh prompt the first prints the hint, the second exits.
    fn interrupt(&self, host: &Host, context: &mut Context) -> Flow {
        let mut st = self.state.borrow_mut();
        if st.editor || !st.buffer.is_empty() {
            st.editor = false;
            st.buffer.clear();
            drop(st);
            self.prompt(host);
            return Ok(());
        }
        if st.interrupted {
            drop(st);
            return self.exit(host, context);
        }
        st.interrupted = true;
        drop(st);
        self.out(
            context,
            "(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n",
        );
        self.prompt(host);
        Ok(())
    }

    /// Ctrl+D: runs the `.editor` buffer, otherwise exits.
    fn eof(&self, host: &Host, context: &mut Context) -> Flow {
        let editor = std::mem::take(&mut self.state.borrow_mut().editor);
        if editor {
            let code = std::mem::take(&mut self.state.borrow_mut().buffer);
            self.out(context, "\n");
            if !code.trim().is_empty() {
                self.evaluate(host, context, &code)?;
            }
            self.prompt(host);
            return Ok(());
        }
        if self.tty {
            self.out(context, "\n");
        }
        self.exit(host, context)
    }

    /// Exits now: `'exit'` is emitted, pending timers are dropped.
    fn exit(&self, host: &Host, context: &mut Context) -> Flow {
        self.state.borrow_mut().exiting = true;
        let code = lifecycle::finish(host, context, None);
        Err(Stop::Exit(code))
    }
}
