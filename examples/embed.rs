//! A Rust program hosting sous: run a script with a timer, capture what it
//! prints, and read a value it left behind.
//!
//!     cargo run --release --example embed

use sous::{Runtime, Sink, Value};

fn main() {
    // JavaScript recursion can go deep: give it a deep native stack.
    let code = sous::on_large_stack(|| {
        let out = Sink::capture();
        let mut runtime = Runtime::builder()
            .stdout(out.clone())
            .build()
            .expect("start sous");
        runtime
            .eval(
                r#"
                globalThis.steps = [];
                setTimeout(() => {
                  steps.push('timer');
                  console.log('the timer fired after', steps.length - 1, 'other steps');
                }, 20);
                Promise.resolve().then(() => steps.push('microtask'));
                steps.push('sync');
                "#,
            )
            .expect("the script is valid");
        let exit_code = runtime.run_event_loop();
        let steps = runtime.get_global("steps").expect("steps is defined");
        assert_eq!(steps, serde_json::json!(["sync", "microtask", "timer"]));
        print!("script printed: {}", out.text());
        println!("steps, read back as Rust data: {steps}");
        assert_eq!(steps[2], Value::from("timer"));
        exit_code
    });
    std::process::exit(code);
}
