//! The layers of `runtime/`, from the bottom, and the test that keeps them.
//!
//! A file may use (through a `crate::` or `super::` path) the modules of its
//! own layer and of the layers below it, never those above; and no files use
//! each other in a circle. A module's files may use their room's front door
//! (the folder's `mod.rs`) without that counting as a circle. `main.rs` (the
//! CLI) is a separate crate on top of everything: it sees only `sous::`.
//! See `runtime/README.md` for what each layer is for.

/// (layer, its modules), bottom first. A module names a file or a folder
/// and everything in it; `""` is `lib.rs`, the public surface.
pub const LAYERS: &[(&str, &[&str])] = &[
    // Plain Rust the loop itself needs: the process's output, the allow-list.
    ("base", &["stdio", "sandbox", "layers"]),
    // The event loop: reactor, pool, timer heap, job queues, phases, tracing.
    ("kitchen", &["kitchen"]),
    // The per-runtime state the natives share.
    ("host", &["host", "sources", "options"]),
    // What every room may call: errors, warnings, reports, the builtin
    // loader, the helpers natives are built with, the engine guards.
    (
        "services",
        &[
            "natives",
            "errors",
            "warnings",
            "report",
            "syntax_errors",
            "stdlib",
            "guards",
        ],
    ),
    // The natives of each Node module, one room each.
    ("ops", &["ops"]),
    // CommonJS and ES module loading.
    ("modules", &["modules"]),
    // The embedding API and the wiring of every room.
    ("embed", &["embed", ""]),
    // The REPL, and Node's command line (parsed for `main.rs`).
    ("repl", &["repl", "cli"]),
];

#[cfg(test)]
mod tests {
    use super::LAYERS;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Module path (`ops::timers::run`) → source text, for every file but `main.rs`.
    fn sources(root: &Path) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir).expect("runtime/ is readable");
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(root).expect("under root");
                let rel = rel.to_string_lossy();
                let Some(rel) = rel.strip_suffix(".rs") else {
                    continue;
                };
                if rel == "main" {
                    continue;
                }
                let mut parts: Vec<&str> = rel.split('/').collect();
                if matches!(parts.last(), Some(&"mod") | Some(&"lib")) {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&path).expect("source is readable");
                out.insert(parts.join("::"), text);
            }
        }
        out
    }

    /// The layer index of `module` (by its longest listed prefix).
    fn layer_of(module: &str) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (index, (_, modules)) in LAYERS.iter().enumerate() {
            for prefix in *modules {
                let matches = module == *prefix
                    || (prefix.is_empty() && module.is_empty())
                    || (!prefix.is_empty() && module.starts_with(&format!("{prefix}::")));
                if matches && best.is_none_or(|(len, _)| prefix.len() > len) {
                    best = Some((prefix.len(), index));
                }
            }
        }
        best.map(|(_, index)| index)
    }

    /// Whether `ancestor` is a folder above `module` (its room's front door).
    /// The crate root is not: what it re-exports is the embedding layer's.
    fn is_ancestor(ancestor: &str, module: &str) -> bool {
        !ancestor.is_empty() && module.starts_with(&format!("{ancestor}::"))
    }

    /// The module a path (`ops::timers::TimeoutData`) lands in: its longest known prefix.
    fn resolve<'a>(path: &[&str], modules: &'a BTreeSet<String>) -> Option<&'a String> {
        (0..=path.len())
            .rev()
            .find_map(|n| modules.get(&path[..n].join("::")))
    }

    /// The production code of a file: comments and inline test modules dropped.
    fn strip_comments(text: &str) -> String {
        let mut lines: Vec<&str> = text.lines().collect();
        let inline_tests = lines
            .windows(2)
            .position(|w| w[0].trim() == "#[cfg(test)]" && w[1].trim_end().ends_with('{'));
        if let Some(at) = inline_tests {
            lines.truncate(at);
        }
        lines
            .into_iter()
            .map(|line| match line.find("//") {
                Some(at) => &line[..at],
                None => line,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every path `crate::a::b` (also inside `crate::{a::b, c}`) and `super::x`, resolved to
    /// absolute segments, with the line it is on.
    fn paths(module: &str, text: &str) -> Vec<(usize, Vec<String>)> {
        let mut out = Vec::new();
        for (number, line) in strip_comments(text).lines().enumerate() {
            for (at, _) in line
                .match_indices("crate::")
                .chain(line.match_indices("super::"))
            {
                let before = line[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let (base, rest) = match line[at..].strip_prefix("crate::") {
                    Some(rest) => (Vec::new(), rest),
                    None => {
                        // `super` of `a::b` (a/b.rs or a/b/mod.rs) is `a`.
                        let mut base: Vec<String> = module
                            .split("::")
                            .filter(|s| !s.is_empty())
                            .map(String::from)
                            .collect();
                        let mut rest = &line[at..];
                        while let Some(r) = rest.strip_prefix("super::") {
                            base.pop();
                            rest = r;
                        }
                        (base, rest)
                    }
                };
                for tail in expand(rest) {
                    let mut full = base.clone();
                    full.extend(tail);
                    out.push((number + 1, full));
                }
            }
        }
        out
    }

    /// `a::b::{c, d::e}` → `[a,b,c]`, `[a,b,d,e]` (one level of braces is enough here).
    fn expand(rest: &str) -> Vec<Vec<String>> {
        let ident = |s: &str| -> Vec<String> {
            s.split("::")
                .map(|seg| {
                    seg.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect::<String>()
                })
                .take_while(|seg| !seg.is_empty())
                .collect()
        };
        if let Some(open) = rest.find("::{") {
            let head = &rest[..open];
            if head
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
            {
                let prefix = ident(head);
                let inner = &rest[open + 3..];
                let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
                return inner
                    .split(',')
                    .map(|item| {
                        let mut p = prefix.clone();
                        p.extend(ident(item.trim()));
                        p
                    })
                    .collect();
            }
        }
        if let Some(inner) = rest.strip_prefix('{') {
            let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
            return inner.split(',').map(|item| ident(item.trim())).collect();
        }
        vec![ident(rest)]
    }

    /// The problems with a tree of sources: upward uses, unplaced modules, circles.
    fn check(files: &BTreeMap<String, String>) -> Vec<String> {
        let modules: BTreeSet<String> = files.keys().cloned().collect();
        let mut problems = Vec::new();
        let mut edges: BTreeMap<&String, BTreeSet<&String>> = BTreeMap::new();
        for (module, text) in files {
            let Some(own) = layer_of(module) else {
                problems.push(format!("{module}: in no layer of runtime/layers.rs"));
                continue;
            };
            for (line, path) in paths(module, text) {
                let segments: Vec<&str> = path.iter().map(String::as_str).collect();
                let Some(target) = resolve(&segments, &modules) else {
                    continue;
                };
                // A file may use itself and its own room's front door.
                if target == module || is_ancestor(target, module) {
                    continue;
                }
                if let Some(theirs) = layer_of(target) {
                    if theirs > own {
                        problems.push(format!(
                            "{module} (line {line}) uses {target}: layer '{}' is above '{}'",
                            LAYERS[theirs].0, LAYERS[own].0
                        ));
                    }
                }
                edges.entry(module).or_default().insert(target);
            }
        }
        for circle in circles(&edges) {
            problems.push(format!("import circle: {}", circle.join(" -> ")));
        }
        problems
    }

    /// The strongly connected groups of more than one file (Tarjan).
    fn circles(edges: &BTreeMap<&String, BTreeSet<&String>>) -> Vec<Vec<String>> {
        struct State<'a> {
            index: BTreeMap<&'a String, usize>,
            low: BTreeMap<&'a String, usize>,
            stack: Vec<&'a String>,
            found: Vec<Vec<String>>,
        }
        fn visit<'a>(
            v: &'a String,
            edges: &BTreeMap<&'a String, BTreeSet<&'a String>>,
            s: &mut State<'a>,
        ) {
            let i = s.index.len();
            s.index.insert(v, i);
            s.low.insert(v, i);
            s.stack.push(v);
            for &w in edges.get(v).into_iter().flatten() {
                if !s.index.contains_key(w) {
                    visit(w, edges, s);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.stack.contains(&w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
            if s.low[v] == s.index[v] {
                let mut group = Vec::new();
                while let Some(w) = s.stack.pop() {
                    group.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    s.found.push(group);
                }
            }
        }
        let mut state = State {
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            found: Vec::new(),
        };
        for &v in edges.keys() {
            if !state.index.contains_key(v) {
                visit(v, edges, &mut state);
            }
        }
        state.found
    }

    #[test]
    fn runtime_files_use_only_the_layers_below_them_and_form_no_circle() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
        let files = sources(&root);
        let problems = check(&files);
        assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    }

    #[test]
    fn an_upward_use_or_a_circle_is_reported() {
        let file = |text: &str| text.to_string();
        let files = BTreeMap::from([
            ("kitchen".to_string(), file("pub mod phases;")),
            (
                "kitchen::phases".to_string(),
                file("use crate::ops::timers::TimeoutData;"),
            ),
            ("ops".to_string(), file("pub mod timers;\npub mod fs;")),
            ("ops::timers".to_string(), file("use super::fs::x;")),
            (
                "ops::fs".to_string(),
                file("use crate::{ops::timers, host::Host};"),
            ),
            ("host".to_string(), file("")),
        ]);
        let problems = check(&files);
        assert_eq!(
            problems,
            [
                "kitchen::phases (line 1) uses ops::timers: layer 'ops' is above 'kitchen'",
                "import circle: ops::fs -> ops::timers",
            ]
        );
    }
}
