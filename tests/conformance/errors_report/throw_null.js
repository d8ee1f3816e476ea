// Checks: uncaught null prints null and the trace hint
throw null;
