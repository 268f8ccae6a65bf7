//! A generator of large synthetic catalogues, for benchmarks.
