//! Benchmarks of search-as-you-type filtering (written by the search work).
fn main() {}
