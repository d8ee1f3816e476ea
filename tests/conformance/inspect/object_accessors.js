// Checks: getters and setters show as [Getter], [Setter], [Getter/Setter]
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });
class K { get x() { return 1; } }
console.log(new K());
